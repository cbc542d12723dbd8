/**
 * Read model: a seller's parcels (one per shipped order) for the seller API's BackShip reads
 * (/ws/shipping/v1/deliveries) — filtered like Back Market's, newest first.
 */
import { and, count, desc, eq, gte, inArray, lte, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { carrierByCode } from './carriers.ts';
import { shipments } from './delivery.schema.ts';
import type { ParcelStatus } from './parcel.rules.ts';

export type DeliveryFilter = {
  orderId?: number;
  /** On the day the parcel was handed to the carrier (its label is made then). */
  createdFrom?: Date;
  createdTo?: Date;
  pickupFrom?: Date;
  pickupTo?: Date;
  orderState?: number;
  /** The carrier has scanned the parcel (it moved past "label created"). */
  hubScanned?: boolean;
};

export type SellerDelivery = {
  shipmentId: number;
  orderId: number;
  orderLineIds: number[];
  carrier: string;
  carrierName: string;
  trackingNumber: string;
  trackingUrl: string | null;
  status: ParcelStatus;
  shippedAt: Date;
  estimatedOn: string;
  deliveredAt: Date | null;
  currency: string;
};

function conditions(sellerId: number, f: DeliveryFilter): SQL[] {
  const where: SQL[] = [eq(orders.sellerId, sellerId)];
  if (f.orderId !== undefined) where.push(eq(shipments.orderId, f.orderId));
  if (f.createdFrom) where.push(gte(shipments.shippedAt, f.createdFrom));
  if (f.createdTo) where.push(lte(shipments.shippedAt, f.createdTo));
  if (f.pickupFrom) where.push(gte(shipments.shippedAt, f.pickupFrom));
  if (f.pickupTo) where.push(lte(shipments.shippedAt, f.pickupTo));
  if (f.orderState !== undefined) where.push(eq(orders.state, f.orderState));
  if (f.hubScanned === true) where.push(ne(shipments.status, 'label_created'));
  if (f.hubScanned === false) where.push(eq(shipments.status, 'label_created'));
  return where;
}

async function withLines(db: Db, rows: { s: typeof shipments.$inferSelect; currency: string }[]) {
  const lines = rows.length
    ? await db
        .select({ id: orderLines.id, orderId: orderLines.orderId })
        .from(orderLines)
        .where(
          inArray(
            orderLines.orderId,
            rows.map((r) => r.s.orderId),
          ),
        )
        .orderBy(orderLines.id)
    : [];
  return rows.map(({ s, currency }): SellerDelivery => {
    const carrier = carrierByCode(s.carrier);
    return {
      shipmentId: s.id,
      orderId: s.orderId,
      orderLineIds: lines.filter((l) => l.orderId === s.orderId).map((l) => l.id),
      carrier: s.carrier,
      carrierName: carrier?.name ?? s.carrier,
      trackingNumber: s.trackingNumber,
      trackingUrl: carrier?.trackingUrl(s.trackingNumber) ?? null,
      status: s.status,
      shippedAt: s.shippedAt,
      estimatedOn: s.estimatedOn,
      deliveredAt: s.deliveredAt,
      currency,
    };
  });
}

export async function sellerDeliveries(
  db: Db,
  sellerId: number,
  filter: DeliveryFilter,
  page: { offset: number; limit: number },
): Promise<{ count: number; deliveries: SellerDelivery[] }> {
  const where = and(...conditions(sellerId, filter));
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(where);
  const rows = await db
    .select({ s: shipments, currency: orders.currency })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(where)
    .orderBy(desc(shipments.id))
    .limit(page.limit)
    .offset(page.offset);
  return { count: Number(n), deliveries: await withLines(db, rows) };
}

/** One of the seller's parcels, or null (another seller's parcel is nobody's to this seller). */
export async function sellerDelivery(db: Db, sellerId: number, shipmentId: number) {
  const rows = await db
    .select({ s: shipments, currency: orders.currency })
    .from(shipments)
    .innerJoin(orders, eq(orders.id, shipments.orderId))
    .where(and(eq(shipments.id, shipmentId), eq(orders.sellerId, sellerId)));
  return (await withLines(db, rows))[0] ?? null;
}
