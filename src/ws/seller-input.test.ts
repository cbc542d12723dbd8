// biome-ignore-all lint/suspicious/noExplicitAny: JSON bodies of the API under test
/**
 * Issue 11, defect 13 on the seller API (/ws) and the REST API (/api/v1): money bounds and decimal
 * commas, IMEI check digits before the write-once, and unpaid orders kept from sellers.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder } from '../../test/orders.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orderLines, orders } from '../modules/orders/orders.schema.ts';
import { createApiKey } from '../modules/seller-api/api-keys.ts';
import { type App, createApp } from '../platform/http/app.ts';
import { createMemoryStorage } from '../platform/storage.ts';
import { registerWsRoutes } from './ws.routes.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Res = { status: number; body: any };
const UA = 'BM-Reloop-TestSuite;qa@example.com';

describe.each(ENGINES)('seller input on the seller API and the REST API (%s)', (engine) => {
  let t: T;
  let app: App;
  let picks: Pick[];
  let sellerA: number;
  let keyA: string;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    if (t.app.routes.some((r) => r.path.startsWith('/ws/'))) app = t.app;
    else {
      app = createApp({
        logger: t.deps.logger,
        renderErrorPage: (c, status, message) => c.text(message, status as 500),
      });
      registerWsRoutes(app, t.deps, { storage: createMemoryStorage() });
    }
    picks = await offerPicks(t);
    sellerA = picks[0]!.sellerId;
    keyA = (
      await createApiKey(t.deps.db, { sellerId: sellerA, name: 'A', createdBy: null, now: t.clock.now() })
    ).token;
  });
  afterAll(() => t.close());
  beforeEach(() => t.clock.advance(25_000));

  async function call(method: string, path: string, body?: unknown, lang = 'fr-fr'): Promise<Res> {
    const res = await app.request(path, {
      method,
      headers: {
        'user-agent': UA,
        'accept-language': lang,
        accept: 'application/json',
        authorization: `Basic ${keyA}`,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed };
  }

  const ownOffer = async () => {
    const [o] = await t.deps.db
      .select({ id: offers.id })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .where(eq(offers.sellerId, sellerA))
      .orderBy(offers.id)
      .limit(1);
    return o!.id;
  };
  const termsOf = async (offerId: number, market = 'FR') =>
    (
      await t.deps.db
        .select()
        .from(offerPrices)
        .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, market)))
    )[0]!;

  describe('money inputs', () => {
    it('/ws listing: a price of 99999999999 is a 400 naming the field and its range; nothing changes', async () => {
      const id = await ownOffer();
      const before = await termsOf(id);
      for (const [field, body] of [
        ['price', { price: '99999999999' }],
        ['price', { price: 99999999999 }],
        ['min_price', { min_price: '99999999999' }],
        ['shipping_price_1', { shipping_price_1: '99999999999' }],
      ] as const) {
        const r = await call('POST', `/ws/listings/${id}`, body);
        expect(r.status, field).toBe(400);
        expect(JSON.stringify(r.body), field).toContain(field);
        expect(JSON.stringify(r.body), field).toContain('must be from 0.00 to 999999.99 EUR');
      }
      expect(await termsOf(id)).toEqual(before);
    });

    it('/ws listing: a decimal comma is read in a market that writes one ("699,99", "12,50")', async () => {
      const id = await ownOffer();
      const r = await call('POST', `/ws/listings/${id}`, { price: '699,99', shipping_price_1: '12,50' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const terms = await termsOf(id);
      expect(terms.priceMinor).toBe(69999);
      expect(terms.shipping[0]!.priceMinor).toBe(1250);
      expect(r.body.price).toBe('699.99');
    });

    it('/ws CSV batch: a row priced 99999999999 fails naming price and its range, nothing changes; "699,99" is read', async () => {
      const own = await t.deps.db
        .select({ id: offers.id, sku: offers.sku })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .where(eq(offers.sellerId, sellerA))
        .orderBy(offers.id)
        .limit(3);
      const [a, b] = [own[1]!, own[2]!];
      const before = await termsOf(a.id);
      const catalog = ['sku;price', `${a.sku};99999999999`, `${b.sku};699,99`].join('\n');
      const res = await call('POST', '/ws/listings', {
        catalog,
        quotechar: '"',
        delimiter: ';',
        encoding: 'utf-8',
      });
      expect(res.status).toBe(200);
      let task: Res | undefined;
      for (let i = 0; i < 200; i++) {
        task = await call('GET', `/ws/tasks/${res.body.bodymessage}`);
        if (task.body.action_status >= 8) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(task!.body).toMatchObject({ action_status: 9, last_action_error: null });
      expect(task!.body.result).toMatchObject({ total: 2, processed: 2, failed: 1 });
      expect(task!.body.result.errors[0].line).toBe(2);
      expect(task!.body.result.errors[0].message).toContain('price');
      expect(task!.body.result.errors[0].message).toContain('must be from 0.00 to 999999.99 EUR');
      expect(await termsOf(a.id)).toEqual(before);
      expect((await termsOf(b.id)).priceMinor).toBe(69999);
    });

    it('REST price filters: out of range is a 400 naming the filter; a decimal comma is read in FR', async () => {
      const huge = await t.get('/api/v1/products?market=fr-fr&minPrice=99999999999');
      expect(huge.status).toBe(400);
      expect(huge.body.errors).toEqual([
        { field: 'minPrice', message: 'must be from 0.00 to 999999.99 EUR' },
      ]);
      const comma = await t.get('/api/v1/products?market=fr-fr&minPrice=12,50&maxPrice=699,99');
      expect(comma.status, JSON.stringify(comma.body)).toBe(200);
      const dot = await t.get('/api/v1/products?market=fr-fr&minPrice=12.50&maxPrice=699.99');
      expect(comma.body.total ?? comma.body.items?.length).toEqual(dot.body.total ?? dot.body.items?.length);
      const gb = await t.get('/api/v1/products?market=en-gb&minPrice=12,50');
      expect(gb.status).toBe(400);
      expect(gb.body.errors).toEqual([
        { field: 'minPrice', message: 'must be a decimal amount like "123.45"' },
      ]);
    });

    it('REST checkout: a card expiry year of 30 is 2030', async () => {
      const offer = picks.find((p) => p.quantity > 2)!;
      const res = await app.request('/api/v1/carts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
        body: JSON.stringify({ market: 'fr-fr' }),
      });
      const cart = ((await res.json()) as any).id as string;
      await t.app.request(`/api/v1/carts/${cart}/lines`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
        body: JSON.stringify({ offerId: offer.id }),
      });
      const placed = await t.app.request(`/api/v1/carts/${cart}/checkout`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': '198.51.100.9',
          'idempotency-key': `x-expiry-${engine}`,
        },
        body: JSON.stringify({
          email: 'expiry@example.com',
          shippingAddress: {
            name: 'Ada Lovelace',
            line1: '12 rue de Rivoli',
            postalCode: '75004',
            city: 'Paris',
            country: 'FR',
          },
          paymentMethod: 'card',
          card: { number: '4242424242424242', expMonth: '12', expYear: '30', cvc: '123', holder: 'Ada' },
        }),
      });
      const body = (await placed.json()) as any;
      expect(placed.status, JSON.stringify(body)).toBe(201);
      expect(body.payment.status).toBe('succeeded');
    });
  });

  describe('orders', () => {
    async function paidOrder() {
      const offer = picks.find((p) => p.sellerId === sellerA && p.quantity > 2)!;
      const placed = await placeOrder(t, { lines: [{ offerId: offer.id }] });
      return placed.orders[0].id as number;
    }
    const lineOf = async (orderId: number) =>
      (await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, orderId)))[0]!;

    it('PATCH /ws/orderlines: an IMEI failing its check digit is a 400 naming imei; nothing is written', async () => {
      const orderId = await paidOrder();
      const line = await lineOf(orderId);
      for (const imei of ['356938035643810', '35693803564380']) {
        const r = await call('PATCH', `/ws/orderlines/${line.id}`, { imei });
        expect(r.status, imei).toBe(400);
        expect(r.body.error).toMatchObject({ code: 'invalid-input', target: 'imei' });
        expect(r.body.error.message).toContain('Luhn');
      }
      expect((await lineOf(orderId)).imei).toBeNull();
      const ok = await call('PATCH', `/ws/orderlines/${line.id}`, { imei: '490154203237518' });
      expect(ok.status).toBe(200);
      expect(ok.body.imei).toBe('490154203237518');
    });

    it('UpdateOrder (ship with an IMEI failing its check digit): 400 naming imei, the order is not shipped', async () => {
      const orderId = await paidOrder();
      expect((await call('POST', `/ws/orders/${orderId}`, { new_state: 2 })).status).toBe(200);
      const r = await call('POST', `/ws/orders/${orderId}`, {
        new_state: 3,
        tracking_number: '1Z999AA10123456784',
        imei: '356938035643810',
      });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'invalid-input', target: 'imei' });
      const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, orderId));
      expect(o!.state).toBe(3);
      expect(o!.trackingNumber).toBeNull();
      expect((await lineOf(orderId)).imei).toBeNull();
    });

    it('orders awaiting payment (10), pending (0) or not paid (8, a declined card) are never shown', async () => {
      const offer = picks.find((p) => p.sellerId === sellerA && p.quantity > 2)!;
      const declined = await placeOrder(t, { lines: [{ offerId: offer.id }], card: '4000000000000002' });
      const declinedId = declined.orders[0].id as number;
      expect(declined.orders[0].state).toBe(8);
      const awaiting = await paidOrder();
      await t.deps.db.update(orders).set({ state: 10 }).where(eq(orders.id, awaiting));
      await t.deps.db.update(orderLines).set({ state: 8 }).where(eq(orderLines.orderId, awaiting));
      const all: any[] = [];
      for (let page = 1; ; page++) {
        const r = await call('GET', `/ws/orders?page-size=50&page=${page}`);
        expect(r.status).toBe(200);
        all.push(...r.body.results);
        if (!r.body.next) break;
      }
      expect(all.some((o) => o.order_id === declinedId || o.order_id === awaiting)).toBe(false);
      expect(all.every((o) => [1, 3, 9].includes(o.state))).toBe(true);
      expect((await call('GET', '/ws/orders?state=10')).body.count).toBe(0);
      expect((await call('GET', `/ws/orders/${awaiting}`)).status).toBe(404);
      expect((await call('GET', `/ws/orders/${declinedId}`)).status).toBe(404);
    });
  });
});
