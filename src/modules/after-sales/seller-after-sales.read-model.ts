/**
 * Read model: a seller's returns and warranty claims for the seller portal's returns page (those
 * still to handle first, then newest), with the order line's product and the order's currency.
 * Joins after-sales, order lines and orders; never writes.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { returns, warrantyClaims } from './after-sales.schema.ts';

type Product = { productName: string; sku: string; currency: string };
export type SellerReturnRow = typeof returns.$inferSelect & Product;
export type SellerWarrantyClaim = typeof warrantyClaims.$inferSelect & Product;

export async function sellerReturnsToHandle(
  db: Db,
  sellerId: number,
  limit = 200,
): Promise<SellerReturnRow[]> {
  const rows = await db
    .select({
      r: returns,
      productName: orderLines.productName,
      sku: orderLines.sku,
      currency: orders.currency,
    })
    .from(returns)
    .innerJoin(orderLines, eq(orderLines.id, returns.orderLineId))
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .where(eq(returns.sellerId, sellerId))
    .orderBy(
      sql`case when ${returns.status} in ('requested', 'label_issued', 'received') then 0 else 1 end`,
      desc(returns.id),
    )
    .limit(limit);
  return rows.map(({ r, ...p }) => ({ ...r, ...p }));
}

export async function sellerWarrantyClaims(
  db: Db,
  sellerId: number,
  limit = 200,
): Promise<SellerWarrantyClaim[]> {
  const rows = await db
    .select({
      c: warrantyClaims,
      productName: orderLines.productName,
      sku: orderLines.sku,
      currency: orders.currency,
    })
    .from(warrantyClaims)
    .innerJoin(orderLines, eq(orderLines.id, warrantyClaims.orderLineId))
    .innerJoin(orders, eq(orders.id, warrantyClaims.orderId))
    .where(eq(warrantyClaims.sellerId, sellerId))
    .orderBy(
      sql`case when ${warrantyClaims.status} in ('open', 'in_progress') then 0 else 1 end`,
      desc(warrantyClaims.id),
    )
    .limit(limit);
  return rows.map(({ c, ...p }) => ({ ...c, ...p }));
}
