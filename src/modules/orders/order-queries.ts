import { and, asc, desc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orderLines, orders } from './orders.schema.ts';
import type { OrderLineRow, OrderRow } from './orders.types.ts';

/** Query functions of the orders module: other modules read orders and lines through these. */

type Reader = Pick<Db, 'select'>;

/** The orders of a checkout (one per seller), by id. */
export async function ordersOfCheckout(db: Reader, checkoutId: string): Promise<OrderRow[]> {
  return db.select().from(orders).where(eq(orders.checkoutId, checkoutId)).orderBy(asc(orders.id));
}

/** The lines of some orders, by id. */
export async function linesOfOrders(db: Reader, orderIds: readonly number[]): Promise<OrderLineRow[]> {
  if (orderIds.length === 0) return [];
  return db
    .select()
    .from(orderLines)
    .where(inArray(orderLines.orderId, [...orderIds]))
    .orderBy(asc(orderLines.id));
}

/** One order with its lines, or null, in one read. Only the seller's own order when `sellerId` is given. */
export async function orderWithLines(
  db: Reader,
  orderId: number,
  sellerId?: number,
): Promise<{ order: OrderRow; lines: OrderLineRow[] } | null> {
  const found = byOrder(
    await db
      .select({ order: orders, line: orderLines })
      .from(orders)
      .leftJoin(orderLines, eq(orderLines.orderId, orders.id))
      .where(and(eq(orders.id, orderId), sellerId === undefined ? undefined : eq(orders.sellerId, sellerId)))
      .orderBy(asc(orderLines.id))
      .prepare(sellerId === undefined ? 'order_with_lines' : 'seller_order_with_lines')
      .execute(),
  );
  return found.orders[0] ? { order: found.orders[0], lines: found.lines } : null;
}

/** The orders of a checkout (by id) and all their lines (by id), in one read. */
export async function ordersWithLinesOfCheckout(
  db: Reader,
  checkoutId: string,
): Promise<{ orders: OrderRow[]; lines: OrderLineRow[] }> {
  return byOrder(
    await db
      .select({ order: orders, line: orderLines })
      .from(orders)
      .leftJoin(orderLines, eq(orderLines.orderId, orders.id))
      .where(eq(orders.checkoutId, checkoutId))
      .orderBy(asc(orderLines.id))
      .prepare('orders_with_lines_of_checkout')
      .execute(),
  );
}

/** Rows of orders joined with their lines, as the orders (by id) and the lines (as read). */
function byOrder(rows: Array<{ order: OrderRow; line: OrderLineRow | null }>) {
  const found = new Map<number, OrderRow>();
  const lines: OrderLineRow[] = [];
  for (const r of rows) {
    if (!found.has(r.order.id)) found.set(r.order.id, r.order);
    if (r.line) lines.push(r.line);
  }
  return { orders: [...found.values()].sort((a, b) => a.id - b.id), lines };
}

/**
 * One line with its order, or null. `lock` takes the line's row lock (FOR UPDATE) until the
 * caller's transaction ends: a refund checks the line's state under it.
 */
export async function findOrderLine(
  db: Reader,
  orderLineId: number,
  { lock = false }: { lock?: boolean } = {},
): Promise<{ line: OrderLineRow; order: OrderRow } | null> {
  const q = db
    .select({ line: orderLines, order: orders })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(eq(orderLines.id, orderLineId));
  const [row] = lock ? await q.for('update', { of: orderLines }) : await q;
  return row ?? null;
}

/** A line's IMEI and serial number, or null when there is no such line. */
export async function lineIdentifiers(
  db: Reader,
  orderLineId: number,
): Promise<{ imei: string | null; serialNumber: string | null } | null> {
  const [row] = await db
    .select({ imei: orderLines.imei, serialNumber: orderLines.serialNumber })
    .from(orderLines)
    .where(eq(orderLines.id, orderLineId));
  return row ?? null;
}

/** The lines of a checkout that carry an insurance premium. */
export async function insuredLinesOfCheckout(db: Reader, checkoutId: string): Promise<OrderLineRow[]> {
  const rows = await db
    .select({ line: orderLines })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.checkoutId, checkoutId), gt(orderLines.insurancePremiumMinor, 0)));
  return rows.map((r) => r.line);
}

/** A buyer's checkouts that have orders, newest order first (keyset on the order id). */
export async function checkoutIdsOfBuyer(
  db: Db,
  userId: number,
  { before, limit }: { before?: number; limit: number },
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ checkoutId: orders.checkoutId, id: orders.id })
    .from(orders)
    .where(and(eq(orders.buyerUserId, userId), before ? lt(orders.id, before) : undefined))
    .orderBy(desc(orders.id))
    .limit(limit * 3);
  return [...new Set(rows.map((r) => r.checkoutId))].slice(0, limit);
}

/** The checkout and buyer of an order, or null. */
export async function checkoutOfOrder(
  db: Reader,
  orderId: number,
): Promise<{ checkoutId: string; buyerUserId: number | null } | null> {
  const [o] = await db
    .select({ checkoutId: orders.checkoutId, buyerUserId: orders.buyerUserId })
    .from(orders)
    .where(eq(orders.id, orderId));
  return o ?? null;
}
