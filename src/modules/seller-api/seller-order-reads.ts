/**
 * A seller's orders for the seller API. Orders in state 0 (payment validation pending) and 8 (not
 * paid) never appear: Back Market says the seller must ignore them, and they must not be shipped.
 * An order's modification date is the latest of its creation, payment, shipping, cancellation and
 * its lines' updates.
 */
import { and, desc, eq, gte, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { products } from '../catalog/catalog.schema.ts';
import { checkouts, orderLines, orders } from '../orders/orders.schema.ts';

/** Order states never shown through the seller API. */
export const HIDDEN_ORDER_STATES = [0, 8] as const;

const dateModification = sql<Date>`GREATEST(${orders.createdAt}, ${orders.paidAt}, ${orders.shippedAt}, ${orders.cancelledAt}, (SELECT max(l.updated_at) FROM order_lines l WHERE l.order_id = ${orders.id}))`;

export type OrderFilter = {
  createdSince?: Date;
  modifiedSince?: Date;
  market?: string;
  state?: number;
};

function whereOrders(sellerId: number, f: OrderFilter): SQL {
  const conds: SQL[] = [eq(orders.sellerId, sellerId), notInArray(orders.state, [...HIDDEN_ORDER_STATES])];
  if (f.createdSince) conds.push(gte(orders.createdAt, f.createdSince));
  if (f.modifiedSince) conds.push(sql`${dateModification} >= ${f.modifiedSince.toISOString()}::timestamptz`);
  if (f.market) conds.push(eq(orders.market, f.market));
  if (f.state !== undefined) conds.push(eq(orders.state, f.state));
  return and(...conds)!;
}

async function withLines(
  db: Db,
  heads: Array<{ order: typeof orders.$inferSelect; paymentMethod: string; modifiedAt: unknown }>,
) {
  const ids = heads.map((h) => h.order.id);
  const lines = ids.length
    ? await db
        .select({ line: orderLines, brand: products.brand })
        .from(orderLines)
        .leftJoin(products, eq(products.id, orderLines.productId))
        .where(inArray(orderLines.orderId, ids))
        .orderBy(orderLines.id)
    : [];
  return heads.map((h) => ({
    order: h.order,
    paymentMethod: h.paymentMethod,
    modifiedAt: new Date(h.modifiedAt as string),
    lines: lines
      .filter((l) => l.line.orderId === h.order.id)
      .map((l) => ({ ...l.line, brand: l.brand ?? '' })),
  }));
}

export type SellerOrderView = Awaited<ReturnType<typeof withLines>>[number];

function heads(db: Db) {
  return db
    .select({ order: orders, paymentMethod: checkouts.paymentMethod, modifiedAt: dateModification })
    .from(orders)
    .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId));
}

export async function listSellerOrders(
  db: Db,
  a: { sellerId: number; filter: OrderFilter; offset: number; limit: number },
): Promise<{ count: number; orders: SellerOrderView[] }> {
  const w = whereOrders(a.sellerId, a.filter);
  // The count and the page are independent: two connections of the pool answer them at once.
  const [[countRow], page] = await Promise.all([
    db.select({ n: sql<number>`count(*)::int` }).from(orders).where(w),
    heads(db).where(w).orderBy(desc(orders.id)).limit(a.limit).offset(a.offset),
  ]);
  return { count: Number(countRow?.n ?? 0), orders: await withLines(db, page) };
}

/** One of the seller's visible orders, or null. */
export async function getSellerOrder(
  db: Db,
  sellerId: number,
  orderId: number,
): Promise<SellerOrderView | null> {
  const [head] = await heads(db).where(and(eq(orders.id, orderId), whereOrders(sellerId, {})));
  if (!head) return null;
  return (await withLines(db, [head]))[0]!;
}
