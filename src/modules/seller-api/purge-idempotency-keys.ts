import { sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import { IDEMPOTENCY_KEY_TTL_MS } from './idempotency-keys.ts';
import { wsIdempotencyKeys as k } from './seller-api.schema.ts';

/**
 * Delete the seller API's idempotency keys older than 24 hours (already treated as absent by
 * the middleware, src/ws/ws-idempotency.ts). Returns how many rows went.
 */
export async function purgeIdempotencyKeys({
  db,
  clock,
}: {
  db: Db;
  clock: Clock;
}): Promise<{ purged: number }> {
  const before = new Date(clock.now().getTime() - IDEMPOTENCY_KEY_TTL_MS).toISOString();
  const { rows } = (await db.execute(sql`
    WITH gone AS (DELETE FROM ${k} WHERE ${k.createdAt} <= ${before}::timestamptz RETURNING 1)
    SELECT count(*)::int AS n FROM gone`)) as unknown as { rows: Array<{ n: number }> };
  return { purged: Number(rows[0]?.n ?? 0) };
}

/** Hourly: the table holds about 25 hours of keys. */
export function purgeIdempotencyKeysJob(deps: { db: Db; clock: Clock }): Job {
  return { name: 'purge-idempotency-keys', everyMs: 3_600_000, run: () => purgeIdempotencyKeys(deps) };
}
