import { z } from 'zod';

const ZConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string. Unset → embedded PGlite under DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z.string().url().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How long hot catalog reads (search pages, product buyboxes) may be served from memory; 0 = off. */
  CATALOG_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** HMAC key for CSRF tokens and device cookies; required in production, shared by all processes. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Rate-limit counters live in Redis when set, else in PostgreSQL / PGlite. */
  REDIS_URL: z.string().url().optional(),
  /** Trust the first X-Forwarded-For hop as the client IP (behind a reverse proxy). */
  TRUST_PROXY: z.stringbool().default(false),
  /** Anonymous page and API reads per IP per minute (the terms forbid scraping); 0 = unlimited. */
  RATE_LIMIT_ANON_PER_MIN: z.coerce.number().int().min(0).default(600),
  /** Writes per signed-in account per minute; 0 = unlimited. */
  RATE_LIMIT_WRITES_PER_MIN: z.coerce.number().int().min(0).default(120),
  /** Sign-in, sign-up and reset attempts per IP per 15 minutes; 0 = unlimited. */
  RATE_LIMIT_AUTH_PER_15_MIN: z.coerce.number().int().min(0).default(50),
  /** SMTP server for outgoing mail; unset → mail stays in the local outbox at /dev/mail. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Reloop <no-reply@reloop.example>'),
  /** 'local' (no network, for the embedded mode and tests) or 'vies' (the EU service). */
  VAT_VERIFIER: z.enum(['local', 'vies']).default('local'),
  VIES_URL: z.string().url().optional(),
  /** Development tools at /dev (advance the clock, run a job now); refused in production. */
  DEV_TOOLS: z.stringbool().default(false),
  /** 'sandbox' (default, test mode, no network) or 'stripe'. */
  PAYMENT_PROVIDER: z.enum(['sandbox', 'stripe']).default('sandbox'),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Signs the sandbox's webhooks; derived from SESSION_SECRET when unset. */
  SANDBOX_WEBHOOK_SECRET: z.string().optional(),
});

export type TConfig = z.infer<typeof ZConfigSchema>;

/** Parse the environment once, at boot; fail fast with every bad variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TConfig {
  const parsed = ZConfigSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.DEV_TOOLS) {
    throw new Error('Invalid configuration:\n  DEV_TOOLS: must be off in production');
  }
  if (parsed.data.NODE_ENV === 'production' && !parsed.data.SESSION_SECRET) {
    throw new Error('Invalid configuration:\n  SESSION_SECRET: is required in production');
  }
  return parsed.data;
}
