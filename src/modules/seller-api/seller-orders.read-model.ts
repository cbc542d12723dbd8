/**
 * Read model: a seller's orders for the seller API (`/ws/orders`) — orders and lines (orders), the
 * payment method (checkout) and the products' brands (catalog). Never writes.
 *
 * A seller's orders for the seller API. Orders in state 0 (payment validation pending), 10 (awaiting
 * the buyer's transfer) and 8 (not paid) never appear: Back Market says the seller must ignore
 * them, they must not be shipped, and a seller never sees who placed an order that was not paid.
 * An order's modification date is the latest of its creation, payment, shipping, cancellation and
 * its lines' updates.
 */
import { and, asc, desc, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { products } from '../catalog/catalog.schema.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { ORDER } from '../orders/order-states.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import type { OrderRow } from '../orders/orders.types.ts';

/**
 * Order states never shown through the seller API: no sale (yet), so never the buyer's name or
 * address either — payment pending (0), awaiting the buyer's transfer (10), not paid (8: a
 * declined card, an unpaid transfer). Back Market: "Merchants recover an order on state 1".
 */
export const HIDDEN_ORDER_STATES = [ORDER.new, ORDER.awaitingPayment, ORDER.notPaid] as const;

/**
 * The same date in JS, from the order and its lines (the page reads the lines anyway): computing
 * it in the page's SQL made PostgreSQL re-plan the statement on every call (≈ 1.5 ms).
 */
export function modificationDate(
  o: Pick<OrderRow, 'createdAt' | 'paidAt' | 'shippedAt' | 'cancelledAt'>,
  lines: ReadonlyArray<{ updatedAt: Date }>,
): Date {
  let t = o.createdAt.getTime();
  for (const d of [o.paidAt, o.shippedAt, o.cancelledAt, ...lines.map((l) => l.updatedAt)])
    if (d && d.getTime() > t) t = d.getTime();
  return new Date(t);
}

/** `orders` or an alias of it. */
type OrdersTable = Record<
  'id' | 'sellerId' | 'state' | 'createdAt' | 'paidAt' | 'shippedAt' | 'cancelledAt' | 'market',
  AnyPgColumn
>;

const dateModification = (o: OrdersTable) =>
  sql<Date>`GREATEST(${o.createdAt}, ${o.paidAt}, ${o.shippedAt}, ${o.cancelledAt}, (SELECT max(l.updated_at) FROM order_lines l WHERE l.order_id = ${o.id}))`;

export type OrderFilter = {
  createdSince?: Date;
  modifiedSince?: Date;
  market?: string;
  state?: number;
};

/** The filters given, as a key: one prepared statement per combination (at most 16). */
const shapeOf = (f: OrderFilter) =>
  `${f.createdSince ? 'c' : ''}${f.modifiedSince ? 'm' : ''}${f.market ? 'k' : ''}${f.state !== undefined ? 's' : ''}`;

/** The WHERE clause with placeholders for the filters of `shape` (values in `paramsOf`). */
function whereShape(shape: string, o: OrdersTable): SQL {
  const conds: SQL[] = [
    eq(o.sellerId, sql.placeholder('sellerId')),
    notInArray(o.state, [...HIDDEN_ORDER_STATES]),
  ];
  if (shape.includes('c')) conds.push(sql`${o.createdAt} >= ${sql.placeholder('createdSince')}::timestamptz`);
  if (shape.includes('m'))
    conds.push(sql`${dateModification(o)} >= ${sql.placeholder('modifiedSince')}::timestamptz`);
  if (shape.includes('k')) conds.push(eq(o.market, sql.placeholder('market')));
  if (shape.includes('s')) conds.push(eq(o.state, sql.placeholder('state')));
  return and(...conds)!;
}

function paramsOf(sellerId: number, f: OrderFilter): Record<string, unknown> {
  return {
    sellerId,
    ...(f.createdSince ? { createdSince: f.createdSince.toISOString() } : {}),
    ...(f.modifiedSince ? { modifiedSince: f.modifiedSince.toISOString() } : {}),
    ...(f.market ? { market: f.market } : {}),
    ...(f.state !== undefined ? { state: f.state } : {}),
  };
}

function heads(db: Db) {
  return db
    .select({ order: orders, paymentMethod: checkouts.paymentMethod })
    .from(orders)
    .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId));
}

/**
 * The order list as ONE prepared statement per filter combination: the page of orders (chosen by
 * a subquery, so LIMIT counts orders, not lines) with their payment method, lines and the
 * products' brands, and the total as an uncorrelated subquery. The seller API is polled: one
 * round trip instead of three (each a socket write and a wake-up of the database), no planning
 * after the first calls. An empty page (offset past the end) has no row to carry the total: it is
 * counted apart.
 */
