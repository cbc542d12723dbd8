import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { shipmentEvents, shipments } from './delivery.schema.ts';
import { nextStatus, type ParcelStatus } from './parcel.rules.ts';

export type ParcelEvent = {
  shipmentId: number;
  status: ParcelStatus;
  occurredAt: Date;
  source: 'seller' | 'sandbox' | 'carrier' | 'operator';
  detail?: Record<string, unknown>;
};

export type ParcelEventResult = { status: ParcelStatus; moved: boolean; deliveredNow: boolean };

/**
 * Record a tracking event and move the parcel on when it does (parcel.rules.ts). The event is
 * always kept; a delivered parcel records its delivery instant once.
 */
export async function recordParcelEvent(
  deps: { db: Db; now: Date },
  e: ParcelEvent,
): Promise<ParcelEventResult> {
  return deps.db.transaction(async (tx) => {
    const [s] = await tx
      .select({ status: shipments.status, deliveredAt: shipments.deliveredAt })
      .from(shipments)
      .where(eq(shipments.id, e.shipmentId))
      .for('update');
    if (!s) throw new Error(`No shipment ${e.shipmentId}`);
    await tx.insert(shipmentEvents).values({
      shipmentId: e.shipmentId,
      status: e.status,
      occurredAt: e.occurredAt,
      source: e.source,
      detail: e.detail ?? null,
      recordedAt: deps.now,
    });
    const status = nextStatus(s.status, e.status);
    const deliveredNow = status === 'delivered' && s.status !== 'delivered';
    if (status !== s.status)
      await tx
        .update(shipments)
        .set({ status, updatedAt: deps.now, ...(deliveredNow ? { deliveredAt: e.occurredAt } : {}) })
        .where(eq(shipments.id, e.shipmentId));
    return { status, moved: status !== s.status, deliveredNow };
  });
}
