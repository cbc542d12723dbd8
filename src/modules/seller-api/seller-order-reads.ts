/**
 * A seller's orders for the seller API. Orders in state 0 (payment validation pending) and 8 (not
 * paid) never appear: Back Market says the seller must ignore them, and they must not be shipped.
 * An order's modification date is the latest of its creation, payment, shipping, cancellation and
 * its lines' updates.
 */
import { and, desc, eq, notInArray, type SQL, sql } from 'drizzle-orm';
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

/** The filters given, as a key: one prepared statement per combination (at most 16). */
const shapeOf = (f: OrderFilter) =>
  `${f.createdSince ? 'c' : ''}${f.modifiedSince ? 'm' : ''}${f.market ? 'k' : ''}${f.state !== undefined ? 's' : ''}`;

/** The WHERE clause with placeholders for the filters of `shape` (values in `paramsOf`). */
function whereShape(shape: string): SQL {
  const conds: SQL[] = [
    eq(orders.sellerId, sql.placeholder('sellerId')),
    notInArray(orders.state, [...HIDDEN_ORDER_STATES]),
  ];
  if (shape.includes('c'))
    conds.push(sql`${orders.createdAt} >= ${sql.placeholder('createdSince')}::timestamptz`);
  if (shape.includes('m'))
    conds.push(sql`${dateModification} >= ${sql.placeholder('modifiedSince')}::timestamptz`);
  if (shape.includes('k')) conds.push(eq(orders.market, sql.placeholder('market')));
  if (shape.includes('s')) conds.push(eq(orders.state, sql.placeholder('state')));
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
    .select({ order: orders, paymentMethod: checkouts.paymentMethod, modifiedAt: dateModification })
    .from(orders)
    .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId));
}

/**
 * The order list's statements, prepared once per database handle and filter combination: the
 * seller API is polled, and planning these joins cost about as much as running them.
 */
function prepareList(db: Db, shape: string) {
  const w = whereShape(shape);
  return {
    count: db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(w)
      .prepare(`ws_orders_count_${shape}`),
    page: heads(db)
      .where(w)
      .orderBy(desc(orders.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(`ws_orders_page_${shape}`),
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

const preparedLines = new WeakMap<Db, ReturnType<typeof prepareLines>>();
function prepareLines(db: Db) {
  return db
    .select({ line: orderLines, brand: products.brand })
    .from(orderLines)
    .leftJoin(products, eq(products.id, orderLines.productId))
    .where(sql`${orderLines.orderId} = ANY(${sql.placeholder('ids')}::int[])`)
    .orderBy(orderLines.id)
    .prepare('ws_order_lines');
}

async function withLines(
  db: Db,
  heads: Array<{ order: typeof orders.$inferSelect; paymentMethod: string; modifiedAt: unknown }>,
) {
  const ids = heads.map((h) => h.order.id);
  let q = preparedLines.get(db);
  if (!q) {
    q = prepareLines(db);
    preparedLines.set(db, q);
  }
  const lines = ids.length ? await q.execute({ ids }) : [];
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

export async function listSellerOrders(
  db: Db,
  a: { sellerId: number; filter: OrderFilter; offset: number; limit: number },
): Promise<{ count: number; orders: SellerOrderView[] }> {
  const q = listStatements(db, shapeOf(a.filter));
  const params = paramsOf(a.sellerId, a.filter);
  // The count and the page are independent: two connections of the pool answer them at once.
  const [[countRow], page] = await Promise.all([
    q.count.execute(params),
    q.page.execute({ ...params, limit: a.limit, offset: a.offset }),
  ]);
  return { count: Number(countRow?.n ?? 0), orders: await withLines(db, page) };
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
  return (await withLines(db, [head]))[0]!;
}
