import { z } from 'zod';
import { parseTargetAllowList } from './modules/seller-webhooks/webhook-target.rules.ts';
import { parseVatNumber } from './modules/tax/vat-number.rules.ts';

export const ZConfigSchema = z.object({
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
  /**
   * `GET /metrics` asks for `Authorization: Bearer <METRICS_TOKEN>` when set; unset, it answers only
   * requests that reached the process directly (no proxy header, a private or loopback address).
   */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** `worker`: serve /healthz, /readyz and /metrics (its job metrics) on this port; unset: no HTTP. */
  WORKER_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** On SIGTERM, how long requests in flight may take to finish before they are cut (ms). */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Anonymous page and API reads per IP per minute (the terms forbid scraping); 0 = unlimited. */
  RATE_LIMIT_ANON_PER_MIN: z.coerce.number().int().min(0).default(600),
  /** Writes per signed-in account per minute; 0 = unlimited. */
  RATE_LIMIT_WRITES_PER_MIN: z.coerce.number().int().min(0).default(120),
  /** Sign-in, sign-up and reset attempts per IP per 15 minutes; 0 = unlimited. */
  RATE_LIMIT_AUTH_PER_15_MIN: z.coerce.number().int().min(0).default(50),
  /** Seller API (/ws) calls without a valid API key, per IP per minute (429 past it); 0 = unlimited. */
  RATE_LIMIT_WS_ANON_PER_MIN: z.coerce.number().int().min(0).default(60),
  /** SMTP server for outgoing mail; unset → mail stays in the local outbox at /dev/mail. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Reloop <no-reply@reloop.example>'),
  /** Where a recurring job that keeps failing (3 times in a row) is reported; unset → the log and the console only. */
  OPS_ALERT_EMAIL: z.string().trim().email('must be an email address').optional(),
  /** 'local' (no network, for the embedded mode and tests) or 'vies' (the EU service). */
  VAT_VERIFIER: z.enum(['local', 'vies']).default('local'),
  /** A buyer's VAT number checked longer ago than this is checked again before a reverse charge (days). */
  VAT_REVERIFY_AFTER_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  VIES_URL: z.string().url().optional(),
  /**
   * Review translation (reviews/translator.ts): set, reviews are machine-translated by DeepL into
   * the shop languages; unset, readers see the originals. DEEPL_SERVER_URL overrides the API's URL.
   */
  DEEPL_AUTH_KEY: z.string().min(1).optional(),
  DEEPL_SERVER_URL: z.string().url().optional(),
  /**
   * DSA Transparency Database (compliance/tdb-client.ts): with both set, statements of reasons are
   * submitted to `${TDB_API_URL}/api/v1/statements`; unset, they are written to the log only.
   */
  TDB_API_URL: z.string().url().optional(),
  TDB_API_TOKEN: z.string().min(1).optional(),
  /** Development tools at /dev (advance the clock, run a job now); refused in production. */
  DEV_TOOLS: z.stringbool().default(false),
  /**
   * Private hosts and ranges seller webhooks may reach, comma-separated (`hooks.internal,
   * 10.1.0.0/16`), for private deployments; empty (default): public addresses only.
   */
  WEBHOOK_ALLOW_PRIVATE_HOSTS: z
    .string()
    .default('')
    .superRefine((v, ctx) => {
      try {
        parseTargetAllowList(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: (e as Error).message });
      }
    }),
  /**
   * A console refund strictly above this many minor units (any currency), asked by an operator
   * who is not an admin, waits for a second operator's approval (admin or compliance).
   */
  REFUND_APPROVAL_THRESHOLD_CENTS: z.coerce.number().int().min(0).default(50_000),
  /**
   * 'stripe', or 'sandbox' (test mode, no network, card 4242 pays): the default outside production,
   * refused in production (it would mark real orders paid).
   */
  PAYMENT_PROVIDER: z.enum(['sandbox', 'stripe']).optional(),
  /**
   * Benchmark mode (bench/): the /api/v1/_bench routes, and the sandbox provider allowed under
   * NODE_ENV=production so benchmarks measure production settings. Never on a real installation.
   */
  BENCHMARK: z.stringbool().default(false),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Signing secret of a separate Stripe Connect endpoint (sellers' account events); unset → STRIPE_WEBHOOK_SECRET only. */
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().optional(),
  /** Signs the sandbox's webhooks; derived from SESSION_SECRET when unset. */
  SANDBOX_WEBHOOK_SECRET: z.string().optional(),
  /**
   * Carriers sign the tracking events they post to /api/v1/carriers/:code/events with this secret
   * (Reloop-Signature, t=…,v1=HMAC-SHA256). Unset: the endpoint refuses every event.
   */
  CARRIER_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /**
   * The platform's legal identity, printed as the supplier on Reloop's own invoices (Art. 226(3),
   * (5)) and as the operator on documents issued on the sellers' behalf. Required in production;
   * development and tests get DEMO_PLATFORM_IDENTITY.
   */
  PLATFORM_LEGAL_NAME: z.string().trim().min(2).max(200).optional(),
  PLATFORM_ADDRESS_LINE: z.string().trim().min(2).max(200).optional(),
  PLATFORM_POSTAL_CODE: z.string().trim().min(2).max(20).optional(),
  PLATFORM_CITY: z.string().trim().min(1).max(100).optional(),
  /** ISO 3166-1 alpha-2 of the establishment. */
  PLATFORM_COUNTRY: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code like FR')
    .optional(),
  /** Checked offline (prefix, format, check digits), stored compact: FR40303265045. */
  PLATFORM_VAT_NUMBER: z
    .string()
    .transform((v, ctx) => {
      const r = parseVatNumber(v);
      if (r.ok) return r.value.full;
      ctx.addIssue({ code: 'custom', message: `is not a valid VAT number: ${r.message}` });
      return z.NEVER;
    })
    .optional(),
  /** Trade register and number, e.g. "RCS Paris 123 456 789". */
  PLATFORM_TRADE_REGISTER: z.string().trim().min(2).max(200).optional(),
  PLATFORM_CONTACT_EMAIL: z.string().trim().email('must be an email address').optional(),
  PLATFORM_PHONE: z.string().trim().min(5).max(40).optional(),
});

