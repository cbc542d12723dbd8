/**
 * Read model — serves: the operator console's money pages (web/console/money.*): order search and
 * order detail (lines, refunds, payment, ledger transactions of its checkout), the ledger journal,
 * the payouts list, and the category and seller pickers of the fee settings.
 * Reads: checkouts (checkout), orders, order_lines (orders), payments (payments), refunds (refunds),
 * ledger_transactions, ledger_postings (ledger), payouts (payouts), sellers (sellers),
 * categories (catalog), seller_payment_accounts (seller-payments: is a pending payout held). Never
 * writes.
 */
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { categories } from '../catalog/catalog.schema.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';
import { lineTotals } from '../refunds/refund.rules.ts';
import { refunds } from '../refunds/refunds.schema.ts';
import { refundsByLine } from '../refunds/refunds.store.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { payouts } from './payouts.schema.ts';

export const ORDER_SEARCH_LIMIT = 50;
export const LEDGER_PAGE_SIZE = 50;
export const PAYOUTS_PAGE_SIZE = 100;

export type OrderListRow = {
  orderId: number;
  checkoutId: string;
  createdAt: Date;
  buyerEmail: string;
  sellerId: number;
  sellerName: string;
  state: number;
  totalMinor: number;
  currency: string;
  paymentStatus: string | null;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** By order id, checkout id, buyer email or seller name (substring, case-insensitive); newest first. */
export async function searchOrders(db: Db, q: string): Promise<OrderListRow[]> {
  const conds: SQL[] = [];
  const text = q.trim();
  if (text) {
    if (/^\d{1,9}$/.test(text)) conds.push(eq(orders.id, Number(text)));
    if (UUID.test(text)) conds.push(eq(checkouts.id, text.toLowerCase()));
    const like = `%${likeEscape(text)}%`;
    conds.push(ilike(checkouts.buyerEmail, like), ilike(sellers.name, like));
  }
  return db
    .select({
      orderId: orders.id,
      checkoutId: orders.checkoutId,
      createdAt: orders.createdAt,
      buyerEmail: checkouts.buyerEmail,
      sellerId: orders.sellerId,
      sellerName: sellers.name,
      state: orders.state,
      totalMinor: orders.totalMinor,
      currency: orders.currency,
      paymentStatus: payments.status,
    })
    .from(orders)
    .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId))
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .leftJoin(payments, eq(payments.checkoutId, orders.checkoutId))
    .where(conds.length ? or(...conds) : undefined)
    .orderBy(desc(orders.id))
    .limit(ORDER_SEARCH_LIMIT);
}

export type LedgerTxView = {
  id: number;
  kind: string;
  reference: string;
  occurredAt: Date;
  description: string;
  postings: Array<{ account: string; amountMinor: number; currency: string }>;
};

async function withPostings(db: Db, txs: Array<Omit<LedgerTxView, 'postings'>>): Promise<LedgerTxView[]> {
  if (!txs.length) return [];
  const ps = await db
    .select()
    .from(ledgerPostings)
    .where(
      inArray(
        ledgerPostings.transactionId,
        txs.map((t) => t.id),
      ),
    )
    .orderBy(asc(ledgerPostings.id));
  return txs.map((t) => ({
    ...t,
    postings: ps
      .filter((p) => p.transactionId === t.id)
      .map((p) => ({ account: p.account, amountMinor: p.amountMinor, currency: p.currency })),
  }));
}

const txColumns = {
  id: ledgerTransactions.id,
  kind: ledgerTransactions.kind,
  reference: ledgerTransactions.reference,
  occurredAt: ledgerTransactions.occurredAt,
  description: ledgerTransactions.description,
};

/** Newest ledger transactions, optionally only those touching `account`. */
export async function listLedgerTransactions(
  db: Db,
  q: { account?: string; limit?: number },
): Promise<LedgerTxView[]> {
  const where = q.account
    ? sql`${ledgerTransactions.id} IN (SELECT ${ledgerPostings.transactionId} FROM ${ledgerPostings} WHERE ${ledgerPostings.account} = ${q.account})`
    : undefined;
  const txs = await db
    .select(txColumns)
    .from(ledgerTransactions)
    .where(where)
    .orderBy(desc(ledgerTransactions.id))
    .limit(q.limit ?? LEDGER_PAGE_SIZE);
  return withPostings(db, txs);
}

export type OrderLineView = typeof orderLines.$inferSelect & {
  goodsMinor: number;
  insuranceMinor: number;
  totalMinor: number;
  refundedMinor: number;
};

