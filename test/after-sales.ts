import { eq } from 'drizzle-orm';
import { recordParcelEvent } from '../src/modules/delivery/record-parcel-event.ts';
import { registerShipment } from '../src/modules/delivery/register-shipment.ts';
import { orderLines, orders } from '../src/modules/orders/orders.schema.ts';
import { createActor } from './actors.ts';
import { offerPicks, placeOrder, shipOrder, type TestApp } from './orders.ts';

export type ShippedLine = { lineId: number; offerId: number; orderId: number };

/**
 * A signed-in buyer with `count` paid and shipped one-line orders from one seller, each parcel
 * delivered now when `deliveredBy` names how (a carrier's event, or the sandbox carrier).
 */
export async function buyerWithShippedLines(
  t: TestApp,
  o: { email: string; count: number; deliveredBy?: 'carrier' | 'sandbox' },
): Promise<{ buyerId: number; sellerId: number; lines: ShippedLine[] }> {
  const buyerId = (await createActor(t.deps, { email: o.email })).userId;
  const picks = (await offerPicks(t)).filter((p) => p.quantity > 1);
  const sellerId = picks[0]!.sellerId;
  const lines: ShippedLine[] = [];
  for (const p of picks.filter((x) => x.sellerId === sellerId).slice(0, o.count)) {
    const orderId = (await placeOrder(t, { lines: [{ offerId: p.id }] })).orders[0].id as number;
    // Test checkouts are a guest's: these orders are given to the buyer.
    await t.deps.db.update(orders).set({ buyerUserId: buyerId }).where(eq(orders.id, orderId));
    await shipOrder(t, orderId);
    if (o.deliveredBy) {
      const now = t.clock.now();
      const shipper = o.deliveredBy === 'sandbox' ? 'sandbox' : 'Colissimo';
      const shipmentId = await registerShipment(
        { db: t.deps.db, now },
        { orderId, market: 'FR', shipper, trackingNumber: `T${orderId}`, shippedAt: now },
      );
      await recordParcelEvent(
        { db: t.deps.db, now },
        { shipmentId, status: 'delivered', occurredAt: now, source: o.deliveredBy },
      );
    }
    const [l] = await t.deps.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(eq(orderLines.orderId, orderId));
    lines.push({ lineId: l!.id, offerId: p.id, orderId });
  }
  return { buyerId, sellerId, lines };
}
