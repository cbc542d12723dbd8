-- Lets one GIN index serve market = ? AND search_vector @@ query on the listing index.
CREATE EXTENSION IF NOT EXISTS btree_gin;
