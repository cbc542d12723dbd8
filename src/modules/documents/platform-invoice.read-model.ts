/**
 * Read model — serves: Reloop's monthly invoice to a seller (platform-invoice.ts), the amounts of
 * one seller and month per currency. Reads: ledger_transactions, ledger_postings (ledger),
 * orders (orders). Never writes. The rules for what counts are in platform-invoice.ts's header.
 */
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { ACCOUNTS, sellerPayable } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';

export type PlatformInvoiceAmounts = {
  /** Σ commission of the seller's orders whose payment was captured in the month, per currency. */
  sales: Array<{ currency: string; commissionMinor: number; count: number }>;
  /** Σ commission given back by the month's refunds touching the seller, per currency. */
  refunds: Array<{ currency: string; commissionBackMinor: number; count: number }>;
  /** The monthly fee of `<sellerId>:<period>` (whenever posted), per currency. */
  fees: Array<{ currency: string; feeMinor: number }>;
};

export async function platformInvoiceAmounts(
  db: Pick<Db, 'select' | 'selectDistinct'>,
  q: { sellerId: number; period: string; start: Date; end: Date },
): Promise<PlatformInvoiceAmounts> {
  const { sellerId, period, start, end } = q;
  const sales = await db
    .select({
      currency: orders.currency,
      commission: sql<string>`sum(${orders.commissionMinor})::bigint`,
      count: sql<string>`count(*)::int`,
    })
    .from(orders)
    .innerJoin(
      ledgerTransactions,
      and(
        eq(ledgerTransactions.kind, 'payment_captured'),
        eq(ledgerTransactions.reference, sql`${orders.checkoutId}::text`),
      ),
    )
    .where(
      and(
        eq(orders.sellerId, sellerId),
        gte(ledgerTransactions.occurredAt, start),
        lt(ledgerTransactions.occurredAt, end),
      ),
    )
    .groupBy(orders.currency);

  const refundTxns = db
    .selectDistinct({ id: ledgerPostings.transactionId })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerPostings.account, sellerPayable(sellerId)),
        eq(ledgerTransactions.kind, 'refund'),
        gte(ledgerTransactions.occurredAt, start),
        lt(ledgerTransactions.occurredAt, end),
      ),
    );
  const refunds = await db
    .select({
      currency: ledgerPostings.currency,
      back: sql<string>`sum(${ledgerPostings.amountMinor})::bigint`,
      count: sql<string>`count(distinct ${ledgerPostings.transactionId})::int`,
    })
    .from(ledgerPostings)
    .where(
      and(
        eq(ledgerPostings.account, ACCOUNTS.commissionRevenue),
        inArray(ledgerPostings.transactionId, refundTxns),
      ),
    )
    .groupBy(ledgerPostings.currency);

  const fees = await db
    .select({
      currency: ledgerPostings.currency,
      fee: sql<string>`sum(${ledgerPostings.amountMinor})::bigint`,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerTransactions.kind, 'monthly_fee'),
        eq(ledgerTransactions.reference, `${sellerId}:${period}`),
        eq(ledgerPostings.account, ACCOUNTS.monthlyFeeRevenue),
      ),
    )
    .groupBy(ledgerPostings.currency);

  return {
    sales: sales.map((s) => ({
      currency: s.currency,
      commissionMinor: Number(s.commission),
      count: Number(s.count),
    })),
    refunds: refunds.map((r) => ({
      currency: r.currency,
      commissionBackMinor: Number(r.back),
      count: Number(r.count),
    })),
    fees: fees.map((f) => ({ currency: f.currency, feeMinor: Number(f.fee) })),
  };
}
