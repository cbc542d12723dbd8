import { and, desc, eq, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orders } from '../orders/orders.schema.ts';
import { loadReceipt, type ReceiptView } from './receipt.ts';

/** A buyer's checkouts, newest first (each with its orders), keyset-paginated. */
export async function buyerCheckouts(
  db: Db,
  userId: number,
  { before, limit = 20 }: { before?: number; limit?: number } = {},
) {
  const rows = await db
    .selectDistinct({ checkoutId: orders.checkoutId, id: orders.id })
    .from(orders)
    .where(and(eq(orders.buyerUserId, userId), before ? lt(orders.id, before) : undefined))
    .orderBy(desc(orders.id))
    .limit(limit * 3);
  const ids = [...new Set(rows.map((r) => r.checkoutId))].slice(0, limit);
  const receipts = await Promise.all(ids.map((id) => loadReceipt(db, id)));
  return receipts.filter((r): r is ReceiptView => !!r);
}

/** One checkout, only for its buyer. */
export async function buyerCheckout(
  db: Db,
  userId: number | null,
  checkoutId: string,
): Promise<ReceiptView | null> {
  if (!/^[0-9a-f-]{36}$/.test(checkoutId)) return null;
  const r = await loadReceipt(db, checkoutId);
  return r && r.buyerUserId !== null && r.buyerUserId === userId ? r : null;
}

/** The checkout an order belongs to, only for its buyer. */
export async function buyerCheckoutOfOrder(
  db: Db,
  userId: number,
  orderId: number,
): Promise<ReceiptView | null> {
  const [o] = await db
    .select({ checkoutId: orders.checkoutId, buyer: orders.buyerUserId })
    .from(orders)
    .where(eq(orders.id, orderId));
  return o && o.buyer === userId ? loadReceipt(db, o.checkoutId).then((r) => r ?? null) : null;
}
