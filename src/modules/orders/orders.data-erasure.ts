/**
 * Erasure of a buyer's orders: a paid or invoiced order is an accounting record (the seller's
 * invoice prints its addresses, lines and VAT number; the payment and any refund are booked
 * against it) and is held for the market's accounting period, which also keeps an order still
 * being delivered intact; an order never paid loses its addresses and VAT number at once. When the
 * hold ends, the order is anonymised the same way. Lines carry no personal data.
 */
import { and, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import { accountingHold } from '../privacy/legal-holds.rules.ts';
import { orders } from './orders.schema.ts';
import type { PostalAddress } from './orders.types.ts';

/** What is left of an address: the country (sales statistics by country keep working). */
const redacted = (a: PostalAddress): PostalAddress => ({
  name: '',
  line1: '',
  postalCode: '',
  city: '',
  country: a.country,
});

/** The orders a person placed, with their market (for the erasers of documents about them). */
export async function buyerOrders(db: Db, userId: number): Promise<Array<{ id: number; market: string }>> {
  return db
    .select({ id: orders.id, market: orders.market })
    .from(orders)
    .where(eq(orders.buyerUserId, userId));
}

async function anonymiseOrders(db: Db, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .select({ id: orders.id, shipping: orders.shippingAddress, billing: orders.billingAddress })
    .from(orders)
    .where(inArray(orders.id, ids));
  for (const o of rows) {
    await db
      .update(orders)
      .set({
        shippingAddress: redacted(o.shipping),
        billingAddress: redacted(o.billing),
        buyerVatNumber: null,
      })
      .where(eq(orders.id, o.id));
  }
  return rows.length;
}

export const ordersEraser: DataEraser = {
  module: 'orders',
  async erase({ db }, { userId }) {
    const accounted = await db
      .select({ id: orders.id, market: orders.market, paidAt: orders.paidAt, createdAt: orders.createdAt })
      .from(orders)
      .where(
        and(eq(orders.buyerUserId, userId), or(isNotNull(orders.paidAt), isNotNull(orders.invoiceNumber))),
      );
    const neverPaid = await db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.buyerUserId, userId), isNull(orders.paidAt), isNull(orders.invoiceNumber)));
    const anonymised = await anonymiseOrders(
      db,
      neverPaid.map((o) => o.id),
    );
    return {
      tallies: [tally('orders', { anonymised })],
      held: accounted.map((o) => ({
        dataset: 'orders',
        recordRef: String(o.id),
        // The invoice is dated when the order is paid (seller-invoice.read-model: paidAt ?? createdAt).
        ...accountingHold(o.market, o.paidAt ?? o.createdAt),
      })),
    };
  },
  async releaseHolds({ db }, { userId, holds, now }) {
    const due = holds.filter((h) => h.dataset === 'orders' && h.until && h.until.getTime() <= now.getTime());
    const ids = due.map((h) => Number(h.recordRef));
    const mine = ids.length
      ? await db
          .select({ id: orders.id })
          .from(orders)
          .where(and(inArray(orders.id, ids), eq(orders.buyerUserId, userId)))
      : [];
    await anonymiseOrders(
      db,
      mine.map((o) => o.id),
    );
    return due.map((h) => ({ dataset: h.dataset, recordRef: h.recordRef }));
  },
};
