/**
 * Micro-benchmark of one `consume` per store (not part of the test suite):
 *   node src/platform/rate-limit/rate-limit.bench.ts
 * Uses PostgreSQL at BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test; a
 * scratch database is created and dropped), Redis at REDIS_URL, and an in-memory PGlite.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Redis } from 'ioredis';
import pg from 'pg';
import { fixedClock, systemClock } from '../clock.ts';
import { openPglite, openPostgres, PGLITE_EXTENSIONS } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { LocalBatchingStore } from './local-batching-store.ts';
import { MemoryRateLimitStore } from './memory-rate-limit-store.ts';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.ts';
import type { RateLimitStore } from './rate-limit-store.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { RedisRateLimitStore } from './redis-rate-limit-store.ts';

const rule = { name: 'bench', limit: 1_000_000_000, windowMs: 60_000 };
const MS = Number(process.env.BENCH_MS ?? 2000);

async function measure(label: string, store: RateLimitStore, concurrency: number, keys: number) {
  const limiter = createRateLimiter({ store, clock: systemClock });
  let ops = 0;
  const until = performance.now() + MS;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      while (performance.now() < until) {
        await limiter.consume(rule, `subject-${(ops + w) % keys}`);
        ops++;
      }
    }),
  );
  const perS = Math.round(ops / (MS / 1000));
  console.log(
    `${label.padEnd(44)} c=${String(concurrency).padStart(3)} keys=${String(keys).padStart(6)}  ${String(perS).padStart(8)} ops/s  ${((1000 * concurrency) / perS).toFixed(3)} ms/op`,
  );
}

/** One sync of the batching store: 10k counters in one round trip. */
async function batchOf10k(label: string, store: RateLimitStore) {
  const windowStart = new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const hits = Array.from({ length: 10_000 }, (_, i) => ({
    key: `batch-${i}`,
    windowStart,
    windowMs: 60_000,
    cost: 3,
  }));
  const started = performance.now();
  await store.hitMany!(hits);
  console.log(`${label}: hitMany of 10k counters ${(performance.now() - started).toFixed(0)} ms`);
}

async function suite(label: string, store: RateLimitStore, concurrencies: number[]) {
  for (const c of concurrencies) {
    await measure(`${label}, one hot key`, store, c, 1);
    await measure(`${label}, 10k keys`, store, c, 10_000);
  }
}

await suite('memory', new MemoryRateLimitStore(), [1]);

const lite = await openPglite(await PGlite.create({ extensions: PGLITE_EXTENSIONS }));
await migrate(lite);
await suite('PGlite (in memory)', new PostgresRateLimitStore(lite.db), [1]);
await lite.close();

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `reloop_rl_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
try {
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openPostgres(dbUrl.toString(), 16);
  await migrate(database);
  const postgres = new PostgresRateLimitStore(database.db);
  await suite('PostgreSQL', postgres, [1, 32]);
  await batchOf10k('PostgreSQL', postgres);
  await batchOf10k('PostgreSQL (existing rows)', postgres);
  const batching = new LocalBatchingStore({
    store: postgres,
    clock: fixedClock(new Date()),
    syncEveryMs: 1000,
  });
  await suite('batching over PostgreSQL', batching, [1, 32]);
  await batching.close();
  await database.close();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `reloop-bench:${randomBytes(4).toString('hex')}:`;
const redis = RedisRateLimitStore.connect(redisUrl, prefix);
await suite('Redis', redis, [1, 32]);
await batchOf10k('Redis', redis);
const batchingRedis = new LocalBatchingStore({ store: redis, clock: systemClock, syncEveryMs: 1000 });
await suite('batching over Redis', batchingRedis, [1, 32]);
await batchingRedis.close();
await redis.close();
const cleanup = new Redis(redisUrl);
const leftover = await cleanup.keys(`${prefix}*`);
if (leftover.length) await cleanup.del(...leftover);
await cleanup.quit();
