-- Trigram similarity for typo-tolerant search (available in PGlite's contrib and postgresql-contrib).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
