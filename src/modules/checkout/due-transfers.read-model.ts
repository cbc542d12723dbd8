/**
 * Read model: bank-transfer payments (payments) still awaited after their checkout's due time
 * (checkout). Serves the job that cancels unpaid transfers (cancel-unpaid-transfers.ts). Never writes.
 */
import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { payments } from '../payments/payments.schema.ts';
import { checkouts } from './checkout.schema.ts';

export async function dueTransferPaymentIds(db: Db, now: Date, limit = 500): Promise<string[]> {
  const rows = await db
    .select({ paymentId: payments.id })
    .from(payments)
    .innerJoin(checkouts, eq(checkouts.id, payments.checkoutId))
    .where(and(eq(payments.status, 'awaiting_transfer'), lte(checkouts.paymentDueAt, now)))
    .limit(limit);
  return rows.map((r) => r.paymentId);
}
