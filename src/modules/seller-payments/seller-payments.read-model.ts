/**
 * Read model — serves: the seller-payments use cases. What a seller's connected account is opened
 * with (sellers), the payment backing a payout (orders, payments, payouts), and whether a refund
 * was booked for a seller after its last payout (ledger). Never writes.
 */
import { and, desc, eq, gt, isNotNull, lt, lte, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';
import { payouts } from '../payouts/payouts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

type Reader = Pick<Db, 'select' | 'selectDistinct'>;

export type SellerIdentity = { id: number; name: string; legalName: string; email: string; country: string };

export async function sellerIdentity(db: Reader, sellerId: number): Promise<SellerIdentity | null> {
  const [row] = await db
    .select({
      id: sellers.id,
      name: sellers.name,
      legalName: sellers.legalName,
      email: sellers.email,
      country: sellers.country,
    })
    .from(sellers)
    .where(eq(sellers.id, sellerId));
  return row ?? null;
}

/**
 * The payment whose charge funds a payout, when exactly one does: the seller's orders in the
 * payout's currency shipped after the previous payout's cover and up to this one's were all paid
 * by one succeeded payment of `provider` at least as large as the payout. Otherwise null (the
 * transfer comes from the platform's balance).
 */
export async function payoutBackingPayment(
  db: Reader,
  q: { payoutId: number; sellerId: number; currency: string; provider: string; amountMinor: number },
): Promise<string | null> {
  const [self] = await db
    .select({ coversUntil: payouts.coversUntil })
    .from(payouts)
    .where(eq(payouts.id, q.payoutId));
  if (!self) return null;
  const [previous] = await db
    .select({ coversUntil: payouts.coversUntil })
    .from(payouts)
    .where(
      and(eq(payouts.sellerId, q.sellerId), eq(payouts.currency, q.currency), lt(payouts.id, q.payoutId)),
    )
    .orderBy(desc(payouts.id))
    .limit(1);
  const rows = await db
    .selectDistinct({
      providerRef: payments.providerRef,
      provider: payments.provider,
      status: payments.status,
      amountMinor: payments.amountMinor,
    })
    .from(orders)
    .innerJoin(payments, eq(payments.checkoutId, orders.checkoutId))
    .where(
      and(
        eq(orders.sellerId, q.sellerId),
        eq(orders.currency, q.currency),
        isNotNull(orders.shippedAt),
        lte(orders.shippedAt, self.coversUntil),
        previous ? gt(orders.shippedAt, previous.coversUntil) : undefined,
      ),
    );
  if (rows.length !== 1) return null;
  const [p] = rows;
  return p!.provider === q.provider &&
    p!.status === 'succeeded' &&
    p!.providerRef &&
    p!.amountMinor >= q.amountMinor
    ? p!.providerRef
    : null;
}

/** (seller, currency) pairs with a refund booked on the seller's account after a sent payout. */
export async function sellersRefundedAfterPayout(
  db: Pick<Db, 'selectDistinct'>,
): Promise<Array<{ sellerId: number; currency: string }>> {
  const payoutTx = alias(ledgerTransactions, 'payout_tx');
  const refundTx = alias(ledgerTransactions, 'refund_tx');
  return db
    .selectDistinct({ sellerId: payouts.sellerId, currency: payouts.currency })
    .from(payouts)
    .innerJoin(payoutTx, and(eq(payoutTx.kind, 'payout'), eq(payoutTx.reference, sql`${payouts.id}::text`)))
    .innerJoin(
      ledgerPostings,
      and(
        eq(ledgerPostings.account, sql`'seller_payable:' || ${payouts.sellerId}`),
        eq(ledgerPostings.currency, payouts.currency),
      ),
    )
    .innerJoin(
      refundTx,
      and(
        eq(refundTx.id, ledgerPostings.transactionId),
        eq(refundTx.kind, 'refund'),
        gt(refundTx.id, payoutTx.id),
      ),
    )
    .where(eq(payouts.status, 'sent'));
}
