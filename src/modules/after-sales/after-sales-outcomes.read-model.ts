/**
 * Read model for the quality job: per seller, the closing reasons of the care folders closed in a
 * window and the order lines delivered in it (the rates' denominator). Joins care folders,
 * shipments and order lines; never writes.
 */
import { and, count, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { shipments } from '../delivery/delivery.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { careFolders } from './after-sales.schema.ts';
import { CLOSING_REASONS, type ClosingReason } from './outcomes.rules.ts';

export type SellerAfterSales = { reasons: ClosingReason[]; deliveredLines: number };

export async function afterSalesOutcomes(db: Db, since: Date): Promise<Map<number, SellerAfterSales>> {
  const out = new Map<number, SellerAfterSales>();
  const of = (sellerId: number) => {
    let s = out.get(sellerId);
    if (!s) {
      s = { reasons: [], deliveredLines: 0 };
      out.set(sellerId, s);
    }
    return s;
  };
  const delivered = await db
    .select({ sellerId: orders.sellerId, lines: count(orderLines.id) })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(and(isNotNull(shipments.deliveredAt), gte(shipments.deliveredAt, since)))
    .groupBy(orders.sellerId);
  for (const d of delivered) of(d.sellerId).deliveredLines = Number(d.lines);
  const closed = await db
    .select({ sellerId: careFolders.sellerId, reason: careFolders.closingReason })
    .from(careFolders)
    .where(and(eq(careFolders.status, 'closed'), gte(careFolders.closedAt, since)));
  for (const c of closed) {
    const reason = CLOSING_REASONS.find((r) => r === c.reason);
    if (reason) of(c.sellerId).reasons.push(reason);
  }
  return out;
}
