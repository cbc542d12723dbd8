/**
 * Another Reloop process, for the multi-process tests (src/app/multi-process.test.ts): the whole
 * HTTP application over the PostgreSQL database at DATABASE_URL, with its own pool, caches and
 * cache bus, serving on a free port of 127.0.0.1. Prints `PEER <port>` once it listens and hears
 * the other processes; stops on SIGTERM.
 *
 * Environment: DATABASE_URL; PEER_NOW and PEER_SECRET (the tests' fixed clock and server secret);
 * REDIS_URL (optional: the cache bus on Redis); RATE_LIMIT_PREFIX (optional: rate-limit counters
 * in Redis under this prefix); PEER_CONFIG (JSON of more settings).
 */
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { assembleDeps } from '../src/app/deps.ts';
import { buildHttpApp } from '../src/app/http-app.ts';
import { loadConfig } from '../src/config.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { openPostgres } from '../src/platform/db/client.ts';
import { RedisRateLimitStore } from '../src/platform/rate-limit/redis-rate-limit-store.ts';

const env = process.env;
const config = loadConfig({
  NODE_ENV: 'test',
  PORT: '0',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'http://reloop.test',
  TRUST_PROXY: 'true',
  DATABASE_URL: env.DATABASE_URL,
  ...(env.REDIS_URL ? { REDIS_URL: env.REDIS_URL } : {}),
  ...JSON.parse(env.PEER_CONFIG ?? '{}'),
});
const database = await openPostgres(config.DATABASE_URL!, 5);
const deps = assembleDeps({
  config,
  database,
  clock: fixedClock(env.PEER_NOW!),
  logger: pino({ level: 'silent' }),
  secret: env.PEER_SECRET!,
});
const rateLimitStore =
  env.RATE_LIMIT_PREFIX && env.REDIS_URL
    ? RedisRateLimitStore.connect(env.REDIS_URL, env.RATE_LIMIT_PREFIX)
    : undefined;
const app = buildHttpApp(deps, rateLimitStore ? { rateLimitStore } : {});
await deps.cacheBus.ready;
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`PEER ${info.port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void (async () => {
    await rateLimitStore?.close();
    await deps.cacheBus.close();
    await database.close();
    process.exit(0);
  })();
});
