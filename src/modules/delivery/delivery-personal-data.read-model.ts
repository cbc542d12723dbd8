/**
 * Read model for "Download my data" (delivery.data-export.ts): the parcels of the person's orders
 * and their tracking events. Joins shipments with orders; never writes.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orders } from '../orders/orders.schema.ts';
import { shipmentEvents, shipments } from './delivery.schema.ts';

export async function parcelsOfPerson(db: Db, userId: number) {
  const parcels = await db
    .select({
      id: shipments.id,
      orderId: shipments.orderId,
      carrier: shipments.carrier,
      trackingNumber: shipments.trackingNumber,
      status: shipments.status,
      shippedAt: shipments.shippedAt,
      estimatedOn: shipments.estimatedOn,
      deliveredAt: shipments.deliveredAt,
    })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(eq(orders.buyerUserId, userId))
    .orderBy(asc(shipments.id));
  const events = parcels.length
    ? await db
        .select({
          shipmentId: shipmentEvents.shipmentId,
          status: shipmentEvents.status,
          occurredAt: shipmentEvents.occurredAt,
          reportedBy: shipmentEvents.source,
        })
        .from(shipmentEvents)
        .where(
          inArray(
            shipmentEvents.shipmentId,
            parcels.map((p) => p.id),
          ),
        )
        .orderBy(asc(shipmentEvents.occurredAt), asc(shipmentEvents.id))
    : [];
  return { parcels, events };
}