export type OrderDetail = {
  order: typeof orders.$inferSelect;
  sellerName: string;
  checkout: typeof checkouts.$inferSelect;
  payment: typeof payments.$inferSelect | null;
  siblings: number[];
  lines: OrderLineView[];
  refunds: Array<typeof refunds.$inferSelect>;
  ledger: LedgerTxView[];
};

export async function orderDetail(db: Db, orderId: number): Promise<OrderDetail | undefined> {
  const [row] = await db
    .select({ order: orders, sellerName: sellers.name, checkout: checkouts })
    .from(orders)
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId))
    .where(eq(orders.id, orderId));
  if (!row) return undefined;
  const [payment] = await db.select().from(payments).where(eq(payments.checkoutId, row.checkout.id));
  const siblings = (
    await db
      .select({ id: orders.id })
      .from(orders)
      .where(eq(orders.checkoutId, row.checkout.id))
      .orderBy(asc(orders.id))
  )
    .map((o) => o.id)
    .filter((id) => id !== orderId);
  const ls = await db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, orderId))
    .orderBy(asc(orderLines.id));
  const refunded = await refundsByLine(
    db,
    ls.map((l) => l.id),
  );
  const lines = ls.map((l) => {
    const t = lineTotals(l);
    return {
      ...l,
      goodsMinor: t.goodsMinor,
      insuranceMinor: t.insuranceMinor,
      totalMinor: t.totalMinor,
      // Line refunds and unbound-insurance premiums: all that went back for this line.
      refundedMinor:
        (refunded.get(l.id)?.refundedMinor ?? 0) + (refunded.get(l.id)?.insuranceRefundedMinor ?? 0),
    };
  });
  const refundRows = ls.length
    ? await db
        .select()
        .from(refunds)
        .where(
          inArray(
            refunds.orderLineId,
            ls.map((l) => l.id),
          ),
        )
        .orderBy(asc(refunds.id))
    : [];
  // The checkout's capture and every refund of its payment (this order's and its siblings').
  const checkoutRefundIds = payment
    ? (await db.select({ id: refunds.id }).from(refunds).where(eq(refunds.paymentId, payment.id))).map((r) =>
        String(r.id),
      )
    : [];
  const txs = await db
    .select(txColumns)
    .from(ledgerTransactions)
    .where(
      or(
        and(
          eq(ledgerTransactions.kind, 'payment_captured'),
          eq(ledgerTransactions.reference, row.checkout.id),
        ),
        checkoutRefundIds.length
          ? and(
              // A refund's entry, its reversal when it failed, and the service fee's refund.
              inArray(ledgerTransactions.kind, ['refund', 'refund_reversal', 'service_fee_refund']),
              inArray(ledgerTransactions.reference, checkoutRefundIds),
            )
          : undefined,
      ),
    )
    .orderBy(asc(ledgerTransactions.id));
  return {
    ...row,
    payment: payment ?? null,
    siblings,
    lines,
    refunds: refundRows,
    ledger: await withPostings(db, txs),
  };
}

/** A pending payout of a seller without an enabled payment account (seller_payment_accounts). */
const heldPayout = sql<boolean>`${payouts.status} = 'pending' and not exists (select 1 from seller_payment_accounts a
        where a.seller_id = ${payouts.sellerId} and a.transfers_enabled and a.payouts_enabled)`;

export type PayoutRow = typeof payouts.$inferSelect & {
  sellerName: string;
  /** Pending because the seller has no enabled payment account (seller-payments' rule): held. */
  held: boolean;
};

export async function listPayouts(db: Db): Promise<PayoutRow[]> {
  const rows = await db
    .select({ payout: payouts, sellerName: sellers.name, held: heldPayout })
    .from(payouts)
    .innerJoin(sellers, eq(sellers.id, payouts.sellerId))
    .orderBy(desc(payouts.id))
    .limit(PAYOUTS_PAGE_SIZE);
  return rows.map((r) => ({ ...r.payout, sellerName: r.sellerName, held: Boolean(r.held) }));
}

export async function categoryOptions(db: Db): Promise<Array<{ id: number; name: string; level: number }>> {
  return db
    .select({ id: categories.id, name: categories.name, level: categories.level })
    .from(categories)
    .orderBy(asc(categories.name));
}

export async function sellerOptions(db: Db): Promise<Array<{ id: number; name: string }>> {
  return db.select({ id: sellers.id, name: sellers.name }).from(sellers).orderBy(asc(sellers.name));
}
