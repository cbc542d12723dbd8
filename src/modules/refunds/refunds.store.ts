import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { refunds } from './refunds.schema.ts';

/** Refunds that count as money given back: succeeded, or accepted by the provider and pending. */
export const COUNTED_REFUND_STATUSES = ['succeeded', 'pending'] as const;

/** Per order line: the amount refunded (succeeded + pending) and the number of attempts (any status). */
export async function refundsByLine(
  db: Pick<Db, 'select'>,
  lineIds: readonly number[],
): Promise<Map<number, { refundedMinor: number; attempts: number }>> {
  const out = new Map<number, { refundedMinor: number; attempts: number }>();
  if (lineIds.length === 0) return out;
  const rows = await db
    .select({
      lineId: refunds.orderLineId,
      refunded: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.status} in ('succeeded', 'pending')), 0)`,
      attempts: sql<string>`count(*)`,
    })
    .from(refunds)
    .where(and(inArray(refunds.orderLineId, [...lineIds])))
    .groupBy(refunds.orderLineId);
  for (const r of rows) {
    if (r.lineId === null) continue;
    out.set(r.lineId, { refundedMinor: Number(r.refunded), attempts: Number(r.attempts) });
  }
  return out;
}
