import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder } from '../../../test/orders.ts';
import { DAY_MS } from '../../platform/clock.ts';
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

  const rates = async (id: number) => (await t.deps.db.select().from(sellers).where(eq(sellers.id, id)))[0]!;

  it('writes cancellation and late-shipment rates measured from orders, keeps the others', async () => {
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

    const job = recomputeQualityJob(t.deps);
    expect(job).toMatchObject({ name: 'recompute-quality', everyMs: 3_600_000 });
    const r = await recomputeQuality(t.deps);
    expect(r.changed).toBeGreaterThanOrEqual(1);
    const after = await rates(sellerId);
    expect(after.cancellationBp).toBe(5000); // 1 of 2 decided lines
    expect(after.lateDeliveryBp).toBe(0);
    expect(r.flagged).toContain(sellerId); // 50 % > 3 %
    // Claim-based rates are not measured yet: unchanged.
    expect(after.aestheticDefectBp).toBe(before.aestheticDefectBp);
    expect(after.defectiveProductBp).toBe(before.defectiveProductBp);
    // Idempotent.
    expect((await recomputeQuality(t.deps)).changed).toBe(0);

    // A third order shipped 20 days after payment is late: 1 of 2 shipments.
    const late = await order(2);
    await acceptOrderLines(t.deps, { sellerId, orderId: late });
    const start = t.clock.now();
    (t.clock as unknown as { advance(ms: number): void }).advance(20 * DAY_MS);
    await shipOrder(t.deps, { sellerId, orderId: late, trackingNumber: 'TRK-LATE' });
    await recomputeQuality(t.deps);
    expect((await rates(sellerId)).lateDeliveryBp).toBe(5000);
    expect((await rates(sellerId)).cancellationBp).toBe(3333); // 1 of 3

    // 100 days later everything left the window: nothing to measure, the rates stay as they were.
    (t.clock as unknown as { advance(ms: number): void }).advance(100 * DAY_MS);
    const idle = await recomputeQuality(t.deps);
    expect(idle.measured).toBe(0);
    expect((await rates(sellerId)).cancellationBp).toBe(3333);
    (t.clock as unknown as { set(d: Date): void }).set(start);
  });
});
