import type { Clock } from '../clock.ts';
import type { Job } from '../jobs.ts';
import type { PostgresRateLimitStore } from './postgres-rate-limit-store.ts';

/**
 * The recurring job that deletes expired Postgres counters (Redis keys expire by themselves).
 * Each counter lives two windows, so every 10 minutes keeps the table at about 2 windows of keys.
 */
export function purgeRateLimitCountersJob(
  store: PostgresRateLimitStore,
  clock: Clock,
  everyMs = 10 * 60_000,
): Job {
  return { name: 'purge-rate-limit-counters', everyMs, run: () => store.purgeExpired(clock.now()) };
}
