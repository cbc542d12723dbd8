import { and, eq, gt, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n.ts';

const fr = translator('fr-FR');

import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const form = {
  email: 'guest@example.com',
  'shippingAddress.name': 'Grace Hopper',
  'shippingAddress.line1': '5 avenue Anatole France',
  'shippingAddress.postalCode': '75007',
  'shippingAddress.city': 'Paris',
  'shippingAddress.country': 'FR',
  paymentMethod: 'card',
  'card.expMonth': '12',
  'card.expYear': '2031',
  'card.cvc': '123',
  'card.holder': 'Grace Hopper',
};

describe.each(ENGINES)('checkout pages on %s', (engine) => {
  let t: T;
  let offerIds: number[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    offerIds = (
      await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, 'FR')))
        .innerJoin(sellers, eq(sellers.id, offers.sellerId))
        .where(
          and(
            gt(offers.quantity, 3),
            eq(offers.published, true),
            inArray(sellers.country, ['FR', 'DE', 'NL', 'BE', 'ES', 'IT']),
          ),
        )
        .limit(6)
    ).map((r) => r.id);
  });
  afterAll(() => t.close());

  const shopper = async (offerId: number, ip: string) => {
    const b = new TestBrowser(t.app, ip);
    await b.get('/fr-fr/cart');
    await b.post('/fr-fr/cart/add', { offerId: String(offerId) });
    const page = await b.get('/fr-fr/checkout');
    expect(page.status).toBe(200);
    const carriers = [...page.text.matchAll(/name="(shipping\.\d+)" value="([^"]+)"/g)].map((m) => [
      m[1]!,
      m[2]!,
    ]);
    return { b, shipping: Object.fromEntries(carriers) };
  };

  it('a guest reviews every amount, pays by card and lands on the confirmed order', async () => {
    const { b, shipping } = await shopper(offerIds[0]!, '203.0.113.81');
    const bad = await b.post('/fr-fr/checkout/review', {
      ...form,
      ...shipping,
      'shippingAddress.postalCode': 'ABC',
      'card.number': '4242 4242 4242 4242',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain(
      fr('form.error.postalCode', { country: 'France', example: '75001' }).split(' (')[0]!,
    );
    expect(bad.text).not.toContain('value="4242 4242 4242 4242"');
    const review = await b.post('/fr-fr/checkout/review', {
      ...form,
      ...shipping,
      'card.number': '4242 4242 4242 4242',
    });
    expect(review.status).toBe(200);
    for (const label of ['Articles', 'Livraison', 'Frais de service', 'Total à payer', 'dont TVA']) {
      if (label === 'dont TVA' && !review.text.includes('TVA ')) continue;
      expect(review.text).toContain(label);
    }
    const hidden = Object.fromEntries(
      [...review.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const placed = await b.post('/fr-fr/checkout/place', hidden);
    expect(placed.status).toBe(303);
    const order = await b.get(placed.location!);
    expect(order.text).toContain('Votre commande est confirmée et payée');
    // Reposting the same confirmation (a double click) does not order twice.
    const again = await b.post('/fr-fr/checkout/place', hidden);
    expect(again.location).toBe(placed.location);
  });

  it('a declined card shows a clear message and keeps the cart', async () => {
    const { b, shipping } = await shopper(offerIds[1]!, '203.0.113.82');
    const review = await b.post('/fr-fr/checkout/review', {
      ...form,
      ...shipping,
      'card.number': '4000000000000002',
    });
    const hidden = Object.fromEntries(
      [...review.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const declined = await b.post('/fr-fr/checkout/place', hidden);
    expect(declined.status).toBe(402);
    expect(declined.text).toMatch(/declined/i);
    expect(declined.text).toContain('No money was taken');
    expect((await b.get('/fr-fr/cart')).text).toContain('action="/fr-fr/cart/lines/');
  });

  it('3-D Secure: the sandbox bank page approves the payment and returns to the order', async () => {
    const { b, shipping } = await shopper(offerIds[2]!, '203.0.113.83');
    const review = await b.post('/fr-fr/checkout/review', {
      ...form,
      ...shipping,
      'card.number': '4000 0027 6000 3184',
    });
    const hidden = Object.fromEntries(
      [...review.text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    const placed = await b.post('/fr-fr/checkout/place', hidden);
    expect(placed.location).toMatch(/\/sandbox\/challenge\/sbx_pi_[0-9a-f]{16}/);
    const bank = await b.get(
      new URL(placed.location!, 'http://x').pathname + new URL(placed.location!, 'http://x').search,
    );
    expect(bank.text).toContain(fr('sandbox.heading'));
    const path = new URL(placed.location!, 'http://x').pathname;
    // Issue 12 finding 5: a tampered return URL falls back to the home page.
    for (const evil of [
      'http://reloop.test/%09/evil.example',
      'https://evil.example/x',
      '/\t/evil.example',
    ]) {
      const tampered = await b.get(`${path}?return_url=${encodeURIComponent(evil)}`);
      expect(/name="return_url" value="([^"]+)"/.exec(tampered.text)![1]).toBe('/');
    }
    const back = await b.post(path, {
      decision: 'approve',
      return_url: /name="return_url" value="([^"]+)"/.exec(bank.text)![1]!.replace(/&amp;/g, '&'),
    });
    expect(back.location).toMatch(/\/fr-fr\/checkout\/return\?payment=/);
    const ret = await b.get(back.location!);
    expect(ret.location).toMatch(/\/fr-fr\/orders\/[0-9a-f-]{36}$/);
    expect((await b.get(ret.location!)).text).toContain('Votre commande est confirmée et payée');
  });
  it('two tabs: the review keeps its key; a cart already checked out answers 409 with its orders', async () => {
    const { b, shipping } = await shopper(offerIds[3]!, '203.0.113.84');
    const values = { ...form, ...shipping, 'card.number': '4242 4242 4242 4242' };
    const hiddenOf = (text: string) =>
      Object.fromEntries(
        [...text.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [
          m[1]!,
          m[2]!,
        ]),
      );
    const tab1 = hiddenOf((await b.post('/fr-fr/checkout/review', values)).text);
    const tab2 = hiddenOf((await b.post('/fr-fr/checkout/review', values)).text);
    expect(tab2.idempotencyKey).toBe(tab1.idempotencyKey);
    const placed = await b.post('/fr-fr/checkout/place', tab1);
    expect(placed.status).toBe(303);
    expect((await b.post('/fr-fr/checkout/place', tab2)).location).toBe(placed.location);
    // A page rendered with another key (an older review) finds the cart checked out.
    const other = await b.post('/fr-fr/checkout/place', { ...tab2, idempotencyKey: 'older-review-key-1' });
    expect(other.status).toBe(409);
    expect(other.text).toContain(`href="${placed.location}"`);
  });
});
