/**
 * Read model — serves: Reloop's monthly invoice to a seller (platform-invoice.ts), the amounts of
 * one seller and month per currency, with the VAT as the ledger charged it (per order, per refund,
 * per fee), and which sellers were charged anything in a month (issue-monthly-platform-invoices.ts).
 * Reads: ledger_transactions, ledger_postings (ledger), orders (orders). Never writes.
 * The rules for what counts are in platform-invoice.ts's header.
 */
import { and, eq, gte, inArray, like, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { ACCOUNTS, sellerPayable } from '../ledger/ledger.rules.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';

export type PlatformInvoiceAmounts = {
  /**
   * Per currency and whether VAT was charged: Σ commission of the seller's orders whose payment
   * was captured in the month, and Σ the VAT the capture charged on each (seller_payable debit −
   * commission).
   */
  sales: Array<{ currency: string; commissionMinor: number; vatMinor: number; count: number }>;
  /** Σ commission and its VAT given back by the month's refunds (net of refund reversals). */
  refunds: Array<{ currency: string; commissionBackMinor: number; vatBackMinor: number; count: number }>;
  /** The monthly fee of `<sellerId>:<period>` (whenever posted) and its VAT, per currency. */
  fees: Array<{ currency: string; feeMinor: number; vatMinor: number }>;
};

/** Refund transactions; a reversal (failed refund) is the exact opposite of its refund. */
const REFUND_KINDS = { refund: 1, refund_reversal: -1 } as const;

export async function platformInvoiceAmounts(
  db: Pick<Db, 'select' | 'selectDistinct'>,
  q: { sellerId: number; period: string; start: Date; end: Date },
): Promise<PlatformInvoiceAmounts> {
  const { sellerId, period, start, end } = q;
  const payable = sellerPayable(sellerId);

  // One order per seller and checkout: the capture's positive seller_payable leg is that order's
  // commission + the VAT charged on it.
  const captured = await db
    .select({
      orderId: orders.id,
      currency: orders.currency,
      commission: orders.commissionMinor,
      debit: sql<string>`coalesce((select sum(${ledgerPostings.amountMinor}) from ${ledgerPostings}
        where ${ledgerPostings.transactionId} = ${ledgerTransactions.id}
          and ${ledgerPostings.account} = ${payable} and ${ledgerPostings.amountMinor} > 0), 0)`,
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
    );
  const sales = new Map<
    string,
    { currency: string; commissionMinor: number; vatMinor: number; count: number }
  >();
  for (const o of captured) {
    const vat = Math.max(0, Number(o.debit) - o.commission);
    const k = `${o.currency}:${vat > 0 ? 'vat' : 'none'}`;
    const s = sales.get(k) ?? { currency: o.currency, commissionMinor: 0, vatMinor: 0, count: 0 };
    sales.set(k, {
      ...s,
      commissionMinor: s.commissionMinor + o.commission,
      vatMinor: s.vatMinor + vat,
      count: s.count + 1,
    });
  }

  const refundTxns = db
    .selectDistinct({ id: ledgerPostings.transactionId })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerPostings.account, payable),
        inArray(ledgerTransactions.kind, Object.keys(REFUND_KINDS)),
        gte(ledgerTransactions.occurredAt, start),
        lt(ledgerTransactions.occurredAt, end),
      ),
    );
  const legs = await db
    .select({
      txn: ledgerPostings.transactionId,
      kind: ledgerTransactions.kind,
      account: ledgerPostings.account,
      amount: ledgerPostings.amountMinor,
      currency: ledgerPostings.currency,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        inArray(ledgerPostings.transactionId, refundTxns),
        inArray(ledgerPostings.account, [payable, ACCOUNTS.commissionRevenue]),
      ),
    );
  // Per transaction, as a refund (a reversal's legs negated): commission back = the commission
  // revenue debit; commission + VAT back = the seller_payable credit (goods are the debit).
  const perTxn = new Map<number, { currency: string; sign: number; back: number; credited: number }>();
  for (const l of legs) {
    const sign = REFUND_KINDS[l.kind as keyof typeof REFUND_KINDS] ?? 1;
    const t = perTxn.get(l.txn) ?? { currency: l.currency, sign, back: 0, credited: 0 };
    const a = l.amount * sign;
    if (l.account === ACCOUNTS.commissionRevenue) t.back += a;
    else if (a < 0) t.credited += -a;
    perTxn.set(l.txn, t);
  }
  const refunds = new Map<
    string,
    { currency: string; commissionBackMinor: number; vatBackMinor: number; count: number }
  >();
  for (const t of perTxn.values()) {
    const r = refunds.get(t.currency) ?? {
      currency: t.currency,
      commissionBackMinor: 0,
      vatBackMinor: 0,
      count: 0,
    };
    refunds.set(t.currency, {
      currency: t.currency,
      commissionBackMinor: r.commissionBackMinor + t.sign * t.back,
      vatBackMinor: r.vatBackMinor + t.sign * Math.max(0, t.credited - t.back),
      count: r.count + t.sign,
    });
  }

  const fees = await db
    .select({
      currency: ledgerPostings.currency,
      fee: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}) filter (where ${ledgerPostings.account} = ${ACCOUNTS.monthlyFeeRevenue}), 0)::bigint`,
      vat: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}) filter (where ${ledgerPostings.account} like 'vat_payable:%'), 0)::bigint`,
    })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        eq(ledgerTransactions.kind, 'monthly_fee'),
        eq(ledgerTransactions.reference, `${sellerId}:${period}`),
      ),
    )
    .groupBy(ledgerPostings.currency);

  return {
    sales: [...sales.values()],
    refunds: [...refunds.values()].filter((r) => r.count !== 0 || r.commissionBackMinor !== 0),
    fees: fees
      .map((f) => ({ currency: f.currency, feeMinor: -Number(f.fee), vatMinor: -Number(f.vat) }))
      .filter((f) => f.feeMinor !== 0),
  };
}