function prepareList(db: Db, shape: string) {
  const counted = alias(orders, 'counted');
  const paged = alias(orders, 'paged');
  return {
    page: db
      .select({
        order: orders,
        paymentMethod: checkouts.paymentMethod,
        line: orderLines,
        brand: products.brand,
        total: sql<number>`(SELECT count(*)::int FROM ${orders} AS ${sql.identifier('counted')} WHERE ${whereShape(shape, counted)})`,
      })
      .from(orders)
      .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId))
      .leftJoin(orderLines, eq(orderLines.orderId, orders.id))
      .leftJoin(products, eq(products.id, orderLines.productId))
      .where(
        inArray(
          orders.id,
          db
            .select({ id: paged.id })
            .from(paged)
            .where(whereShape(shape, paged))
            .orderBy(desc(paged.id))
            .limit(sql.placeholder('limit'))
            .offset(sql.placeholder('offset')),
        ),
      )
      .orderBy(desc(orders.id), asc(orderLines.id))
      .prepare(`ws_orders_page_${shape}`),
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(whereShape(shape, orders))
      .prepare(`ws_orders_count_${shape}`),
  };
}
type PreparedList = ReturnType<typeof prepareList>;
const preparedLists = new WeakMap<Db, Map<string, PreparedList>>();

function listStatements(db: Db, shape: string): PreparedList {
  let byShape = preparedLists.get(db);
  if (!byShape) {
    byShape = new Map();
    preparedLists.set(db, byShape);
  }
  let q = byShape.get(shape);
  if (!q) {
    q = prepareList(db, shape);
    byShape.set(shape, q);
  }
  return q;
}

async function withLines(db: Db, head: { order: OrderRow; paymentMethod: string }) {
  const rows = await db
    .select({ line: orderLines, brand: products.brand })
    .from(orderLines)
    .leftJoin(products, eq(products.id, orderLines.productId))
    .where(eq(orderLines.orderId, head.order.id))
    .orderBy(orderLines.id);
  const lines = rows.map((l) => ({ ...l.line, brand: l.brand ?? '' }));
  return { ...head, modifiedAt: modificationDate(head.order, lines), lines };
}

export type SellerOrderView = Awaited<ReturnType<typeof withLines>>;

export async function listSellerOrders(
  db: Db,
  a: { sellerId: number; filter: OrderFilter; offset: number; limit: number },
): Promise<{ count: number; orders: SellerOrderView[] }> {
  const q = listStatements(db, shapeOf(a.filter));
  const params = paramsOf(a.sellerId, a.filter);
  const rows = await q.page.execute({ ...params, limit: a.limit, offset: a.offset });
  const count = rows[0]?.total ?? (await q.count.execute(params))[0]?.n ?? 0;
  const views: SellerOrderView[] = [];
  for (const r of rows) {
    let v = views.at(-1);
    if (v?.order.id !== r.order.id) {
      v = { order: r.order, paymentMethod: r.paymentMethod, modifiedAt: r.order.createdAt, lines: [] };
      views.push(v);
    }
    if (r.line) v.lines.push({ ...r.line, brand: r.brand ?? '' });
  }
  for (const v of views) v.modifiedAt = modificationDate(v.order, v.lines);
  return { count: Number(count), orders: views };
}

const preparedVersion = new WeakMap<Db, ReturnType<typeof prepareVersion>>();
function prepareVersion(db: Db) {
  return db
    .select({ v: sql<string>`coalesce(max(${orders.changeSeq}), 0)` })
    .from(orders)
    .where(eq(orders.sellerId, sql.placeholder('sellerId')))
    .prepare('ws_orders_version');
}

/**
 * The version of a seller's order list: the largest change number of its orders (migration 0014
 * bumps it on every change of an order or its lines). One index lookup.
 */
export async function sellerOrdersVersion(db: Db, sellerId: number): Promise<number> {
  let q = preparedVersion.get(db);
  if (!q) {
    q = prepareVersion(db);
    preparedVersion.set(db, q);
  }
  const [row] = await q.execute({ sellerId });
  return Number(row?.v ?? 0);
}

/** One of the seller's visible orders, or null. */
export async function getSellerOrder(
  db: Db,
  sellerId: number,
  orderId: number,
): Promise<SellerOrderView | null> {
  const [head] = await heads(db).where(
    and(
      eq(orders.id, orderId),
      eq(orders.sellerId, sellerId),
      notInArray(orders.state, [...HIDDEN_ORDER_STATES]),
    ),
  );
  if (!head) return null;
  return withLines(db, head);
}
