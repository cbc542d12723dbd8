/**
 * Read model — serves: the payout job (run-payouts.ts): which sellers and currencies have shipped
 * orders past the payout delay, what the ledger says Reloop owes a seller, and the shipped orders
 * (with their lines) a payout may cover, and the monthly fees charged to the seller. Reads: orders,
 * order_lines (orders), ledger_transactions, ledger_postings (ledger). Never writes.
 */
import { and, asc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerPayable } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { lockSellerMoney } from '../refunds/seller-money-lock.ts';

type Reader = Pick<Db, 'select'>;

/** Each (seller, currency) with at least one order shipped at or before `cutoff`, in that order. */
export async function payoutCandidates(
  db: Pick<Db, 'selectDistinct'>,
  cutoff: Date,
): Promise<Array<{ sellerId: number; currency: string }>> {
  return db
    .selectDistinct({ sellerId: orders.sellerId, currency: orders.currency })
    .from(orders)
    .where(and(isNotNull(orders.shippedAt), lte(orders.shippedAt, cutoff)))
    .orderBy(asc(orders.sellerId), asc(orders.currency));
}

/**
 * The seller's money lock, the one refunds and monthly fees take (refunds/seller-money-lock.ts):
 * kept under this name for the callers that serialise with payouts. A transaction-scoped advisory
 * lock: it takes no row lock and writes nothing.
 */
export const lockSellerForPayout = lockSellerMoney;

/** −balance of seller_payable:<id> in a currency: what the ledger says we owe the seller. */
export async function ledgerOwed(tx: Reader, sellerId: number, currency: string): Promise<number> {
  const [row] = await tx
    .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
    .from(ledgerPostings)
    .where(and(eq(ledgerPostings.account, sellerPayable(sellerId)), eq(ledgerPostings.currency, currency)));
  return -Number(row!.s);
}

/** Monthly fees (with their VAT) charged to the seller in a currency: what the ledger debited. */
export async function ledgerFeesCharged(tx: Reader, sellerId: number, currency: string): Promise<number> {
  const [row] = await tx
    .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerTransactions.kind, 'monthly_fee'),
        eq(ledgerPostings.account, sellerPayable(sellerId)),
        eq(ledgerPostings.currency, currency),
      ),
    );
  return Number(row!.s);
}

export type ShippedOrder = {
  id: number;
  itemsTotalMinor: number;
  shippingTotalMinor: number;
  commissionMinor: number;
};
export type ShippedOrderLine = {
  id: number;
  orderId: number;
  unitPriceMinor: number;
  quantity: number;
  shippingPriceMinor: number;
  insurancePremiumMinor: number;
};

/** The seller's orders in `currency` shipped at or before `cutoff`, and all their lines. */
export async function shippedOrdersWithLines(
  tx: Reader,
  q: { sellerId: number; currency: string; cutoff: Date },
): Promise<{ orders: ShippedOrder[]; lines: ShippedOrderLine[] }> {
  const os = await tx
    .select({
      id: orders.id,
      itemsTotalMinor: orders.itemsTotalMinor,
      shippingTotalMinor: orders.shippingTotalMinor,
      commissionMinor: orders.commissionMinor,
    })
    .from(orders)
    .where(
      and(
        eq(orders.sellerId, q.sellerId),
        eq(orders.currency, q.currency),
        isNotNull(orders.shippedAt),
        lte(orders.shippedAt, q.cutoff),
      ),
    );
  if (!os.length) return { orders: [], lines: [] };
  const lines = await tx
    .select({
      id: orderLines.id,
      orderId: orderLines.orderId,
      unitPriceMinor: orderLines.unitPriceMinor,
      quantity: orderLines.quantity,
      shippingPriceMinor: orderLines.shippingPriceMinor,
      insurancePremiumMinor: orderLines.insurancePremiumMinor,
    })
    .from(orderLines)
    .where(
      inArray(
        orderLines.orderId,
        os.map((o) => o.id),
      ),
    );
  return { orders: os, lines };
}
