import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder } from '../../../test/orders.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { buyboxWinners, offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { orderLines, orders } from '../../modules/orders/orders.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { ACCESS_RULE, type AccessRule } from '../../platform/http/access.ts';
import { formatAmount } from '../../platform/money.ts';
import { sellerSurface } from './seller.surface.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('seller portal on %s', (engine) => {
  let t: T;
  let picks: Pick[];
  let sellerId: number;
  let otherSellerId: number;
  let mine: Pick[];
  let b: TestBrowser;
  let other: TestBrowser;

  const signedIn = async (email: string, id: number) => {
    const actor = await createActor(t.deps, { email, sellers: [{ sellerId: id, role: 'owner' }] });
    const browser = new TestBrowser(t.app);
    browser.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return browser;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    sellerSurface.register!(t.app, t.deps);
    sellerSurface.register!(t.app, t.deps); // a second call is a no-op
    picks = await offerPicks(t);
    const good = await t.deps.db
      .select({ id: sellers.id })
      .from(sellers)
      .where(and(eq(sellers.status, 'active'), eq(sellers.verified, true)));
    const ok = new Set(good.map((s) => s.id));
    sellerId = picks.find((p) => ok.has(p.sellerId))!.sellerId;
    otherSellerId = picks.find((p) => p.sellerId !== sellerId)!.sellerId;
    mine = picks.filter((p) => p.sellerId === sellerId);
    b = await signedIn('owner@seller.example', sellerId);
    other = await signedIn('owner@other.example', otherSellerId);
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('registers every portal route once, each with the seller-member access rule', () => {
    const portal = t.app.routes.filter(
      (r) => r.path.startsWith('/seller/:sellerId{[0-9]+}') && r.method !== 'ALL',
    );
    const keys = new Set(portal.map((r) => `${r.method} ${r.path}`));
    expect(keys.size).toBeGreaterThanOrEqual(14);
    for (const key of keys) {
      const handlers = portal.filter((r) => `${r.method} ${r.path}` === key);
      const rules = handlers
        .map((h) => (h.handler as { [ACCESS_RULE]?: AccessRule })[ACCESS_RULE])
        .filter((x) => x !== undefined);
      // Some also need a role or a permission (integrations, the team's owner actions).
      expect(
        rules.map((r) => ({ kind: r.kind, param: 'param' in r ? r.param : undefined })),
        key,
      ).toEqual([{ kind: 'sellerMember', param: 'sellerId' }]);
    }
  });

  it('every portal route, with an empty form: own seller never 401/403/5xx, another seller 403', async () => {
    const portal = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/seller/:sellerId{[0-9]+}') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`),
    );
    await b.get(`/seller/${sellerId}`);
    await other.get(`/seller/${otherSellerId}`);
    for (const key of portal) {
      const [method, pattern] = key.split(' ') as [string, string];
      const path = pattern
        .replace(':sellerId{[0-9]+}', String(sellerId))
        .replace(/:[A-Za-z]+\{\[0-9\]\+\}/g, '1');
      const own = method === 'GET' ? await b.get(path) : await b.post(path, {});
      expect(own.status, `${key} as member`).toBeLessThan(500);
      expect([401, 403], `${key} as member`).not.toContain(own.status);
      const foreign = method === 'GET' ? await other.get(path) : await other.post(path, {});
      expect(foreign.status, `${key} as another seller`).toBe(403);
    }
  });

  it('a member sees their dashboard, offers, orders, money and keys; another seller gets 403; anonymous is sent to sign in', async () => {
    for (const path of ['', '/offers', '/orders', '/money', '/api-keys', '/offers/new']) {
      const own = await b.get(`/seller/${sellerId}${path}`);
      expect(own.status, path).toBe(200);
      expect(own.text).toContain('Reloop sellers');
      const foreign = await other.get(`/seller/${sellerId}${path}`);
      expect(foreign.status, path).toBe(403);
    }
    const dash = await b.get(`/seller/${sellerId}`);
    expect(dash.text).toContain('role="img"');
    expect(dash.text).toContain('Paid orders per day, last 30 days');
    expect(dash.text).toContain('Buybox win rate by grade');
    expect(dash.text).toContain('<table class="visually-hidden">');
    const list = await b.get(`/seller/${sellerId}/offers?q=${encodeURIComponent('')}`);
    const [first] = await t.deps.db.select().from(offers).where(eq(offers.id, mine[0]!.id));
    expect(list.text).toContain(first!.sku);
    const search = await b.get(`/seller/${sellerId}/offers?q=${encodeURIComponent(first!.sku)}`);
    expect(search.text).toContain(`/seller/${sellerId}/offers/${first!.id}`);
    // Another seller's offer does not exist for this member.
    const foreignOffer = picks.find((p) => p.sellerId === otherSellerId)!;
    expect((await b.get(`/seller/${sellerId}/offers/${foreignOffer.id}`)).status).toBe(404);
    const anon = await new TestBrowser(t.app).get(`/seller/${sellerId}/offers`);
    expect(anon.status).toBe(303);
    expect(anon.location).toContain('/sign-in?next=');
  });

  it('creating an offer: bad input is refused with field errors, good input creates it', async () => {
    const found = await b.get(`/seller/${sellerId}/offers/new?q=${encodeURIComponent('a')}`);
    expect(found.status).toBe(200);
    const productId = /offers\/new\?productId=([0-9a-f-]{36})/.exec(found.text)?.[1];
    expect(productId).toBeDefined();
    const form = {
      productId: productId!,
      grade: 'GOOD',
      sku: 'PORTAL-NEW-1',
      quantity: '2',
      warrantyMonths: '6',
      vatType: 'MARGINAL',
      market: 'fr-fr',
      // Four decimals: too many in every locale ("12.345" groups thousands where "." does).
      price: '12.3456',
      minPrice: '',
      comment: '',
      carrier: 'Colissimo',
      shippingPrice: '0',
      delayDays: 'two',
      published: 'on',
    };
    const bad = await b.post(`/seller/${sellerId}/offers/new?productId=${productId}`, form);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('id="error-summary"');
    expect(bad.text).toMatch(
      /id="f-warrantyMonths"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-warrantyMonths"/,
    );
    expect(bad.text).toContain('Warranty (months): must be at least 12 months');
    expect(bad.text).toContain('Shipping delay (days): must be a whole number');
    expect(bad.text).toContain('EUR allows at most 2 decimal places');
    expect(bad.text).toContain('value="PORTAL-NEW-1"'); // what was typed is kept

    const good = await b.post(`/seller/${sellerId}/offers/new`, {
      ...form,
      warrantyMonths: '12',
      price: '123.45',
      delayDays: '2',
    });
    expect(good.status).toBe(303);
    const offerId = Number(/\/offers\/(\d+)\?done=created/.exec(good.location ?? '')?.[1]);
    expect(offerId).toBeGreaterThan(0);
    const [row] = await t.deps.db.select().from(offers).where(eq(offers.id, offerId));
    expect(row).toMatchObject({ sellerId, sku: 'PORTAL-NEW-1', quantity: 2 });
    const page = await b.get(good.location!);
    expect(page.text).toContain('Offer created.');
    // The same SKU again (any case) is a field error.
    const dup = await b.post(`/seller/${sellerId}/offers/new`, {
      ...form,
      sku: 'portal-new-1',
      warrantyMonths: '12',
      price: '1.00',
      delayDays: '2',
    });
    expect(dup.status).toBe(400);
    expect(dup.text).toContain('is already used by another of your offers');
  });

  it('editing the price refreshes the buybox; a floor above the price is refused', async () => {
    const offerId = mine[0]!.id;
    const [offer] = await t.deps.db.select().from(offers).where(eq(offers.id, offerId));
    const terms = await t.deps.db.select().from(offerPrices).where(eq(offerPrices.offerId, offerId));
    const values: Record<string, string> = {
      quantity: String(offer!.quantity),
      warrantyMonths: String(offer!.warrantyMonths),
      published: 'on',
    };
    for (const m of terms) {
      values[`price_${m.market}`] = formatAmount(m.priceMinor, m.currency);
      values[`minPrice_${m.market}`] = '';
      values[`comment_${m.market}`] = m.comment;
    }
    await b.get(`/seller/${sellerId}/offers/${offerId}`);
    const refused = await b.post(`/seller/${sellerId}/offers/${offerId}`, {
      ...values,
      price_FR: '10.00',
      minPrice_FR: '20.00',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Minimum price (FR): must not exceed the price');

    const saved = await b.post(`/seller/${sellerId}/offers/${offerId}`, { ...values, price_FR: '1.00' });
    expect(saved.status).toBe(303);
    const [w] = await t.deps.db
      .select()
      .from(buyboxWinners)
      .where(
        and(
          eq(buyboxWinners.productId, offer!.productId),
          eq(buyboxWinners.market, 'FR'),
          eq(buyboxWinners.grade, offer!.grade),
        ),
      );
    expect(w).toMatchObject({ offerId, priceMinor: 100 });
    const page = await b.get(saved.location!);
    expect(page.text).toContain('wins the buybox');
    expect((await b.get(`/seller/${sellerId}/offers/${offerId}/repricer`)).text).toContain(
      'No automatic price change yet.',
    );
    // Put the price back for the order tests.
    await b.post(`/seller/${sellerId}/offers/${offerId}`, values);
  });

  it('accept then ship an order through the pages; shipping without tracking is refused; an IMEI is written once', async () => {
    const placed = await placeOrder(t, { lines: [{ offerId: mine[0]!.id }] });
    const orderId = placed.orders[0].id as number;
    const list = await b.get(`/seller/${sellerId}/orders?state=1`);
    expect(list.text).toContain(`/seller/${sellerId}/orders/${orderId}`);
    expect((await other.get(`/seller/${sellerId}/orders/${orderId}`)).status).toBe(403);

    const detail = await b.get(`/seller/${sellerId}/orders/${orderId}`);
    expect(detail.status).toBe(200);
    expect(detail.text).toContain('Accept the order');
    // Shipping before acceptance is a conflict, shown on the page.
    const early = await b.post(`/seller/${sellerId}/orders/${orderId}/ship`, {
      tracking_number: 'TRK1',
      shipper: 'UPS',
    });
    expect(early.status).toBe(409);

    const accepted = await b.post(`/seller/${sellerId}/orders/${orderId}/accept`, {});
    expect(accepted.status).toBe(303);
    expect((await b.get(accepted.location!)).text).toContain('Mark as shipped');

    const noTracking = await b.post(`/seller/${sellerId}/orders/${orderId}/ship`, {
      tracking_number: ' ',
      shipper: 'UPS',
    });
    expect(noTracking.status).toBe(400);
    expect(noTracking.text).toContain('Tracking number: is required to ship');

    const shipped = await b.post(`/seller/${sellerId}/orders/${orderId}/ship`, {
      tracking_number: '1Z999AA10123456784',
      shipper: 'UPS',
    });
    expect(shipped.status).toBe(303);
    const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, orderId));
    expect(o).toMatchObject({ state: 9, trackingNumber: '1Z999AA10123456784', shipper: 'UPS' });

    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    const imei = await b.post(`/seller/${sellerId}/orders/${orderId}/identifiers`, {
      lineId: String(line!.id),
      [`imei_${line!.id}`]: '356938035643809',
    });
    expect(imei.status).toBe(303);
    const again = await b.post(`/seller/${sellerId}/orders/${orderId}/identifiers`, {
      lineId: String(line!.id),
      [`imei_${line!.id}`]: '356938035643810',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('can be written only once');
    const bad = await b.post(`/seller/${sellerId}/orders/${orderId}/identifiers`, {
      lineId: String(line!.id),
      [`serial_number_${line!.id}`]: 'x'.repeat(51),
    });
    expect(bad.status).toBe(400);
  });

  it('cancelling needs a reason and refunds; another seller cannot act on the order', async () => {
    const placed = await placeOrder(t, { lines: [{ offerId: mine[1 % mine.length]!.id }] });
    const orderId = placed.orders[0].id as number;
    // The other seller's member, on their own seller path: the order does not exist for them.
    await other.get(`/seller/${otherSellerId}`);
    expect((await other.post(`/seller/${otherSellerId}/orders/${orderId}/accept`, {})).status).toBe(404);
    expect((await other.post(`/seller/${sellerId}/orders/${orderId}/accept`, {})).status).toBe(403);
    await b.get(`/seller/${sellerId}/orders/${orderId}`);
    const noReason = await b.post(`/seller/${sellerId}/orders/${orderId}/cancel`, { reason: '' });
    expect(noReason.status).toBe(400);
    const cancelled = await b.post(`/seller/${sellerId}/orders/${orderId}/cancel`, {
      reason: 'Out of stock',
    });
    expect(cancelled.status).toBe(303);
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
    expect(line!.state).toBe(4);
    // Without the CSRF token a form post is refused.
    expect((await b.post(`/seller/${sellerId}/orders/${orderId}/accept`, {}, { csrf: null })).status).toBe(
      403,
    );
  });

  it('money links the statements and invoices; an API key is shown once and can be revoked', async () => {
    const money = await b.get(`/seller/${sellerId}/money`);
    expect(money.text).toContain(`/seller/${sellerId}/statements.csv?from=`);
    expect(money.text).toContain(`/seller/${sellerId}/platform-invoices/`);
    const csv = await b.get(`/seller/${sellerId}/statements.csv`);
    expect(csv.status).toBe(200);

    await b.get(`/seller/${sellerId}/api-keys`);
    const empty = await b.post(`/seller/${sellerId}/api-keys`, { intent: 'create', name: '' });
    expect(empty.status).toBe(400);
    const created = await b.post(`/seller/${sellerId}/api-keys`, { intent: 'create', name: 'Stock sync' });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    const token = /id="new-token"[^>]*value="(rlk_[^"]+)"/.exec(created.text)?.[1];
    expect(token).toBeDefined();
    const list = await b.get(`/seller/${sellerId}/api-keys`);
    expect(list.text).toContain('Stock sync');
    expect(list.text).not.toContain(token!);
    const keyId = /name="keyId" value="(\d+)"/.exec(list.text)?.[1];
    const revoked = await b.post(`/seller/${sellerId}/api-keys`, { intent: 'revoke', keyId: keyId! });
    expect(revoked.status).toBe(303);
    expect((await b.get(revoked.location!)).text).toContain('Revoked');
  });
});
