/**
 * Read model for the quality job (recompute-quality.ts): every paid order line in a window with
 * its order's seller, market, carrier and dates, and the shipping options of the offer in that
 * market (for the promised delay), and its tracked parcel's delivery (delivery module). Joins
 * orders, order lines, offer terms and shipments; never writes.
 */
import { and, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { shipments } from '../delivery/delivery.schema.ts';
import { offerPrices } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';

export async function paidLineOutcomes(db: Db, since: Date) {
  return db
    .select({
      orderId: orders.id,
      sellerId: orders.sellerId,
      market: orders.market,
      carrier: orders.shippingOption,
      paidAt: orders.paidAt,
      shippedAt: orders.shippedAt,
      promisedBy: shipments.promisedBy,
      deliveredAt: shipments.deliveredAt,
      state: orderLines.state,
      shipping: offerPrices.shipping,
    })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .leftJoin(
      offerPrices,
      and(eq(offerPrices.offerId, orderLines.offerId), eq(offerPrices.market, orders.market)),
    )
    .leftJoin(shipments, eq(shipments.orderId, orders.id))
    .where(and(isNotNull(orders.paidAt), gte(orders.paidAt, since)));
}
