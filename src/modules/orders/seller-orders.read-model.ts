/**
 * Read model for the seller portal's order pages and dashboard: a seller's orders (with their
 * line counts, and the buyer's name once paid), counts per state, paid orders per day. Reads
 * orders and order lines; never writes.
 */
import { and, count, desc, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { ORDER, type OrderState } from './order-states.ts';
import { orderLines, orders } from './orders.schema.ts';

/**
 * Orders whose payment is confirmed (paid, to ship, processed): only these show the seller who
 * the buyer is. An order pending payment (0), awaiting a transfer (10) or not paid (8: a declined
 * card, an unpaid transfer) is no sale: the seller sees it without the buyer's name or address.
 */
const BUYER_SHOWN: ReadonlySet<number> = new Set<OrderState>([ORDER.paid, ORDER.toShip, ORDER.processed]);
export const showsBuyer = (orderState: number): boolean => BUYER_SHOWN.has(orderState);

/** Paid orders per UTC day over the last `days` days (today included), oldest first, zeros kept. */
export async function ordersPerDay(db: Db, sellerId: number, now: Date, days = 30) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = new Date(today - (days - 1) * DAY_MS);
  const rows = await db
    .select({ paidAt: orders.paidAt })
    .from(orders)
    .where(
      and(
        eq(orders.sellerId, sellerId),
        isNotNull(orders.paidAt),
        gte(orders.paidAt, from),
        lte(orders.paidAt, now),
      ),
    );
  const counts = new Map<string, number>();
  for (const r of rows) {
    const day = new Date(r.paidAt!).toISOString().slice(0, 10);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(from.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return { day, orders: counts.get(day) ?? 0 };
  });
}

export async function listSellerOrders(
  db: Db,
  sellerId: number,
  opts: { state: number | null; page: number; pageSize: number },
) {
  const where = and(
    eq(orders.sellerId, sellerId),
    opts.state === null ? undefined : eq(orders.state, opts.state),
  );
  const [total] = await db.select({ n: count() }).from(orders).where(where);
  const page = await db
    .select({
      id: orders.id,
      state: orders.state,
      market: orders.market,
      currency: orders.currency,
      totalMinor: orders.totalMinor,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      shippingAddress: orders.shippingAddress,
    })
    .from(orders)
    .where(where)
    .orderBy(desc(orders.id))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize);
  // The page's line counts, grouped by order (a correlated count in the select list lost its
  // table names and counted the wrong rows: "13 lines" on one-line orders).
  const lineCounts = page.length
    ? await db
        .select({ orderId: orderLines.orderId, n: count() })
        .from(orderLines)
        .where(
          inArray(
            orderLines.orderId,
            page.map((o) => o.id),
          ),
        )
        .groupBy(orderLines.orderId)
    : [];
  const linesOf = new Map(lineCounts.map((l) => [l.orderId, Number(l.n)]));
  const rows = page.map(({ shippingAddress, ...o }) => ({
    ...o,
    lines: linesOf.get(o.id) ?? 0,
    /** The buyer's name once the order is paid; null before (and when never paid). */
    buyerName: showsBuyer(o.state) ? shippingAddress.name : null,
  }));
  const counts = await db
    .select({ state: orders.state, n: count() })
    .from(orders)
    .where(eq(orders.sellerId, sellerId))
    .groupBy(orders.state);
  return {
    total: Number(total?.n ?? 0),
    rows,
    byState: new Map(counts.map((c) => [c.state, Number(c.n)])),
  };
}

export type SellerOrderList = Awaited<ReturnType<typeof listSellerOrders>>;

/** Orders waiting for the seller's acceptance (state 1). */
export async function ordersWaiting(db: Db, sellerId: number): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.sellerId, sellerId), eq(orders.state, 1)));
  return Number(r?.n ?? 0);
}
