import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder } from '../../../test/orders.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { offers } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { webhookDeliveries } from '../seller-webhooks/seller-webhooks.schema.ts';
import { subscribe } from '../seller-webhooks/seller-webhooks.ts';
import { acceptOrderLines, cancelOrderLines, setLineIdentifiers, shipOrder } from './seller-order-actions.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('seller order actions on %s', (engine) => {
  let t: T;
  let picks: Pick[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const stateOf = async (orderId: number) =>
    (await t.deps.db.select().from(orders).where(eq(orders.id, orderId)))[0]!;

  it('accept → ship with tracking; refuses shipping without tracking or before acceptance; only the own seller', async () => {
    const placed = await placeOrder(t, { lines: [{ offerId: picks[0]!.id }] });
    const o = placed.orders[0];
    const sellerId = o.seller.id as number;
    const other = picks.find((p) => p.sellerId !== sellerId)!.sellerId;
    await expect(
      shipOrder(t.deps, { sellerId, orderId: o.id, trackingNumber: 'TRK1' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(acceptOrderLines(t.deps, { sellerId: other, orderId: o.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await acceptOrderLines(t.deps, { sellerId, orderId: o.id });
    expect((await stateOf(o.id)).state).toBe(3);
    await expect(shipOrder(t.deps, { sellerId, orderId: o.id, trackingNumber: '  ' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: [{ field: 'tracking_number' }],
    });
    await shipOrder(t.deps, {
      sellerId,
      orderId: o.id,
      trackingNumber: '1Z999AA10123456784',
      shipper: 'UPS',
    });
    const [mail] = await listOutbox(t.deps.db, { to: 'buyer@example.com', limit: 1 });
    expect(mail).toMatchObject({ template: 'orders.shipped' });
    expect(mail!.textBody).toContain('1Z999AA10123456784');
    const shipped = await stateOf(o.id);
    expect(shipped).toMatchObject({ state: 9, trackingNumber: '1Z999AA10123456784', shipper: 'UPS' });
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, o.id));
    expect(line!.state).toBe(3);

    await setLineIdentifiers(t.deps, { sellerId, orderLineId: line!.id, imei: '356938035643809' });
    await expect(
      setLineIdentifiers(t.deps, { sellerId, orderLineId: line!.id, imei: '356938035643810' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      setLineIdentifiers(t.deps, { sellerId, orderLineId: line!.id, imei: '1234567890123456' }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(
      setLineIdentifiers(t.deps, { sellerId: other, orderLineId: line!.id, serialNumber: 'X' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await setLineIdentifiers(t.deps, { sellerId, orderLineId: line!.id, serialNumber: 'F2LXK0ABHG7F' });
  });

  it("tells the seller's integration: order.created when paid, order_line.updated on acceptance", async () => {
    const offer = picks[2]!;
    const { secret } = await subscribe(t.deps.db, {
      sellerId: offer.sellerId,
      url: 'https://integration.example/hooks',
      events: ['order.created', 'order_line.updated'],
      now: t.clock.now(),
    });
    expect(secret).toMatch(/^whsec_/);
    const placed = await placeOrder(t, { lines: [{ offerId: offer.id }] });
    await acceptOrderLines(t.deps, { sellerId: offer.sellerId, orderId: placed.orders[0].id });
    const events = (await t.deps.db.select().from(webhookDeliveries)).map((d) => [
      d.event,
      d.payload as { data?: { order_id?: number }; order_id?: number },
    ]);
    expect(events.map((e) => e[0])).toEqual(['order.created', 'order_line.updated']);
    expect(JSON.stringify(events)).toContain(`"order_id":${placed.orders[0].id}`);
  });

  it('cancelling a paid line refunds the buyer and puts the unit back on sale', async () => {
    const offer = picks[1]!;
    const placed = await placeOrder(t, { lines: [{ offerId: offer.id }] });
    const o = placed.orders[0];
    const before = (
      await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, offer.id))
    )[0]!.q;
    await cancelOrderLines(t.deps, { sellerId: o.seller.id, orderId: o.id, reason: 'Out of stock' });
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, o.id));
    expect(line!.state).toBe(4);
    expect(
      (await t.deps.db.select({ q: offers.quantity }).from(offers).where(eq(offers.id, offer.id)))[0]!.q,
    ).toBe(before + 1);
    await expect(
      cancelOrderLines(t.deps, { sellerId: o.seller.id, orderId: o.id, reason: 'again' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });
});
