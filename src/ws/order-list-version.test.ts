// biome-ignore-all lint/suspicious/noExplicitAny: JSON bodies of the API under test
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { offerPicks, placeOrder } from '../../test/orders.ts';
import { orderLines, orders } from '../modules/orders/orders.schema.ts';
import { createApiKey } from '../modules/seller-api/api-keys.ts';
import { sellerOrdersVersion } from '../modules/seller-api/seller-orders.read-model.ts';
import { VERSION_TTL_MS } from './order-list-cache.ts';

const UA = 'BM-Reloop-TestSuite;qa@example.com';

describe.each(ENGINES)(
  'GET /ws/orders answers from its cache only while nothing changed, on %s',
  (engine) => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    let sellerId: number;
    let token: string;
    let orderId: number;

    const call = async (method: string, path: string, body?: unknown) => {
      const res = await t.app.request(path, {
        method,
        headers: {
          'user-agent': UA,
          'accept-language': 'fr-fr',
          authorization: `Basic ${token}`,
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const stateInList = async (id: number) =>
      (await call('GET', '/ws/orders?page-size=50')).body.results.find((o: any) => o.order_id === id)?.state;

    beforeAll(async () => {
      t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
      const picks = await offerPicks(t);
      sellerId = picks[0]!.sellerId;
      token = (
        await createApiKey(t.deps.db, { sellerId, name: 'cache', createdBy: null, now: t.clock.now() })
      ).token;
      orderId = (await placeOrder(t, { lines: [{ offerId: picks[0]!.id }] })).orders[0].id;
    });
    afterAll(() => t?.close());

    it('every change of an order or of its lines moves the version', async () => {
      const v0 = await sellerOrdersVersion(t.deps.db, sellerId);
      expect(v0).toBeGreaterThan(0);
      expect(await sellerOrdersVersion(t.deps.db, sellerId)).toBe(v0); // reading changes nothing
      await t.deps.db.update(orders).set({ trackingNumber: 'X' }).where(eq(orders.id, orderId));
      const v1 = await sellerOrdersVersion(t.deps.db, sellerId);
      expect(v1).toBeGreaterThan(v0);
      await t.deps.db.update(orderLines).set({ imei: null }).where(eq(orderLines.orderId, orderId));
      expect(await sellerOrdersVersion(t.deps.db, sellerId)).toBeGreaterThan(v1);
      expect(await sellerOrdersVersion(t.deps.db, 999_999)).toBe(0);
    });

    it('the list shows an accepted order at once, and a change made elsewhere (another process) too', async () => {
      expect(await stateInList(orderId)).toBe(1);
      expect(await stateInList(orderId)).toBe(1); // now from the cache
      expect((await call('POST', `/ws/orders/${orderId}`, { order_id: orderId, new_state: 2 })).status).toBe(
        200,
      );
      expect(await stateInList(orderId)).toBe(3); // accepted, to ship
      // A change the server did not make itself (a job, another process): the version tells,
      // read again after at most 50 ms.
      await t.deps.db.update(orders).set({ shipper: 'Colissimo' }).where(eq(orders.id, orderId));
      const stale = (await call('GET', '/ws/orders?page-size=50')).body.results.find(
        (o: any) => o.order_id === orderId,
      );
      expect(stale.shipper_display).toBeUndefined();
      t.clock.advance(VERSION_TTL_MS);
      const detail = (await call('GET', '/ws/orders?page-size=50')).body.results.find(
        (o: any) => o.order_id === orderId,
      );
      expect(detail.shipper_display).toBe('Colissimo');
      // A new paid order appears in the count.
      const before = (await call('GET', '/ws/orders')).body.count as number;
      const picks = (await offerPicks(t)).filter((p) => p.sellerId === sellerId);
      await placeOrder(t, { lines: [{ offerId: picks[1 % picks.length]!.id }] });
      t.clock.advance(VERSION_TTL_MS);
      expect((await call('GET', '/ws/orders')).body.count).toBe(before + 1);
    });
  },
);
