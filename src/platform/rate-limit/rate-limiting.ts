import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import type { Job } from '../jobs.ts';
import { LocalBatchingStore } from './local-batching-store.ts';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.ts';
import type { RateLimitStore } from './rate-limit-store.ts';
import { createRateLimiter, type RateLimiter } from './rate-limiter.ts';
import { RedisRateLimitStore } from './redis-rate-limit-store.ts';

export type RateLimiting = {
  /** One shared-store round trip per request, exact: sign-in, password reset, sign-up, writes. */
  exact: RateLimiter;
  /** Counted in memory, synced every second: anonymous catalog traffic. Fails open. */
  batched: RateLimiter;
  /** Deletes expired Postgres counters; none with Redis (keys expire by themselves). */
  jobs: Job[];
  close(): Promise<void>;
};

/**
 * The limiters of one process. Counters go to Redis when `redisUrl` is set (several processes,
 * no write load on the database), otherwise to `rate_limit_counters` in the main database.
 */
export function createRateLimiting({
  db,
  clock,
  redisUrl,
  redisPrefix,
  syncEveryMs = 1000,
  maxUnsyncedHits = 10,
  onError = () => {},
}: {
  db: Db;
  clock: Clock;
  redisUrl?: string;
  redisPrefix?: string;
  syncEveryMs?: number;
  maxUnsyncedHits?: number;
  onError?: (error: unknown) => void;
}): RateLimiting {
  const postgres = redisUrl ? null : new PostgresRateLimitStore(db);
  const shared: RateLimitStore = postgres ?? RedisRateLimitStore.connect(redisUrl!, redisPrefix);
  const local = new LocalBatchingStore({
    store: shared,
    clock,
    syncEveryMs,
    maxUnsyncedHits,
    onSyncError: onError,
  });
  return {
    exact: createRateLimiter({ store: shared, clock }),
    batched: createRateLimiter({ store: local, clock, failOpen: true, onStoreError: onError }),
    jobs: postgres
      ? [
          {
            name: 'purge-rate-limit-counters',
            everyMs: 10 * 60_000,
            run: () => postgres.purgeExpired(clock.now()),
          },
        ]
      : [],
    async close() {
      await local.close().catch(onError);
      await shared.close?.();
    },
  };
}
