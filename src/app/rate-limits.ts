import { Redis } from 'ioredis';
import type { App, AppEnv } from '../platform/http/app.ts';
import { LocalBatchingStore } from '../platform/rate-limit/local-batching-store.ts';
import { PostgresRateLimitStore } from '../platform/rate-limit/postgres-rate-limit-store.ts';
import { byClientIp, rateLimit } from '../platform/rate-limit/rate-limit.middleware.ts';
import type { RateLimit } from '../platform/rate-limit/rate-limit.rules.ts';
import type { RateLimitStore } from '../platform/rate-limit/rate-limit-store.ts';
import { createRateLimiter } from '../platform/rate-limit/rate-limiter.ts';
import { RedisRateLimitStore } from '../platform/rate-limit/redis-rate-limit-store.ts';
import type { Deps } from './deps.ts';

const MINUTE = 60_000;
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const AUTH_PATHS =
  /\/(sign-in(\/second-factor)?|sign-up|forgot-password|reset-password|verify-email)$|^\/api\/v1\/auth\//;
const STATIC = /^\/(assets|images)\//;
/**
 * The platform's contact form (src/web/shop/contact.routes.ts) and the DSA notice form and API
 * (compliance/dsa-notices.routes.ts, issue 16): their submissions, per IP.
 */
const CONTACT =
  /^\/[a-z]{2}-[a-z]{2}\/contact$|^(?:\/pro)?\/[a-z]{2}-[a-z]{2}\/dsa\/notices\/new$|^\/api\/v1\/dsa\/notices$/;
const CONTACT_PER_HOUR = 10;
/** "Download my data" (privacy/data-export.routes.ts): a whole export each time, a few an hour per account. */
const DATA_EXPORT = /^\/api\/v1\/me\/data-export$|\/account\/privacy\/export\.zip$/;
const DATA_EXPORTS_PER_HOUR = 10;
/** The seller API limits per API key itself (src/ws). */
const WS = /^\/ws\//;

/** Counters in Redis when REDIS_URL is set (several processes share them), else in the database. */
export function sharedRateLimitStore(deps: Deps): RateLimitStore {
  if (deps.config.REDIS_URL) {
    const redis = new Redis(deps.config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 });
    return new RedisRateLimitStore({ redis, ownsClient: true });
  }
  return new PostgresRateLimitStore(deps.db);
}

/**
 * The platform's limits (the terms forbid scraping):
 * - anonymous reads, per IP — counted in memory and synced every second, so catalog throughput
 *   is not bound by a counter write per request;
 * - writes, per signed-in account (or per IP when signed out);
 * - sign-in, sign-up and reset attempts, per IP, stricter and exact.
 */
export function installRateLimits(
  app: App,
  deps: Deps,
  store: RateLimitStore = sharedRateLimitStore(deps),
): void {
  const { config, clock, logger } = deps;
  const onStoreError = (error: unknown) => logger.error({ err: error }, 'rate-limit store failed');
  // Sign-in and write limits fail closed: a store outage must not switch brute-force protection off.
  const exact = createRateLimiter({ store, clock, failOpen: false, onStoreError });
  // Each process may run ahead of the shared count by a tenth of the limit: with n processes a
  // client gets at most limit × (1 + (n − 1) / 10) reads a minute, and a hot IP costs one
  // shared-store round trip per tenth of its limit instead of one every few requests.
  const slack = Math.max(20, Math.floor(config.RATE_LIMIT_ANON_PER_MIN / 10));
  const batched = createRateLimiter({
    store: new LocalBatchingStore({
      store,
      clock,
      syncEveryMs: 1000,
      maxUnsyncedHits: slack,
      onSyncError: onStoreError,
    }),
    clock,
    failOpen: true,
    onStoreError,
  });
  // IPv6 clients are counted per /64, which one subscriber can rotate within.
  const ip = byClientIp({ trustProxy: config.TRUST_PROXY });
  const anon: RateLimit = { name: 'anon-read', limit: config.RATE_LIMIT_ANON_PER_MIN, windowMs: MINUTE };
  const writes: RateLimit = { name: 'write', limit: config.RATE_LIMIT_WRITES_PER_MIN, windowMs: MINUTE };
  const auth: RateLimit = { name: 'auth', limit: config.RATE_LIMIT_AUTH_PER_15_MIN, windowMs: 15 * MINUTE };

  if (auth.limit > 0) {
    app.use(
      '*',
      rateLimit<AppEnv>({
        limiter: exact,
        limit: auth,
        key: (c) => (!SAFE.has(c.req.method) && AUTH_PATHS.test(c.req.path) ? ip(c) : null),
      }),
    );
  }
  if (writes.limit > 0) {
    // Anyone may write to customer service, signed in or not: a few messages an hour per IP.
    const contact: RateLimit = { name: 'contact', limit: CONTACT_PER_HOUR, windowMs: 60 * MINUTE };
    app.use(
      '*',
      rateLimit<AppEnv>({
        limiter: exact,
        limit: contact,
        key: (c) => (c.req.method === 'POST' && CONTACT.test(c.req.path) ? ip(c) : null),
      }),
    );
  }
  if (writes.limit > 0) {
    const exports: RateLimit = { name: 'data-export', limit: DATA_EXPORTS_PER_HOUR, windowMs: 60 * MINUTE };
    app.use(
      '*',
      rateLimit<AppEnv>({
        limiter: exact,
        limit: exports,
        key: (c) => {
          const actor = c.get('actor');
          return c.req.method === 'GET' && actor && DATA_EXPORT.test(c.req.path)
            ? `user:${actor.userId}`
            : null;
        },
      }),
    );
  }
  if (writes.limit > 0) {
    app.use(
      '*',
      rateLimit<AppEnv>({
        limiter: exact,
        limit: writes,
        key: (c) => {
          if (SAFE.has(c.req.method) || WS.test(c.req.path)) return null;
          const actor = c.get('actor');
          return actor ? `user:${actor.userId}` : `ip:${ip(c)}`;
        },
      }),
    );
  }
  if (anon.limit > 0) {
    app.use(
      '*',
      rateLimit<AppEnv>({
        limiter: batched,
        limit: anon,
        key: (c) =>
          SAFE.has(c.req.method) && !c.get('actor') && !STATIC.test(c.req.path) && !WS.test(c.req.path)
            ? ip(c)
            : null,
      }),
    );
  }
}
