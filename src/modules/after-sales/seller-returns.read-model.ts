/**
 * Read model: a seller's returns (withdrawals and commercial returns) for the seller API's
 * BackShip reads (/ws/shipping/v1/returns), newest first.
 */
import { and, count, desc, eq, gte, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orders } from '../orders/orders.schema.ts';
import { returns } from './after-sales.schema.ts';

export type ReturnFilter = {
  orderId?: number;
  createdFrom?: Date;
  createdTo?: Date;
  /** Reloop does not know when the buyer handed the parcel over: these match only a known date. */
  pickupFrom?: Date;
  pickupTo?: Date;
  orderState?: number;
  /** The parcel has come back (its label was necessarily scanned). */
  hubScanned?: boolean;
};

export type SellerReturn = typeof returns.$inferSelect & { currency: string };

function conditions(sellerId: number, f: ReturnFilter): SQL[] {
  const where: SQL[] = [eq(returns.sellerId, sellerId)];
  if (f.orderId !== undefined) where.push(eq(returns.orderId, f.orderId));
  if (f.createdFrom) where.push(gte(returns.requestedAt, f.createdFrom));
  if (f.createdTo) where.push(lte(returns.requestedAt, f.createdTo));
  // No pickup date is recorded for a return: a pickup filter matches none.
  if (f.pickupFrom || f.pickupTo) where.push(isNull(returns.id));
  if (f.orderState !== undefined) where.push(eq(orders.state, f.orderState));
  if (f.hubScanned === true) where.push(isNotNull(returns.receivedAt));
  if (f.hubScanned === false) where.push(isNull(returns.receivedAt));
  return where;
}

export async function sellerReturns(
  db: Db,
  sellerId: number,
  filter: ReturnFilter,
  page: { offset: number; limit: number },
): Promise<{ count: number; returns: SellerReturn[] }> {
  const where = and(...conditions(sellerId, filter));
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .where(where);
  const rows = await db
    .select({ r: returns, currency: orders.currency })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .where(where)
    .orderBy(desc(returns.id))
    .limit(page.limit)
    .offset(page.offset);
  return { count: Number(n), returns: rows.map(({ r, currency }) => ({ ...r, currency })) };
}

/** One of the seller's returns, or null. */
export async function sellerReturn(db: Db, sellerId: number, returnId: number): Promise<SellerReturn | null> {
  const [row] = await db
    .select({ r: returns, currency: orders.currency })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .where(and(eq(returns.id, returnId), eq(returns.sellerId, sellerId)));
  return row ? { ...row.r, currency: row.currency } : null;
}
