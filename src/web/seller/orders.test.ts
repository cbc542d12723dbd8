/**
 * Issue 11, defect 13 in the seller portal: the order list's line counts, unpaid or declined orders
 * without the buyer's name, IMEI check digits before the write-once, and money fields (bounds,
 * decimal commas) in the offer forms.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, TEST_CARDS } from '../../../test/orders.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { orderLines, orders } from '../../modules/orders/orders.schema.ts';
import { recordLineIdentifiers } from '../../modules/orders/record-line-identifiers.ts';
import { listSellerOrders } from '../../modules/orders/seller-orders.read-model.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { formatAmount } from '../../platform/money.ts';
import { sellerSurface } from './seller.surface.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('seller portal orders and money inputs on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let mine: Pick[];
  let b: TestBrowser;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    sellerSurface.register!(t.app, t.deps);
    const picks = await offerPicks(t);
    const good = await t.deps.db
      .select({ id: sellers.id })
      .from(sellers)
      .where(and(eq(sellers.status, 'active'), eq(sellers.verified, true)));
    const ok = new Set(good.map((s) => s.id));
    sellerId = picks.find((p) => ok.has(p.sellerId))!.sellerId;
    mine = picks.filter((p) => p.sellerId === sellerId);
    const actor = await createActor(t.deps, {
      email: 'orders-owner@seller.example',
      sellers: [{ sellerId, role: 'owner' }],
    });
    b = new TestBrowser(t.app);
    b.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  /** The list row of an order (its <tr>), from the "All" tab. */
  const rowOf = async (orderId: number) => {
    const page = await b.get(`/seller/${sellerId}/orders?state=all`);
    expect(page.status).toBe(200);
    return (
      /<tr>(?:(?!<\/tr>).)*/s.exec(page.text.slice(page.text.indexOf(`/orders/${orderId}"`) - 60))?.[0] ?? ''
    );
  };
  const renamed = async (orderId: number, name: string) => {
    const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, orderId));
    await t.deps.db
      .update(orders)
      .set({ shippingAddress: { ...o!.shippingAddress, name } })
      .where(eq(orders.id, orderId));
  };

  describe('the order list', () => {
    it('counts the lines of each order (a one-line order shows 1, a two-line order 2)', async () => {
      const one = (await placeOrder(t, { lines: [{ offerId: mine[0]!.id }] })).orders[0].id as number;
      // Two offers of the seller sharing a carrier make one order of two lines.
      let two = 0;
      for (let i = 0; i < mine.length && !two; i++)
        for (let j = i + 1; j < mine.length && !two; j++) {
          const placed = await placeOrder(t, {
            lines: [{ offerId: mine[i]!.id }, { offerId: mine[j]!.id }],
          }).catch(() => null);
          if (placed?.orders.length === 1) two = placed.orders[0].id as number;
        }
      expect(two).toBeGreaterThan(0);
      const list = await listSellerOrders(t.deps.db, sellerId, { state: null, page: 1, pageSize: 50 });
      const lines = new Map(list.rows.map((r) => [r.id, Number(r.lines)]));
      expect(lines.get(one)).toBe(1);
      expect(lines.get(two)).toBe(2);
      expect(await rowOf(one)).toContain('<td class="num">1</td>');
      expect(await rowOf(two)).toContain('<td class="num">2</td>');
    });

    it("never shows the buyer's name on a declined (8), pending (0) or awaiting-transfer (10) order", async () => {
      const declined = (await placeOrder(t, { lines: [{ offerId: mine[0]!.id }], card: TEST_CARDS.declined }))
        .orders[0];
      expect(declined.state).toBe(8);
      await renamed(declined.id, 'Declined Buyer');
      const pending = (await placeOrder(t, { lines: [{ offerId: mine[0]!.id }] })).orders[0].id as number;
      await renamed(pending, 'Pending Buyer');
      await t.deps.db.update(orders).set({ state: 0 }).where(eq(orders.id, pending));
      const transfer = (await placeOrder(t, { lines: [{ offerId: mine[0]!.id }] })).orders[0].id as number;
      await renamed(transfer, 'Transfer Buyer');
      await t.deps.db.update(orders).set({ state: 10 }).where(eq(orders.id, transfer));
      const paid = (await placeOrder(t, { lines: [{ offerId: mine[0]!.id }] })).orders[0].id as number;
      await renamed(paid, 'Paid Buyer');

      const list = await listSellerOrders(t.deps.db, sellerId, { state: null, page: 1, pageSize: 50 });
      const byId = new Map(list.rows.map((r) => [r.id, r]));
      for (const id of [declined.id, pending, transfer]) expect(byId.get(id)?.buyerName).toBeNull();
      expect(byId.get(paid)?.buyerName).toBe('Paid Buyer');

      const all = await b.get(`/seller/${sellerId}/orders?state=all`);
      for (const name of ['Declined Buyer', 'Pending Buyer', 'Transfer Buyer'])
        expect(all.text).not.toContain(name);
      expect(all.text).toContain('Paid Buyer');
      for (const [state, name] of [
        [8, 'Declined Buyer'],
        [0, 'Pending Buyer'],
        [10, 'Transfer Buyer'],
      ] as const) {
        const tab = await b.get(`/seller/${sellerId}/orders?state=${state}`);
        expect(tab.text).not.toContain(name);
      }
      for (const [id, name] of [
        [declined.id, 'Declined Buyer'],
        [pending, 'Pending Buyer'],
        [transfer, 'Transfer Buyer'],
      ] as const) {
        const detail = await b.get(`/seller/${sellerId}/orders/${id}`);
        expect(detail.status).toBe(200);
        expect(detail.text).not.toContain(name);
        expect(detail.text).not.toContain('12 rue de Rivoli');
        expect(detail.text).toContain('shown once the order is paid');
      }
      const paidPage = await b.get(`/seller/${sellerId}/orders/${paid}`);
      expect(paidPage.text).toContain('Paid Buyer');
    });
  });

  describe('IMEI', () => {
    it('an IMEI failing its check digit is refused (400 naming the field) before the write-once; nothing is written', async () => {
      const orderId = (await placeOrder(t, { lines: [{ offerId: mine[0]!.id }] })).orders[0].id as number;
      const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.orderId, orderId));
      await expect(
        recordLineIdentifiers(t.deps, { sellerId, orderLineId: line!.id, imei: '356938035643810' }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: [{ field: 'imei' }] });
      await expect(
        recordLineIdentifiers(t.deps, { sellerId, orderLineId: line!.id, imei: '35693803564380' }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: [{ field: 'imei' }] });

      await b.get(`/seller/${sellerId}/orders/${orderId}`);
      const bad = await b.post(`/seller/${sellerId}/orders/${orderId}/identifiers`, {
        lineId: String(line!.id),
        [`imei_${line!.id}`]: '356938035643810',
      });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain(
        'IMEI: must be the 15 digits of an IMEI, the last one its check digit (Luhn)',
      );
      expect(bad.text).toContain('value="356938035643810"'); // what was typed is kept
      const [after] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, line!.id));
      expect(after!.imei).toBeNull();

      const good = await b.post(`/seller/${sellerId}/orders/${orderId}/identifiers`, {
        lineId: String(line!.id),
        [`imei_${line!.id}`]: '490154203237518',
      });
      expect(good.status).toBe(303);
      const [saved] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, line!.id));
      expect(saved!.imei).toBe('490154203237518');
    });
  });

  describe('money fields of the offer forms', () => {
    const termsOf = async (offerId: number) =>
      (
        await t.deps.db
          .select()
          .from(offerPrices)
          .where(and(eq(offerPrices.offerId, offerId), eq(offerPrices.market, 'FR')))
      )[0]!;
    const formOf = async (offerId: number) => {
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
      return values;
    };

    it('editing: a price of 99999999999 is a 400 naming the field and its range, nothing changes; "699,99" is saved', async () => {
      const offerId = mine[2]!.id;
      const before = await termsOf(offerId);
      const values = await formOf(offerId);
      await b.get(`/seller/${sellerId}/offers/${offerId}`);
      const huge = await b.post(`/seller/${sellerId}/offers/${offerId}`, {
        ...values,
        price_FR: '99999999999',
      });
      expect(huge.status).toBe(400);
      expect(huge.text).toContain('must be from 0.00 to 999999.99 EUR');
      expect(huge.text).toContain('value="99999999999"');
      expect(await termsOf(offerId)).toEqual(before);

      const comma = await b.post(`/seller/${sellerId}/offers/${offerId}`, { ...values, price_FR: '699,99' });
      expect(comma.status, comma.text.slice(0, 400)).toBe(303);
      expect((await termsOf(offerId)).priceMinor).toBe(69999);
      await b.post(`/seller/${sellerId}/offers/${offerId}`, values); // put the price back
    });

    it('creating: a price of 99999999999 is a 400 naming the field and its range; "12,50" is read as 12.50', async () => {
      const found = await b.get(`/seller/${sellerId}/offers/new?q=${encodeURIComponent('a')}`);
      const productId = /offers\/new\?productId=([0-9a-f-]{36})/.exec(found.text)?.[1];
      expect(productId).toBeDefined();
      const form = {
        productId: productId!,
        grade: 'GOOD',
        sku: 'COMMA-1',
        quantity: '2',
        warrantyMonths: '12',
        vatType: 'MARGINAL',
        market: 'fr-fr',
        price: '99999999999',
        minPrice: '',
        comment: '',
        carrier: 'Colissimo',
        shippingPrice: '4,90',
        delayDays: '2',
        published: 'on',
      };
      const huge = await b.post(`/seller/${sellerId}/offers/new?productId=${productId}`, form);
      expect(huge.status).toBe(400);
      expect(huge.text).toContain('must be from 0.00 to 999999.99 EUR');
      expect(await t.deps.db.select().from(offers).where(eq(offers.sku, 'COMMA-1'))).toEqual([]);

      const good = await b.post(`/seller/${sellerId}/offers/new`, { ...form, price: '12,50' });
      expect(good.status, good.text.slice(0, 600)).toBe(303);
      const [row] = await t.deps.db.select().from(offers).where(eq(offers.sku, 'COMMA-1'));
      const terms = await termsOf(row!.id);
      expect(terms.priceMinor).toBe(1250);
      expect(terms.shipping[0]!.priceMinor).toBe(490);
    });
  });
});
