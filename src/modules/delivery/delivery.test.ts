import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../../test/orders.ts';
import { signatureHeader } from '../../platform/security/signature.ts';
import { advanceSandboxParcels } from './advance-sandbox-parcels.ts';
import { shipmentEvents, shipments } from './delivery.schema.ts';
import { registerShipment } from './register-shipment.ts';
import { parcelsOfOrders } from './shipments.read-model.ts';

const SECRET = 'carrier-secret-carrier-secret';

describe.each(ENGINES)('delivery on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  const orderIds: number[] = [];

  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 8, sellers: 3, offers: 40 },
      { CARRIER_WEBHOOK_SECRET: SECRET },
    );
    const picks = await offerPicks(t);
    for (const p of picks.filter((x) => x.quantity > 1).slice(0, 3)) {
      const placed = await placeOrder(t, { lines: [{ offerId: p.id }] });
      orderIds.push(placed.orders[0].id as number);
    }
  });
  afterAll(() => t?.close());

  const post = (carrier: string, body: unknown, o: { secret?: string; at?: Date } = {}) => {
    const text = JSON.stringify(body);
    return t.app.request(`/api/v1/carriers/${carrier}/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'reloop-signature': signatureHeader(o.secret ?? SECRET, text, o.at ?? t.clock.now()),
      },
      body: text,
    });
  };

  it('walks a sandbox parcel to delivery on the clock, one event per status', async () => {
    const orderId = orderIds[0]!;
    const shippedAt = t.clock.now();
    await registerShipment(
      { db: t.deps.db, now: shippedAt },
      {
        orderId,
        market: 'FR',
        shipper: 'sandbox',
        trackingNumber: 'SBX-1',
        shippedAt,
        promisedBy: '2026-11-24',
      },
    );
    let parcel = (await parcelsOfOrders(t.deps.db, [orderId])).get(orderId)!;
    expect(parcel).toMatchObject({ carrier: 'sandbox', status: 'label_created', estimatedOn: '2026-11-24' });
    expect(parcel.deliveredAt).toBeNull();

    t.clock.advance(3 * 3_600_000);
    expect(await advanceSandboxParcels(t.deps)).toEqual({ moved: 1, delivered: 0 });
    expect(await advanceSandboxParcels(t.deps)).toEqual({ moved: 0, delivered: 0 });
    t.clock.advance(3 * 24 * 3_600_000);
    expect((await advanceSandboxParcels(t.deps)).delivered).toBe(1);
    parcel = (await parcelsOfOrders(t.deps.db, [orderId])).get(orderId)!;
    expect(parcel.status).toBe('delivered');
    expect(parcel.deliveredAt?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(parcel.late).toBe(false);
    expect(parcel.events.map((e) => e.status)).toEqual(['label_created', 'in_transit', 'delivered']);
  });

  it('takes a real carrier’s signed events, forward only, and refuses the rest changing nothing', async () => {
    const orderId = orderIds[1]!;
    const shippedAt = t.clock.now();
    const id = await registerShipment(
      { db: t.deps.db, now: shippedAt },
      { orderId, market: 'FR', shipper: 'Colissimo', trackingNumber: '6A 1234 5678', shippedAt },
    );
    const event = {
      tracking_number: '6A12345678',
      status: 'in_transit',
      occurred_at: t.clock.now().toISOString(),
    };
    const ok = await post('colissimo', event);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'in_transit', moved: true });

    const count = async () =>
      (await t.deps.db.select().from(shipmentEvents).where(eq(shipmentEvents.shipmentId, id))).length;
    const before = await count();
    const forged = await post(
      'colissimo',
      { ...event, status: 'delivered' },
      { secret: 'not-the-carrier-secret' },
    );
    expect(forged.status).toBe(400);
    expect(JSON.stringify(await forged.json())).toContain('reloop-signature');
    const stale = await post(
      'colissimo',
      { ...event, status: 'delivered' },
      { at: new Date(t.clock.now().getTime() - 3_600_000) },
    );
    expect(stale.status).toBe(400);
    expect((await post('colissimo', { ...event, tracking_number: 'NOPE' })).status).toBe(404);
    expect((await post('dhl', event)).status).toBe(404); // another carrier's parcel
    expect((await post('sandbox', event)).status).toBe(400); // not a webhook carrier: refused by the path's schema
    const bad = await post('colissimo', { ...event, status: 'teleported' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('status');
    expect(await count()).toBe(before);

    const delivered = await post('colissimo', { ...event, status: 'delivered' });
    expect(await delivered.json()).toEqual({ status: 'delivered', moved: true });
    const late = await post('colissimo', { ...event, status: 'in_transit' });
    expect(await late.json()).toEqual({ status: 'delivered', moved: false });
    const [row] = await t.deps.db.select().from(shipments).where(eq(shipments.id, id));
    expect(row?.status).toBe('delivered');
    const parcel = (await parcelsOfOrders(t.deps.db, [orderId])).get(orderId)!;
    expect(parcel.trackingUrl).toBe('https://www.laposte.fr/outils/suivre-vos-envois?code=6A%201234%205678');
  });

  it('refuses every event when no carrier secret is configured', async () => {
    const bare = await createTestApp(engine, { products: 2, sellers: 1, offers: 4 });
    try {
      const text = JSON.stringify({
        tracking_number: 'X',
        status: 'delivered',
        occurred_at: bare.clock.now().toISOString(),
      });
      const res = await bare.app.request('/api/v1/carriers/colissimo/events', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'reloop-signature': signatureHeader('', text, bare.clock.now()),
        },
        body: text,
      });
      expect(res.status).toBe(400);
    } finally {
      await bare.close();
    }
  });
});