/** The identity every other key of the platform's identity falls back to outside production. */
export const DEMO_PLATFORM_IDENTITY = {
  PLATFORM_LEGAL_NAME: 'Reloop SAS (demo)',
  PLATFORM_ADDRESS_LINE: '10 rue de la Démo',
  PLATFORM_POSTAL_CODE: '75011',
  PLATFORM_CITY: 'Paris',
  PLATFORM_COUNTRY: 'FR',
  PLATFORM_VAT_NUMBER: 'FR68900000001',
  PLATFORM_TRADE_REGISTER: 'RCS Paris 900 000 001 (demo data: set PLATFORM_* in production)',
  PLATFORM_CONTACT_EMAIL: 'legal@reloop.example',
} as const;
type IdentityKey = keyof typeof DEMO_PLATFORM_IDENTITY;
const IDENTITY_KEYS = Object.keys(DEMO_PLATFORM_IDENTITY) as IdentityKey[];
const STRIPE_KEYS = ['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET'] as const;

type ZParsed = z.infer<typeof ZConfigSchema>;
export type TConfig = Omit<ZParsed, IdentityKey | 'PAYMENT_PROVIDER'> &
  Record<IdentityKey, string> & { PAYMENT_PROVIDER: 'sandbox' | 'stripe' };

/** The platform as a party of its invoices (documents' InvoiceParty shape, plus a phone). */
export type PlatformIdentity = {
  name: string;
  addressLines: string[];
  country: string;
  vatNumber: string;
  registration: string;
  email: string;
  phone?: string;
};

export function platformIdentity(c: TConfig): PlatformIdentity {
  return {
    name: c.PLATFORM_LEGAL_NAME,
    addressLines: [c.PLATFORM_ADDRESS_LINE, `${c.PLATFORM_POSTAL_CODE} ${c.PLATFORM_CITY}`],
    country: c.PLATFORM_COUNTRY,
    vatNumber: c.PLATFORM_VAT_NUMBER,
    registration: c.PLATFORM_TRADE_REGISTER,
    email: c.PLATFORM_CONTACT_EMAIL,
    ...(c.PLATFORM_PHONE ? { phone: c.PLATFORM_PHONE } : {}),
  };
}

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
  const d = parsed.data;
  if (d.NODE_ENV === 'production') {
    const missing = IDENTITY_KEYS.filter((k) => d[k] === undefined);
    if (missing.length)
      throw new Error(
        `Invalid configuration:\n${missing.map((k) => `  ${k}: is required in production (the platform's legal identity on its invoices)`).join('\n')}`,
      );
  }
  if (d.NODE_ENV === 'production') {
    const provider = d.PAYMENT_PROVIDER ?? (d.BENCHMARK ? 'sandbox' : undefined);
    if (provider !== 'stripe' && !d.BENCHMARK)
      throw new Error(
        `Invalid configuration:\n  PAYMENT_PROVIDER: ${provider ? 'must be stripe in production' : 'is required in production (stripe)'}: the sandbox, the development default, accepts test cards as payment`,
      );
    const missing = provider === 'stripe' ? STRIPE_KEYS.filter((k) => !d[k]) : [];
    if (missing.length)
      throw new Error(
        `Invalid configuration:\n${missing.map((k) => `  ${k}: is required with PAYMENT_PROVIDER=stripe`).join('\n')}`,
      );
  }
  const identity = Object.fromEntries(
    IDENTITY_KEYS.map((k) => [k, d[k] ?? DEMO_PLATFORM_IDENTITY[k]]),
  ) as Record<IdentityKey, string>;
  const prefix = identity.PLATFORM_COUNTRY === 'GR' ? 'EL' : identity.PLATFORM_COUNTRY;
  if (!identity.PLATFORM_VAT_NUMBER.startsWith(prefix))
    throw new Error(
      `Invalid configuration:\n  PLATFORM_VAT_NUMBER: must be a VAT number of PLATFORM_COUNTRY (${identity.PLATFORM_COUNTRY})`,
    );
  return { ...d, ...identity, PAYMENT_PROVIDER: d.PAYMENT_PROVIDER ?? 'sandbox' };
}
