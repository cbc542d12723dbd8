import { and, eq, notInArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import { carrierByCode } from './carriers.ts';
import { shipments } from './delivery.schema.ts';
import { recordParcelEvent } from './record-parcel-event.ts';

const BATCH = 500;

/**
 * Move the sandbox carrier's parcels to where they are on the (injected) clock: one event per
 * status they reached since the last run. Idempotent.
 */
export async function advanceSandboxParcels(deps: {
  db: Db;
  clock: Clock;
}): Promise<{ moved: number; delivered: number }> {
  const now = deps.clock.now();
  const sandbox = carrierByCode('sandbox');
  if (!sandbox?.statusAt) return { moved: 0, delivered: 0 };
  const open = await deps.db
    .select({
      id: shipments.id,
      status: shipments.status,
      shippedAt: shipments.shippedAt,
      estimatedOn: shipments.estimatedOn,
    })
    .from(shipments)
    .where(
      and(eq(shipments.carrier, 'sandbox'), notInArray(shipments.status, ['delivered', 'returned', 'lost'])),
    )
    .limit(BATCH);
  let moved = 0;
  let delivered = 0;
  for (const s of open) {
    const at = sandbox.statusAt(s, now);
    if (at.status === s.status) continue;
    const r = await recordParcelEvent(
      { db: deps.db, now },
      { shipmentId: s.id, status: at.status, occurredAt: at.since, source: 'sandbox' },
    );
    if (r.moved) moved++;
    if (r.deliveredNow) delivered++;
  }
  return { moved, delivered };
}

export const advanceSandboxParcelsJob = (deps: { db: Db; clock: Clock }): Job => ({
  name: 'advance-sandbox-parcels',
  everyMs: 5 * 60_000,
  run: () => advanceSandboxParcels(deps),
});
