import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { statementsOfReasons } from './compliance.schema.ts';

export const TDB_STATUSES = ['pending', 'logged', 'submitted', 'rejected'] as const;
export type TdbStatus = (typeof TDB_STATUSES)[number];

export type RejectedStatement = {
  id: string;
  puid: string;
  measure: string;
  effectiveAt: Date;
  attempts: number;
  lastAttemptAt: Date | null;
  error: string | null;
};

const MAX_REJECTED = 100;

/**
 * Where the statements of reasons stand with the DSA Transparency Database (Art. 24(5)): how
 * many are waiting, logged (no credentials), stored and refused, and the refused ones, newest
 * first, with the database's errors, for the compliance console.
 */
export async function tdbOverview(
  db: Db,
): Promise<{ counts: Record<TdbStatus, number>; rejected: RejectedStatement[] }> {
  const s = statementsOfReasons;
  const grouped = await db.select({ status: s.tdbStatus, n: count() }).from(s).groupBy(s.tdbStatus);
  const counts = Object.fromEntries(TDB_STATUSES.map((k) => [k, 0])) as Record<TdbStatus, number>;
  for (const g of grouped) counts[g.status] = Number(g.n);
  const rejected = await db
    .select({
      id: s.id,
      puid: s.puid,
      measure: s.measure,
      effectiveAt: s.effectiveAt,
      attempts: s.tdbAttempts,
      lastAttemptAt: s.tdbLastAttemptAt,
      error: s.tdbError,
    })
    .from(s)
    .where(eq(s.tdbStatus, 'rejected'))
    .orderBy(desc(s.tdbLastAttemptAt), desc(s.createdAt))
    .limit(MAX_REJECTED);
  return { counts, rejected };
}
