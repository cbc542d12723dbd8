import { and, eq, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { payments } from './payments.schema.ts';

/** Query functions of the payments module: other modules read payments through these. */

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentStatus = PaymentRow['status'];
type Reader = Pick<Db, 'select'>;

export async function findPayment(db: Reader, paymentId: string): Promise<PaymentRow | null> {
  const [row] = await db.select().from(payments).where(eq(payments.id, paymentId));
  return row ?? null;
}

/** The payment of a checkout (there is one per checkout), or null. */
export async function paymentOfCheckout(db: Reader, checkoutId: string): Promise<PaymentRow | null> {
  const [row] = await db.select().from(payments).where(eq(payments.checkoutId, checkoutId));
  return row ?? null;
}

/** The payment a provider knows by `providerRef` (of that provider when given), or null. */
export async function paymentByProviderRef(
  db: Reader,
  providerRef: string,
  provider?: PaymentRow['provider'],
): Promise<PaymentRow | null> {
  const [row] = await db
    .select()
    .from(payments)
    .where(
      and(eq(payments.providerRef, providerRef), provider ? eq(payments.provider, provider) : undefined),
    );
  return row ?? null;
}

/** Payments left 'processing' without a provider reference since before `cutoff` (crash recovery). */
export async function stalledPaymentIds(db: Reader, cutoff: Date, limit = 500): Promise<string[]> {
  const rows = await db
    .select({ id: payments.id })
    .from(payments)
    .where(
      and(eq(payments.status, 'processing'), isNull(payments.providerRef), lte(payments.updatedAt, cutoff)),
    )
    .limit(limit);
  return rows.map((r) => r.id);
}
