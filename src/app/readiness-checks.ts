import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { pendingMigrations } from '../platform/db/migration-status.ts';
import type { ReadinessCheck } from '../platform/observability/readiness.ts';
import type { Deps } from './deps.ts';

/** A connection of its own to Redis, kept open between probes, for /readyz. */
export type RedisProbe = { ping(): Promise<string>; close(): Promise<void> };

export function createRedisProbe(url: string): RedisProbe {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  // Reported by /readyz, not as an unhandled error event.
  redis.on('error', () => {});
  return {
    ping: () => redis.ping(),
    close: async () => redis.disconnect(),
  };
}

/**
 * What a `serve` process needs before it takes traffic: its database answering, every migration of
 * its code applied, Redis answering when configured, and not shutting down.
 */
export function readinessChecks(
  deps: Pick<Deps, 'database'>,
  { isDraining, redis }: { isDraining: () => boolean; redis: (() => RedisProbe) | null },
): Record<string, ReadinessCheck> {
  return {
    database: async () => {
      await deps.database.rows(sql`SELECT 1`);
      return 'ok';
    },
    migrations: async () => ((await pendingMigrations(deps.database)) === 0 ? 'ok' : 'pending'),
    ...(redis ? { redis: async () => ((await redis().ping()) === 'PONG' ? 'ok' : 'failed') } : {}),
    shutdown: async () => (isDraining() ? 'draining' : 'ok'),
  };
}