/**
 * The sellers Reloop charged anything in a month (the ones its monthly invoice job issues for):
 * a capture of one of their orders or a refund (or its reversal) touching their account in the
 * month, or the month's monthly fee. Ascending seller id.
 */
export async function sellersChargedInMonth(
  db: Pick<Db, 'selectDistinct'>,
  q: { period: string; start: Date; end: Date },
): Promise<number[]> {
  const inMonth = and(gte(ledgerTransactions.occurredAt, q.start), lt(ledgerTransactions.occurredAt, q.end));
  const sold = await db
    .selectDistinct({ sellerId: orders.sellerId })
    .from(orders)
    .innerJoin(
      ledgerTransactions,
      and(
        eq(ledgerTransactions.kind, 'payment_captured'),
        eq(ledgerTransactions.reference, sql`${orders.checkoutId}::text`),
      ),
    )
    .where(inMonth);
  const refunded = await db
    .selectDistinct({ account: ledgerPostings.account })
    .from(ledgerPostings)
    .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
    .where(
      and(
        inMonth,
        inArray(ledgerTransactions.kind, Object.keys(REFUND_KINDS)),
        like(ledgerPostings.account, 'seller_payable:%'),
      ),
    );
  const fees = await db
    .selectDistinct({ reference: ledgerTransactions.reference })
    .from(ledgerTransactions)
    .where(
      and(eq(ledgerTransactions.kind, 'monthly_fee'), like(ledgerTransactions.reference, `%:${q.period}`)),
    );
  const ids = new Set<number>(sold.map((s) => s.sellerId));
  for (const r of refunded) ids.add(Number(r.account.slice('seller_payable:'.length)));
  for (const f of fees) ids.add(Number(f.reference.split(':')[0]));
  return [...ids].filter((id) => Number.isInteger(id) && id > 0).sort((a, b) => a - b);
}
