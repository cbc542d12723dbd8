import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder } from '../../../test/orders.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { shipments } from '../delivery/delivery.schema.ts';
import { recordParcelEvent } from '../delivery/record-parcel-event.ts';
import { acceptOrderLines, cancelOrderLines, shipOrder } from '../seller-orders/seller-order-actions.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { recomputeQuality, recomputeQualityJob } from './recompute-quality.ts';

describe.each(ENGINES)('recompute-quality job on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let picks: Pick[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(async () => t?.close());

  const deliver = async (orderId: number) => {
    const [p] = await t.deps.db.select().from(shipments).where(eq(shipments.orderId, orderId));
    const now = t.clock.now();
    await recordParcelEvent(
      { db: t.deps.db, now },
      { shipmentId: p!.id, status: 'delivered', occurredAt: now, source: 'carrier' },
    );
  };
  const advance = (days: number) =>
    (t.clock as unknown as { advance(ms: number): void }).advance(days * DAY_MS);
  const rates = async (id: number) => (await t.deps.db.select().from(sellers).where(eq(sellers.id, id)))[0]!;

  it('writes cancellation and late-delivery rates measured from orders, keeps the others', async () => {
    const sellerId = picks[0]!.sellerId;
    const mine = picks.filter((p) => p.sellerId === sellerId);
    const before = await rates(sellerId);
    const order = async (i: number) =>
      (await placeOrder(t, { lines: [{ offerId: mine[i % mine.length]!.id }] })).orders[0].id as number;

    // Two orders: one cancelled, one accepted and shipped on time.
    const cancelled = await order(0);
    await cancelOrderLines(t.deps, { sellerId, orderId: cancelled, reason: 'Out of stock' });
    const onTime = await order(1);
    await acceptOrderLines(t.deps, { sellerId, orderId: onTime });
    await shipOrder(t.deps, { sellerId, orderId: onTime, trackingNumber: 'TRK-ON-TIME' });
    await deliver(onTime);

    const job = recomputeQualityJob(t.deps);
    expect(job).toMatchObject({ name: 'recompute-quality', everyMs: 3_600_000 });
    const r = await recomputeQuality(t.deps);
    expect(r.changed).toBeGreaterThanOrEqual(1);
    const after = await rates(sellerId);
    expect(after.cancellationBp).toBe(5000); // 1 of 2 decided lines
    expect(after.lateDeliveryBp).toBe(0);
    expect(r.flagged).toContain(sellerId); // 50 % > 3 %
    // One line delivered and no after-sales case closed against it: the outcome rates are measured, 0.
    expect(before.aestheticDefectBp).toBeGreaterThan(0);
    expect(after.aestheticDefectBp).toBe(0);
    expect(after.defectiveProductBp).toBe(0);
    // Idempotent.
    expect((await recomputeQuality(t.deps)).changed).toBe(0);

    // A third order shipped 20 days after payment and still on its way is late: 1 of 2 deliveries.
    const late = await order(2);
    await acceptOrderLines(t.deps, { sellerId, orderId: late });
    const start = t.clock.now();
    advance(20);
    await shipOrder(t.deps, { sellerId, orderId: late, trackingNumber: 'TRK-LATE' });
    await recomputeQuality(t.deps);
    expect((await rates(sellerId)).lateDeliveryBp).toBe(5000);
    expect((await rates(sellerId)).cancellationBp).toBe(3333); // 1 of 3

    // A fourth handed over at once but delivered 20 days after payment is late too: the delivery
    // date decides, not the hand-over (2 of 3).
    const slowParcel = await order(3);
    await acceptOrderLines(t.deps, { sellerId, orderId: slowParcel });
    await shipOrder(t.deps, { sellerId, orderId: slowParcel, trackingNumber: 'TRK-SLOW' });
    advance(20);
    await deliver(slowParcel);
    await recomputeQuality(t.deps);
    expect((await rates(sellerId)).lateDeliveryBp).toBe(6667);

    // 100 days later everything left the window: nothing to measure, the rates stay as they were.
    advance(100);
    const idle = await recomputeQuality(t.deps);
    expect(idle.measured).toBe(0);
    expect((await rates(sellerId)).cancellationBp).toBe(2500);
    (t.clock as unknown as { set(d: Date): void }).set(start);
  });
});
