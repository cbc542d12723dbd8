import { and, asc, eq, inArray, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { refunds } from './refunds.schema.ts';

/** Refunds that count as money given back: succeeded, or accepted by the provider and pending. */
export const COUNTED_REFUND_STATUSES = ['succeeded', 'pending'] as const;

export type LineRefunds = {
  /** Line refunds (kind 'line') counted: succeeded + pending. */
  refundedMinor: number;
  /** Line refund attempts, any status. */
  attempts: number;
  /** Premiums of unbound insurance refunded (kind 'insurance', counted): off the line's insurance. */
  insuranceRefundedMinor: number;
};

/**
 * Per order line: the amount refunded by line refunds (succeeded + pending), their number of
 * attempts (any status), and the unbound-insurance premiums refunded apart.
 */
export async function refundsByLine(
  db: Pick<Db, 'select'>,
  lineIds: readonly number[],
): Promise<Map<number, LineRefunds>> {
  const out = new Map<number, LineRefunds>();
  if (lineIds.length === 0) return out;
  const rows = await db
    .select({
      lineId: refunds.orderLineId,
      refunded: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.kind} = 'line' and ${refunds.status} in ('succeeded', 'pending')), 0)`,
      attempts: sql<string>`count(*) filter (where ${refunds.kind} = 'line')`,
      insurance: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.kind} = 'insurance' and ${refunds.status} in ('succeeded', 'pending')), 0)`,
    })
    .from(refunds)
    .where(and(inArray(refunds.orderLineId, [...lineIds])))
    .groupBy(refunds.orderLineId);
  for (const r of rows) {
    if (r.lineId === null) continue;
    out.set(r.lineId, {
      refundedMinor: Number(r.refunded),
      attempts: Number(r.attempts),
      insuranceRefundedMinor: Number(r.insurance),
    });
  }
  return out;
}

export type RefundRow = typeof refunds.$inferSelect;

/** Whether a refund of this line already put its units back on sale (and kept them there). */
export async function unitsReleasedFor(db: Pick<Db, 'select'>, lineId: number): Promise<boolean> {
  const rows = await db
    .select({ id: refunds.id })
    .from(refunds)
    .where(and(eq(refunds.orderLineId, lineId), eq(refunds.restocked, true)))
    .limit(1);
  return rows.length > 0;
}

/** The service-fee refunds of a payment (rows without a line, not late payments): counted amount and attempts. */
export async function serviceFeeRefunds(
  db: Pick<Db, 'select'>,
  paymentId: string,
): Promise<{ refundedMinor: number; attempts: number }> {
  const [r] = await db
    .select({
      refunded: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.status} in ('succeeded', 'pending')), 0)`,
      attempts: sql<string>`count(*)`,
    })
    .from(refunds)
    .where(
      and(eq(refunds.paymentId, paymentId), isNull(refunds.orderLineId), ne(refunds.kind, 'late_payment')),
    );
  return { refundedMinor: Number(r?.refunded ?? 0), attempts: Number(r?.attempts ?? 0) };
}

export async function refundByProviderRef(
  db: Pick<Db, 'select'>,
  providerRef: string,
): Promise<RefundRow | null> {
  const [row] = await db.select().from(refunds).where(eq(refunds.providerRef, providerRef)).limit(2);
  return row ?? null;
}

/** Refunds still pending at the provider, created before `cutoff` (oldest first). */
export async function pendingRefundsBefore(
  db: Pick<Db, 'select'>,
  cutoff: Date,
  limit = 100,
): Promise<RefundRow[]> {
  return db
    .select()
    .from(refunds)
    .where(and(eq(refunds.status, 'pending'), lt(refunds.createdAt, cutoff), isNotNull(refunds.providerRef)))
    .orderBy(asc(refunds.createdAt))
    .limit(limit);
}

/** Every refund of one payment (lines and service fee), oldest first. */
export async function refundsOfPayment(db: Pick<Db, 'select'>, paymentId: string): Promise<RefundRow[]> {
  return db.select().from(refunds).where(eq(refunds.paymentId, paymentId)).orderBy(asc(refunds.id));
}
