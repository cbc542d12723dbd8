import type { Db } from '../../platform/db/client.ts';
import { checkoutIdsOfBuyer, checkoutOfOrder } from '../orders/order-queries.ts';
import { loadReceipt, type ReceiptView } from './receipt.read-model.ts';

/** A buyer's checkouts, newest first (each with its orders), keyset-paginated. */
export async function buyerCheckouts(
  db: Db,
  userId: number,
  { before, limit = 20 }: { before?: number; limit?: number } = {},
) {
  const ids = await checkoutIdsOfBuyer(db, userId, { before, limit });
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
  const o = await checkoutOfOrder(db, orderId);
  return o && o.buyerUserId === userId ? loadReceipt(db, o.checkoutId).then((r) => r ?? null) : null;
}
