// biome-ignore-all lint/suspicious/noExplicitAny: JSON bodies of the API under test
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder } from '../../test/orders.ts';
import { products } from '../modules/catalog/catalog.schema.ts';
import { buyboxWinners, offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { orders } from '../modules/orders/orders.schema.ts';
import { createApiKey, revokeApiKey } from '../modules/seller-api/api-keys.ts';
import { ACCESS_RULE } from '../platform/http/access.ts';
import { type App, createApp } from '../platform/http/app.ts';
import { createMemoryStorage } from '../platform/storage.ts';
import { checkResponse, loadOpenApi } from './openapi-conformance.ts';
import { registerWsRoutes } from './ws.routes.ts';
import { tokenCandidates } from './ws-auth.ts';
import { listingUuid } from './ws-ids.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Res = { status: number; headers: Headers; body: any; contentType: string | null };

const api = loadOpenApi();
const UA = 'BM-Reloop-TestSuite;qa@example.com';

describe.each(ENGINES)('Back Market–compatible seller API on %s', (engine) => {
  let t: T;
  let app: App;
  let storage: ReturnType<typeof createMemoryStorage>;
  let picks: Pick[];
  let sellerA: number;
  let sellerB: number;
  let keyA: string;
  let keyB: string;
  const conformed = new Set<string>();

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    storage = createMemoryStorage();
    const hasWs = t.app.routes.some((r) => r.path.startsWith('/ws/'));
    if (hasWs) app = t.app;
    else {
      app = createApp({
        logger: t.deps.logger,
        renderErrorPage: (c, status, message) => c.text(message, status as 500),
      });
      registerWsRoutes(app, t.deps, { storage });
    }
    picks = await offerPicks(t);
    sellerA = picks[0]!.sellerId;
    sellerB = picks.find((p) => p.sellerId !== sellerA)!.sellerId;
    const now = t.clock.now();
    keyA = (await createApiKey(t.deps.db, { sellerId: sellerA, name: 'A', createdBy: null, now })).token;
    keyB = (await createApiKey(t.deps.db, { sellerId: sellerB, name: 'B', createdBy: null, now })).token;
  });
  afterAll(() => t.close());
  // Every test starts with fresh rate-limit windows (the clock is fixed).
  beforeEach(() => t.clock.advance(25_000));

  async function call(
    method: string,
    path: string,
    o: {
      token?: string | null;
      body?: unknown;
      headers?: Record<string, string>;
      raw?: FormData | string;
    } = {},
  ): Promise<Res> {
    const headers: Record<string, string> = {
      'user-agent': UA,
      'accept-language': 'fr-fr',
      accept: 'application/json',
      ...(o.token === null ? {} : { authorization: `Basic ${o.token ?? keyA}` }),
      ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...o.headers,
    };
    const res = await app.request(path, {
      method,
      headers,
      body: o.raw ?? (o.body === undefined ? undefined : JSON.stringify(o.body)),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, headers: res.headers, body, contentType: res.headers.get('content-type') };
  }

  /** Assert the response matches the reference OpenAPI for this operation and status. */
  function conform(method: string, template: string, res: Res) {
    expect(checkResponse(api, method, template, res)).toEqual([]);
    conformed.add(`${method} ${template} ${res.status}`);
  }

  const ownOffer = async (sellerId: number) => {
    const [o] = await t.deps.db
      .select({ id: offers.id, sku: offers.sku, productId: offers.productId, grade: offers.grade })
      .from(offers)
      .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
      .where(eq(offers.sellerId, sellerId))
      .orderBy(offers.id)
      .limit(1);
    return o!;
  };

  describe('authentication and headers', () => {
    it('reads the token raw after "Basic", or as the password of base64 user:token', async () => {
      expect(tokenCandidates('Basic abc')).toEqual(['abc']);
      const b64 = Buffer.from('seller:rlk_secret-token').toString('base64');
      expect(tokenCandidates(`Basic ${b64}`)).toEqual([b64, 'rlk_secret-token']);
      expect(tokenCandidates('Bearer abc')).toEqual([]);
      const res = await call('GET', '/ws/listings', {
        token: Buffer.from(`anything:${keyA}`).toString('base64'),
      });
      expect(res.status).toBe(200);
    });

    it('refuses a request without User-Agent (400) or without a valid, unrevoked key (401)', async () => {
      const noUa = await call('GET', '/ws/listings', { headers: { 'user-agent': '' } });
      expect(noUa.status).toBe(400);
      expect(noUa.body.error.code).toBe('missing-user-agent');

      const none = await call('GET', '/ws/listings', { token: null });
      expect(none.status).toBe(401);
      expect(none.body.error.code).toBe('unauthenticated');
      conform('GET', '/ws/listings', none);
      const bad = await call('GET', '/ws/listings', { token: 'rlk_not-a-key-0000000000000000' });
      expect(bad.status).toBe(401);
      conform('GET', '/ws/listings', bad);
      // The category tree declares ErrorResponseV2.
      const tree = await call('GET', '/ws/category/tree', { token: null });
      expect(tree.status).toBe(401);
      expect(tree.body.errors[0].code).toBe('unauthenticated');
      conform('GET', '/ws/category/tree', tree);

      const k = await createApiKey(t.deps.db, {
        sellerId: sellerA,
        name: 'tmp',
        createdBy: null,
        now: t.clock.now(),
      });
      expect((await call('GET', '/ws/listings', { token: k.token })).status).toBe(200);
      await revokeApiKey(t.deps.db, { sellerId: sellerA, keyId: k.id, now: t.clock.now() });
      expect((await call('GET', '/ws/listings', { token: k.token })).status).toBe(401);
    });

    it('answers unknown /ws paths with a Back Market 404', async () => {
      const res = await call('GET', '/ws/nothing-here');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not-found');
    });
  });

  describe('categories', () => {
    it('serves the tree and a branch as CategoryTree', async () => {
      const tree = await call('GET', '/ws/category/tree');
      expect(tree.status).toBe(200);
      conform('GET', '/ws/category/tree', tree);
      expect(tree.body.length).toBeGreaterThan(0);
      const root = tree.body[0];
      expect(root.childrens.length).toBeGreaterThan(0);
      const branch = await call('GET', `/ws/category/tree/${root.childrens[0].category_id}`);
      expect(branch.status).toBe(200);
      conform('GET', '/ws/category/tree/{categoryId}', branch);
      const leaves: any[] = [];
      const walk = (n: any) => (n.is_leaf ? leaves.push(n) : n.childrens.forEach(walk));
      tree.body.forEach(walk);
      expect(leaves.some((l) => l.attributes.length > 0)).toBe(true);
      const missing = await call('GET', '/ws/category/tree/999999');
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe('not-found');
      conform('GET', '/ws/category/tree/{categoryId}', missing);
    });
  });

  describe('listings', () => {
    it('lists own listings in the pagination envelope; page-size above 50 is refused', async () => {
      const res = await call('GET', '/ws/listings?page-size=2');
      expect(res.status).toBe(200);
      conform('GET', '/ws/listings', res);
      expect(res.body.results).toHaveLength(2);
      expect(res.body.count).toBeGreaterThan(2);
      expect(res.body.previous).toBeNull();
      expect(res.body.next).toBe('http://reloop.test/ws/listings?page-size=2&page=2');
      const own = await t.deps.db.select({ id: offers.id }).from(offers).where(eq(offers.sellerId, sellerA));
      expect(res.body.count).toBe(own.length);
      const last = await call('GET', `/ws/listings?page-size=2&page=${Math.ceil(own.length / 2)}`);
      expect(last.body.next).toBeNull();
      expect(last.body.previous).not.toBeNull();
      const all = await call('GET', '/ws/listings?page-size=50');
      expect(all.body.results.every((l: any) => own.some((o) => o.id === l.listing_id))).toBe(true);
      const tooLarge = await call('GET', '/ws/listings?page-size=51');
      expect(tooLarge.status).toBe(400);
      expect(tooLarge.body.error).toMatchObject({ code: 'invalid-input', target: 'page-size' });
      expect((await call('GET', '/ws/listings?page=0')).status).toBe(400);

      const filtered = await call(
        'GET',
        '/ws/listings?min_quantity=3&max_quantity=1000&publication_state=2&page-size=50',
      );
      expect(filtered.status).toBe(200);
      for (const l of filtered.body.results) {
        expect(l.quantity).toBeGreaterThanOrEqual(3);
        expect(l.publication_state).toBe(2);
      }
    });

    it('reads one listing by UUID, integer id, SKU (any case); another seller’s is 404', async () => {
      const o = await ownOffer(sellerA);
      const byUuid = await call('GET', `/ws/listings/${listingUuid(o.id)}`);
      expect(byUuid.status).toBe(200);
      conform('GET', '/ws/listings/{listingId}', byUuid);
      expect(byUuid.body).toMatchObject({
        listing_id: o.id,
        sku: o.sku,
        product_id: o.productId,
        grade: o.grade,
      });
      expect((await call('GET', `/ws/listings/${o.id}`)).body.id).toBe(listingUuid(o.id));
      const detail = await call('GET', `/ws/listings/detail?sku=${encodeURIComponent(o.sku.toLowerCase())}`);
      expect(detail.status).toBe(200);
      conform('GET', '/ws/listings/detail', detail);
      expect((await call('GET', `/ws/listings/detail?listing_id=${o.id}`)).body.sku).toBe(o.sku);
      expect((await call('GET', `/ws/listings/detail?id=${listingUuid(o.id)}`)).body.sku).toBe(o.sku);

      const theirs = await ownOffer(sellerB);
      const notMine = await call('GET', `/ws/listings/${theirs.id}`);
      expect(notMine.status).toBe(404);
      expect(notMine.body.error.code).toBe('not-found');
      conform('GET', '/ws/listings/{listingId}', notMine);
      expect((await call('GET', `/ws/listings/detail?sku=${encodeURIComponent(theirs.sku)}`)).status).toBe(
        404,
      );
      const write = await call('POST', `/ws/listings/${theirs.id}`, { body: { quantity: 0 } });
      expect(write.status).toBe(404);
      conform('POST', '/ws/listings/{listingId}', write);
      expect((await call('GET', `/ws/backbox/v1/competitors/${listingUuid(theirs.id)}`)).status).toBe(404);
    });

    it('updates price, floor, comment and warranty for the market; refuses 13.123 EUR', async () => {
      const o = await ownOffer(sellerA);
      const bad = await call('POST', `/ws/listings/${o.id}`, { body: { price: '13.123' } });
      expect(bad.status).toBe(400);
      conform('POST', '/ws/listings/{listingId}', bad);
      expect(bad.body).toContain('EUR allows at most 2 decimal places');
      expect(
        (await call('POST', `/ws/listings/${o.id}`, { body: { price: '13.12', currency: 'GBP' } })).status,
      ).toBe(400);
      expect((await call('POST', `/ws/listings/${o.id}`, { body: { warranty_delay: 6 } })).status).toBe(400);
      expect(
        (await call('POST', `/ws/listings/${o.id}`, { body: { price: '100.00', min_price: '120.00' } }))
          .status,
      ).toBe(400);

      const ok = await call('POST', `/ws/listings/${o.id}`, {
        body: { price: '149.900', min_price: 120, comment: 'Boxed, charger included', warranty_delay: '24' },
      });
      expect(ok.status).toBe(200);
      conform('POST', '/ws/listings/{listingId}', ok);
      expect(ok.body).toMatchObject({
        price: '149.90',
        min_price: '120.00',
        comment: 'Boxed, charger included',
        warranty_delay: 24,
        currency: 'EUR',
        statuscode: 200,
      });
      const [fr] = await t.deps.db
        .select()
        .from(offerPrices)
        .where(and(eq(offerPrices.offerId, o.id), eq(offerPrices.market, 'FR')));
      expect(fr).toMatchObject({ priceMinor: 14990, minPriceMinor: 12000 });

      // Sweden: prices in SEK; the offer may not be listed there yet.
      const se = await call('POST', `/ws/listings/${o.id}`, {
        headers: { 'accept-language': 'sv-se' },
        body: {
          price: '1999',
          currency: 'SEK',
          shipper_1: 'PostNord',
          shipping_price_1: '49',
          shipping_delay_1: 48,
        },
      });
      expect(se.status).toBe(200);
      expect(se.body).toMatchObject({ price: '1999.00', currency: 'SEK' });
      expect(se.body.shippings[0]).toMatchObject({
        shipper: 'PostNord',
        shipping_price: '49.00',
        country_code: 'sv-se',
      });
    });

    it('quantity 0 takes the listing offline and out of the buybox', async () => {
      const o = await ownOffer(sellerA);
      const off = await call('POST', `/ws/listings/${listingUuid(o.id)}`, { body: { quantity: '0' } });
      expect(off.status).toBe(200);
      expect(off.body).toMatchObject({ quantity: 0, publication_state: 3 });
      const winners = await t.deps.db.select().from(buyboxWinners).where(eq(buyboxWinners.offerId, o.id));
      expect(winners).toEqual([]);
      const offline = await call('GET', '/ws/listings?publication_state=3&page-size=50');
      expect(offline.body.results.some((l: any) => l.listing_id === o.id)).toBe(true);
      const comp = await call('GET', `/ws/backbox/v1/competitors/${listingUuid(o.id)}`);
      expect(comp.status).toBe(200);
      conform('GET', '/ws/backbox/v1/competitors/{listingId}', comp);
      expect(comp.body.every((x: any) => x.is_winning === false)).toBe(true);
      const back = await call('POST', `/ws/listings/${o.id}`, { body: { quantity: 5 } });
      expect(back.body).toMatchObject({ quantity: 5, publication_state: 2 });
    });

    it('gives buybox data: competitors per market and listings_bi', async () => {
      const o = await ownOffer(sellerA);
      t.clock.advance(1000);
      const comp = await call('GET', `/ws/backbox/v1/competitors/${listingUuid(o.id)}`);
      expect(comp.status).toBe(200);
      conform('GET', '/ws/backbox/v1/competitors/{listingId}', comp);
      const fr = comp.body.find((x: any) => x.market === 'FR');
      expect(fr.listing_id).toBe(listingUuid(o.id));
      const [winner] = await t.deps.db
        .select()
        .from(buyboxWinners)
        .where(
          and(
            eq(buyboxWinners.productId, o.productId),
            eq(buyboxWinners.market, 'FR'),
            eq(buyboxWinners.grade, o.grade),
          ),
        );
      expect(fr.is_winning).toBe(winner?.offerId === o.id);
      if (winner) expect(fr.winner_price.amount).toBe((winner.priceMinor / 100).toFixed(2));

      const bi = await call('GET', '/ws/listings_bi?page-size=50');
      expect(bi.status).toBe(200);
      conform('GET', '/ws/listings_bi', bi);
      expect(bi.body.results.length).toBeGreaterThan(0);
    });

    it('batch-creates and updates listings from CSV in a background task', async () => {
      const o = await ownOffer(sellerA);
      const [p] = await t.deps.db.select({ id: products.id, ean: products.ean }).from(products).limit(1);
      const catalog = [
        'sku;quantity;price;ean;grade;shipper_1;shipping_price_1;shipping_delay_1;comment',
        `${o.sku.toUpperCase()};7;139.50;;;;;;"Updated; by batch"`,
        `NEW-BATCH-SKU-1;3;99.00;${p!.ean};GOOD;Colissimo;4.90;48;`,
        'NEW-BATCH-SKU-2;3;99.999;0000000000000;GOOD;Colissimo;4.90;48;',
        'NEW-BATCH-SKU-3;3;99.00;;;;;;',
      ].join('\n');
      const missing = await call('POST', '/ws/listings', {
        body: { catalog, delimiter: ';', encoding: 'utf-8' },
      });
      expect(missing.status).toBe(400);
      conform('POST', '/ws/listings', missing);
      expect(missing.body).toContain('parameter quotechar not found');

      const res = await call('POST', '/ws/listings', {
        body: { catalog, quotechar: '"', delimiter: ';', encoding: 'utf-8' },
      });
      expect(res.status).toBe(200);
      conform('POST', '/ws/listings', res);
      const taskId = res.body.bodymessage;
      let task: Res | undefined;
      for (let i = 0; i < 100; i++) {
        task = await call('GET', `/ws/tasks/${taskId}`);
        if (task.body.action_status >= 8) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(task!.status).toBe(200);
      conform('GET', '/ws/tasks/{taskId}', task!);
      expect(task!.body).toMatchObject({ task_id: taskId, action_status: 9, last_action_error: null });
      expect(task!.body.result).toMatchObject({ total: 4, processed: 4, failed: 2 });
      expect(task!.body.result.errors.map((e: any) => e.line)).toEqual([4, 5]);
      expect(task!.body.result.errors[0].message).toMatch(/decimal places|EAN/);

      const updated = await call('GET', `/ws/listings/${o.id}`);
      expect(updated.body).toMatchObject({ quantity: 7, price: '139.50', comment: 'Updated; by batch' });
      const created = await call('GET', '/ws/listings/detail?sku=new-batch-sku-1');
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ product_id: p!.id, grade: 'GOOD', quantity: 3, price: '99.00' });

      expect((await call('GET', `/ws/tasks/${taskId}`, { token: keyB })).status).toBe(404);
      const notFound = await call('GET', '/ws/tasks/99999999');
      expect(notFound.status).toBe(404);
      conform('GET', '/ws/tasks/{taskId}', notFound);
    });
  });

  describe('orders', () => {
    async function paidOrderOfA() {
      const offer = picks.find((p) => p.sellerId === sellerA && p.quantity > 2)!;
      const placed = await placeOrder(t, { lines: [{ offerId: offer.id }] });
      return placed.orders[0].id as number;
    }

    it('answers Back Market’s own URLs, written with a trailing slash, like the bare ones', async () => {
      const orderId = await paidOrderOfA();
      const bare = await call('GET', '/ws/orders?page-size=50');
      const slashed = await call('GET', '/ws/orders/?page-size=50');
      expect(slashed.status).toBe(200);
      conform('GET', '/ws/orders', slashed);
      expect(slashed.body.count).toBe(bare.body.count);
      const one = await call('GET', `/ws/orders/${orderId}/`);
      expect(one.status).toBe(200);
      expect(one.body.order_id).toBe(orderId);
      const bi = await call('GET', '/ws/listings_bi/?page=1');
      expect(bi.status).toBe(200);
      conform('GET', '/ws/listings_bi', bi);
      expect((await call('GET', '/ws/orders/', { token: keyB })).status).toBe(200);
      expect((await call('GET', `/ws/orders/${orderId}/`, { token: keyB })).status).toBe(404);
      expect((await call('GET', '/ws/orders/', { token: null })).status).toBe(401);
    });

    it('lists and reads own orders as Back Market Orders; another seller gets 404', async () => {
      const orderId = await paidOrderOfA();
      const list = await call('GET', '/ws/orders?page-size=50');
      expect(list.status).toBe(200);
      conform('GET', '/ws/orders', list);
      const mine = list.body.results.find((o: any) => o.order_id === orderId);
      expect(mine).toMatchObject({ state: 1, currency: 'EUR', country_code: 'fr-fr' });
      expect(mine.orderlines[0]).toMatchObject({ state: 1, quantity: 1, imei: '' });
      expect(typeof mine.orderlines[0].price).toBe('string');

      const one = await call('GET', `/ws/orders/${orderId}`);
      expect(one.status).toBe(200);
      conform('GET', '/ws/orders/{order_id}', one);
      expect((await call('GET', `/ws/orders/${orderId}`, { token: keyB })).status).toBe(404);
      const listB = await call('GET', '/ws/orders?page-size=50', { token: keyB });
      expect(listB.body.results.some((o: any) => o.order_id === orderId)).toBe(false);
      expect(
        (await call('POST', `/ws/orders/${orderId}`, { token: keyB, body: { new_state: 2 } })).status,
      ).toBe(404);

      // Filters.
      expect((await call('GET', '/ws/orders?date_creation=2099-01-01T00:00:00Z')).body.count).toBe(0);
      const since = new Date(t.clock.now().getTime() - 1000).toISOString();
      const modified = await call('GET', `/ws/orders?date_modification=${since}&page-size=50`);
      expect(modified.body.results.some((o: any) => o.order_id === orderId)).toBe(true);
      expect(
        (await call('GET', '/ws/orders?country_code=de-de&page-size=50')).body.results.some(
          (o: any) => o.order_id === orderId,
        ),
      ).toBe(false);
      expect(
        (await call('GET', '/ws/orders?state=1&page-size=50')).body.results.every((o: any) => o.state === 1),
      ).toBe(true);
      expect((await call('GET', '/ws/orders?date_creation=yesterday')).status).toBe(400);
      expect((await call('GET', '/ws/orders?page-size=51')).status).toBe(400);
    });

    it('never shows orders in state 0 or 8', async () => {
      const a = await paidOrderOfA();
      const b = await paidOrderOfA();
      await t.deps.db.update(orders).set({ state: 0 }).where(eq(orders.id, a));
      await t.deps.db.update(orders).set({ state: 8 }).where(eq(orders.id, b));
      const all: any[] = [];
      for (let page = 1; ; page++) {
        const r = await call('GET', `/ws/orders?page-size=50&page=${page}`);
        all.push(...r.body.results);
        if (!r.body.next) break;
      }
      expect(all.some((o) => o.order_id === a || o.order_id === b)).toBe(false);
      expect(all.every((o) => o.state !== 0 && o.state !== 8)).toBe(true);
      expect((await call('GET', '/ws/orders?state=0')).body.count).toBe(0);
      expect((await call('GET', '/ws/orders?state=8')).body.count).toBe(0);
      expect((await call('GET', `/ws/orders/${a}`)).status).toBe(404);
      expect(
        (await call('POST', `/ws/orders/${b}`, { body: { new_state: 3, tracking_number: 'X' } })).status,
      ).toBe(404);
    });

    it('accepts, refuses shipping without tracking (400), ships, and keeps IMEI write-once', async () => {
      const orderId = await paidOrderOfA();
      const early = await call('POST', `/ws/orders/${orderId}`, {
        body: { new_state: 3, tracking_number: 'TRK-1' },
      });
      expect(early.status).toBe(400);
      expect(early.body.error.code).toBe('invalid-state');

      const accepted = await call('POST', `/ws/orders/${orderId}`, {
        body: { order_id: orderId, new_state: 2 },
      });
      expect(accepted.status).toBe(200);
      conform('POST', '/ws/orders/{order_id}', accepted);
      expect(accepted.body.state).toBe(3);
      expect(accepted.body.orderlines[0].state).toBe(2);

      const noTracking = await call('POST', `/ws/orders/${orderId}`, { body: { new_state: 3 } });
      expect(noTracking.status).toBe(400);
      expect(checkResponse(api, 'GET', '/ws/listings', { ...noTracking, status: 401 })).toEqual([]); // ErrorResponseV1
      expect(noTracking.body.error).toMatchObject({ code: 'invalid-input', target: 'tracking_number' });

      expect(
        (
          await call('POST', `/ws/orders/${orderId}`, {
            body: { new_state: 3, tracking_number: 'T', vat_type: 'BOTH' },
          })
        ).status,
      ).toBe(400);
      const shipped = await call('POST', `/ws/orders/${orderId}`, {
        body: {
          new_state: 3,
          tracking_number: '1Z999AA10123456784',
          shipper: 'UPS',
          imei: '356938035643809',
        },
      });
      expect(shipped.status).toBe(200);
      conform('POST', '/ws/orders/{order_id}', shipped);
      expect(shipped.body).toMatchObject({
        state: 9,
        tracking_number: '1Z999AA10123456784',
        shipper_display: 'UPS',
      });
      expect(shipped.body.orderlines[0]).toMatchObject({ state: 3, imei: '356938035643809' });

      const lineId = shipped.body.orderlines[0].id;
      const again = await call('PATCH', `/ws/orderlines/${lineId}`, { body: { imei: '356938035643810' } });
      expect(again.status).toBe(422);
      expect(again.body.error.code).toBe('invalid-state');
      expect(
        (await call('PATCH', `/ws/orderlines/${lineId}`, { token: keyB, body: { serial_number: 'X1' } }))
          .status,
      ).toBe(404);
      const serial = await call('PATCH', `/ws/orderlines/${lineId}`, {
        body: { serial_number: 'F2LXK0ABHG7F' },
      });
      expect(serial.status).toBe(200);
      expect(serial.body).toEqual({ imei: '356938035643809', serial_number: 'F2LXK0ABHG7F' });
      expect(
        (await call('PATCH', `/ws/orderlines/${lineId}`, { body: { serial_number: 'OTHER' } })).status,
      ).toBe(422);
      expect((await call('PATCH', `/ws/orderlines/${lineId}`, { body: {} })).status).toBe(400);
    });

    it('cancels a paid line (new_state 4) with a refund', async () => {
      const orderId = await paidOrderOfA();
      const res = await call('POST', `/ws/orders/${orderId}`, { body: { new_state: 4, return_reason: 0 } });
      expect(res.status).toBe(200);
      expect(res.body.orderlines[0].state).toBe(4);
      expect((await call('POST', `/ws/orders/${orderId}`, { body: { new_state: 2 } })).status).toBe(400);
      expect((await call('POST', `/ws/orders/${orderId}`, { body: { new_state: 7 } })).status).toBe(400);
    });

    it('stores an uploaded invoice PDF under invoices/<orderId>.pdf', async () => {
      const orderId = await paidOrderOfA();
      const pdf = new TextEncoder().encode('%PDF-1.4\n%test invoice\n%%EOF\n');
      const form = () => {
        const f = new FormData();
        f.append('invoice', new File([pdf], 'invoice.pdf', { type: 'application/pdf' }));
        return f;
      };
      const res = await call('POST', `/ws/orders/${orderId}/invoice`, { raw: form() });
      expect(res.status).toBe(200);
      if (app !== t.app) expect(storage.files.get(`invoices/${orderId}.pdf`)?.bytes).toEqual(pdf);
      const notPdf = new FormData();
      notPdf.append('invoice', new File(['hello'], 'x.txt', { type: 'text/plain' }));
      expect((await call('POST', `/ws/orders/${orderId}/invoice`, { raw: notPdf })).status).toBe(400);
      expect((await call('POST', `/ws/orders/${orderId}/invoice`, { raw: form(), token: keyB })).status).toBe(
        404,
      );
    });

    it('answers a malformed multipart invoice upload 400, not 500 (issue 12 finding 1)', async () => {
      const orderId = await paidOrderOfA();
      const res = await call('POST', `/ws/orders/${orderId}/invoice`, {
        raw: '--x\r\nContent-Disposition: form-data; name="invoice"\r\n\r\nno closing boundary',
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      });
      expect(res.status).toBe(400);
    });
  });

  describe('idempotency and rate limits', () => {
    it('replays a write sent again with the same Idempotency-Key; refuses the key with another body', async () => {
      const o = await ownOffer(sellerA);
      const key = { 'idempotency-key': `price-${o.id}-1` };
      const first = await call('POST', `/ws/listings/${o.id}`, { body: { quantity: 9 }, headers: key });
      expect(first.status).toBe(200);
      await call('POST', `/ws/listings/${o.id}`, { body: { quantity: 4 } }); // changed meanwhile
      const replay = await call('POST', `/ws/listings/${o.id}`, { body: { quantity: 9 }, headers: key });
      expect(replay.status).toBe(200);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(first.body);
      expect((await call('GET', `/ws/listings/${o.id}`)).body.quantity).toBe(4); // not run again
      const other = await call('POST', `/ws/listings/${o.id}`, { body: { quantity: 1 }, headers: key });
      expect(other.status).toBe(422);
      // IDEMPOTENCY_KEY_REUSED, in Back Market's spelling.
      expect(other.body.error.code).toBe('idempotency-key-reused');
      // Per seller: B's same key is another request (and 404 for B).
      expect(
        (await call('POST', `/ws/listings/${o.id}`, { body: { quantity: 9 }, headers: key, token: keyB }))
          .status,
      ).toBe(404);

      const csv = { catalog: `sku,quantity\n${o.sku},6`, quotechar: '"', delimiter: ',', encoding: 'utf-8' };
      const k2 = { 'idempotency-key': 'batch-1' };
      const t1 = await call('POST', '/ws/listings', { body: csv, headers: k2 });
      const t2 = await call('POST', '/ws/listings', { body: csv, headers: k2 });
      expect(t2.body.bodymessage).toBe(t1.body.bodymessage);
    });

    it('limits catalog calls to 20 / 10 s per key with 429, Retry-After and RateLimit headers, then recovers', async () => {
      const k = (
        await createApiKey(t.deps.db, { sellerId: sellerA, name: 'rl', createdBy: null, now: t.clock.now() })
      ).token;
      for (let i = 0; i < 20; i++) {
        expect((await call('GET', '/ws/category/tree/999999', { token: k })).status).toBe(404);
      }
      const limited = await call('GET', '/ws/category/tree/999999', { token: k });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate-limited');
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(20);
      expect(limited.headers.get('ratelimit-limit')).toBe('20');
      expect(limited.headers.get('ratelimit-policy')).toBe('20;w=10');
      // Another key is not affected.
      expect((await call('GET', '/ws/category/tree/999999', { token: keyB })).status).toBe(404);
      t.clock.advance(retryAfter * 1000);
      expect((await call('GET', '/ws/category/tree/999999', { token: k })).status).toBe(404);
    });

    it('limits every key to 200 requests / 10 s', async () => {
      const k = (
        await createApiKey(t.deps.db, { sellerId: sellerA, name: 'rl2', createdBy: null, now: t.clock.now() })
      ).token;
      for (let i = 0; i < 200; i++) {
        const r = await call('GET', '/ws/tasks/99999999', { token: k });
        if (r.status !== 404) throw new Error(`request ${i}: ${r.status}`);
      }
      const limited = await call('GET', '/ws/tasks/99999999', { token: k });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('rate-limited');
      conform('POST', '/ws/listings', limited); // RateLimited response: ErrorResponseV1
      const retryAfter = Number(limited.headers.get('retry-after'));
      t.clock.advance(retryAfter * 1000);
      expect((await call('GET', '/ws/tasks/99999999', { token: k })).status).toBe(404);
    });
  });

  it('counts CSV lines against the 2 000 listing lines an hour; refuses a larger catalog', async () => {
    const k = (
      await createApiKey(t.deps.db, { sellerId: sellerB, name: 'lines', createdBy: null, now: t.clock.now() })
    ).token;
    const o = await ownOffer(sellerB);
    const csv = (n: number) => ({
      catalog: ['sku', ...Array.from({ length: n }, (_, i) => `NOPE-${i}`)].join('\n'),
      quotechar: '"',
      delimiter: ',',
      encoding: 'utf-8',
    });
    const tooBig = await call('POST', '/ws/listings', { token: k, body: csv(2001) });
    expect(tooBig.status).toBe(400);
    const task = await call('POST', '/ws/listings', { token: k, body: csv(1998) });
    expect(task.status).toBe(200);
    // The refused catalog counted once, the accepted one 1 998 times: one single update is left.
    expect((await call('POST', `/ws/listings/${o.id}`, { token: k, body: { quantity: 3 } })).status).toBe(
      200,
    );
    const limited = await call('POST', `/ws/listings/${o.id}`, { token: k, body: { quantity: 3 } });
    expect(limited.status).toBe(429);
    conform('POST', '/ws/listings/{listingId}', limited);
    expect(limited.headers.get('ratelimit-policy')).toBe('2000;w=3600');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    // Reads are not listing updates.
    expect((await call('GET', `/ws/listings/${o.id}`, { token: k })).status).toBe(200);
    let done = false;
    for (let i = 0; i < 400 && !done; i++) {
      const r = await call('GET', `/ws/tasks/${task.body.bodymessage}`, { token: k });
      if (r.body.action_status >= 8) {
        expect(r.body.result).toMatchObject({ total: 1998, processed: 1998, failed: 1998 });
        done = true;
        break;
      }
      t.clock.advance(50); // stay under 200 / 10 s while polling
      await new Promise((res) => setTimeout(res, 25));
    }
    t.clock.advance(retryAfter * 1000);
    expect((await call('POST', `/ws/listings/${o.id}`, { token: k, body: { quantity: 3 } })).status).toBe(
      200,
    );
  });

  it('gives every /ws route an access rule as its first handler', () => {
    const routes = app.routes.filter((r) => r.path.startsWith('/ws/') && r.method !== 'ALL');
    expect(routes.length).toBeGreaterThanOrEqual(15);
    const byRoute = new Map<string, boolean>();
    for (const r of routes) {
      const key = `${r.method} ${r.path}`;
      if (!byRoute.has(key)) byRoute.set(key, ACCESS_RULE in (r.handler as object));
    }
    expect([...byRoute].filter(([, ok]) => !ok)).toEqual([]);
  });

  it('checked every implemented operation against the reference', () => {
    const ops = [
      'GET /ws/category/tree 200',
      'GET /ws/category/tree/{categoryId} 200',
      'GET /ws/listings 200',
      'GET /ws/listings/detail 200',
      'GET /ws/listings/{listingId} 200',
      'POST /ws/listings/{listingId} 200',
      'POST /ws/listings 200',
      'GET /ws/tasks/{taskId} 200',
      'GET /ws/orders 200',
      'GET /ws/orders/{order_id} 200',
      'POST /ws/orders/{order_id} 200',
      'GET /ws/listings_bi 200',
      'GET /ws/backbox/v1/competitors/{listingId} 200',
    ];
    expect(ops.filter((o) => !conformed.has(o))).toEqual([]);
  });
});
