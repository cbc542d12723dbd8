/**
 * Read model: the parcels of orders, for the buyer's and the seller's order pages and the seller
 * API — status, carrier, tracking link, estimate and delivery date.
 */
import { asc, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { carrierByCode } from './carriers.ts';
import { shipmentEvents, shipments } from './delivery.schema.ts';
import type { ParcelStatus } from './parcel.rules.ts';

export type ParcelView = {
  orderId: number;
  carrier: string;
  carrierName: string;
  trackingNumber: string;
  trackingUrl: string | null;
  status: ParcelStatus;
  shippedAt: Date;
  estimatedOn: string;
  deliveredAt: Date | null;
  late: boolean;
  events: { status: string; occurredAt: Date }[];
};

export async function parcelsOfOrders(db: Db, orderIds: readonly number[]): Promise<Map<number, ParcelView>> {
  const out = new Map<number, ParcelView>();
  if (!orderIds.length) return out;
  const rows = await db
    .select()
    .from(shipments)
    .where(inArray(shipments.orderId, [...orderIds]));
  if (!rows.length) return out;
  const events = await db
    .select({
      shipmentId: shipmentEvents.shipmentId,
      status: shipmentEvents.status,
      occurredAt: shipmentEvents.occurredAt,
    })
    .from(shipmentEvents)
    .where(
      inArray(
        shipmentEvents.shipmentId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.id));
  for (const r of rows) {
    const carrier = carrierByCode(r.carrier);
    const deliveredOn = r.deliveredAt?.toISOString().slice(0, 10) ?? null;
    out.set(r.orderId, {
      orderId: r.orderId,
      carrier: r.carrier,
      carrierName: carrier?.name ?? r.carrier,
      trackingNumber: r.trackingNumber,
      trackingUrl: carrier?.trackingUrl(r.trackingNumber) ?? null,
      status: r.status,
      shippedAt: r.shippedAt,
      estimatedOn: r.estimatedOn,
      deliveredAt: r.deliveredAt,
      late: !!(r.promisedBy && deliveredOn && deliveredOn > r.promisedBy),
      events: events
        .filter((e) => e.shipmentId === r.id)
        .map(({ status, occurredAt }) => ({ status, occurredAt })),
    });
  }
  return out;
}
