import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { marketByCode } from '../../platform/markets.ts';
import { carrierNamed } from './carriers.ts';
import { shipmentEvents, shipments } from './delivery.schema.ts';
import { estimatedDelivery, trackingKey } from './parcel.rules.ts';

export type RegisterShipmentInput = {
  orderId: number;
  /** The order's market: its calendar dates the delivery estimate. */
  market: string;
  /** The carrier as the seller named it. */
  shipper: string | null;
  trackingNumber: string;
  shippedAt: Date;
  /** The last day of the seller's promise (paid + promised delay), when known. */
  promisedBy?: string | null;
};

/**
 * Follow the parcel of an order the seller has just shipped. Shipping again (a corrected tracking
 * number) restarts the parcel with the new number; its history is kept.
 */
export async function registerShipment(
  deps: { db: Db; now: Date },
  input: RegisterShipmentInput,
): Promise<number> {
  const market = marketByCode(input.market);
  if (!market) throw new Error(`Unknown market ${input.market}`);
  const carrier = carrierNamed(input.shipper);
  const values = {
    carrier: carrier.code,
    trackingNumber: input.trackingNumber.trim(),
    trackingKey: trackingKey(input.trackingNumber),
    status: 'label_created' as const,
    shippedAt: input.shippedAt,
    estimatedOn: estimatedDelivery(input.shippedAt, market),
    promisedBy: input.promisedBy ?? null,
    deliveredAt: null,
    updatedAt: deps.now,
  };
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(shipments)
      .values({ orderId: input.orderId, ...values })
      .onConflictDoUpdate({ target: shipments.orderId, set: values })
      .returning({ id: shipments.id });
    const id = row!.id;
    await tx.insert(shipmentEvents).values({
      shipmentId: id,
      status: 'label_created',
      occurredAt: input.shippedAt,
      source: 'seller',
      detail: { carrier: input.shipper ?? '', trackingNumber: values.trackingNumber },
      recordedAt: deps.now,
    });
    return id;
  });
}

/** The shipment of an order, for the parcel's id. */
export async function shipmentIdOfOrder(db: Db, orderId: number): Promise<number | null> {
  const [s] = await db.select({ id: shipments.id }).from(shipments).where(eq(shipments.orderId, orderId));
  return s?.id ?? null;
}
