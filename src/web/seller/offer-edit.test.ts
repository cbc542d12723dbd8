import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { products } from '../../modules/catalog/catalog.schema.ts';
import { createOffer } from '../../modules/offers/create-offer.ts';
import { buyboxWinners, offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What a browser would send for the form posting to `action`: its text inputs and ticked boxes. */
function formValues(page: string, action: string): Record<string, string> {
  const start = page.indexOf(`<form method="post" action="${action}"`);
  expect(start, `form ${action}`).toBeGreaterThan(-1);
  const form = page.slice(start, page.indexOf('</form>', start));
  const out: Record<string, string> = {};
  for (const m of form.matchAll(/<input\b[^>]*>/g)) {
    const tag = m[0];
    const name = /\bname="([^"]+)"/.exec(tag)?.[1];
    if (!name || name === '_csrf') continue;
    if (/type="checkbox"/.test(tag)) {
      if (/\schecked\b/.test(tag)) out[name] = 'on';
      continue;
    }
    out[name] = decode(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return out;
}

describe.each(ENGINES)('seller portal offer edit: shipping and markets, on %s', (engine) => {
  let t: T;
  let sellerId: number;
  let otherSellerId: number;
  let productId: string;
  let offerId: number;
  let b: TestBrowser;
  let other: TestBrowser;

  const signedIn = async (email: string, id: number) => {
    const actor = await createActor(t.deps, { email, sellers: [{ sellerId: id, role: 'owner' }] });
    const browser = new TestBrowser(t.app);
    browser.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return browser;
  };
  const terms = () =>
    t.deps.db
      .select()
      .from(offerPrices)
      .where(eq(offerPrices.offerId, offerId))
      .orderBy(asc(offerPrices.market));
  const offerRow = async () => (await t.deps.db.select().from(offers).where(eq(offers.id, offerId)))[0]!;
  const page = () => `/seller/${sellerId}/offers/${offerId}`;
  const editForm = async () => formValues((await b.get(page())).text, page());
  const publicOffer = async (market: string) => {
    const r = await t.get(`/api/v1/products/${productId}/offers?market=${market}`);
    expect(r.status).toBe(200);
    return (r.body.offers as Array<{ id: number; shipping: unknown[] }>).find((o) => o.id === offerId);
  };
  const winner = async (market: string) => {
    const o = await offerRow();
    const [w] = await t.deps.db
      .select()
      .from(buyboxWinners)
      .where(
        and(
          eq(buyboxWinners.productId, o.productId),
          eq(buyboxWinners.market, market),
          eq(buyboxWinners.grade, o.grade),
        ),
      );
    return w ?? null;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 4, offers: 20 });
    const all = await t.deps.db.select().from(sellers).orderBy(asc(sellers.id));
    const french = all.find((s) => s.country === 'FR' && s.status === 'active' && s.verified)!;
    sellerId = french.id;
    otherSellerId = all.find((s) => s.id !== sellerId)!.id;
    const [p] = await t.deps.db.select({ id: products.id }).from(products).limit(1);
    productId = p!.id;
    ({ offerId } = await createOffer({
      db: t.deps.db,
      clock: t.deps.clock,
      sellerId,
      input: {
        productId,
        grade: 'FAIR',
        sku: 'EDIT-SHIP-1',
        quantity: 5,
        warrantyMonths: 12,
        vatType: 'MARGINAL',
        published: true,
        markets: [
          {
            market: 'fr-fr',
            price: '150.00',
            comment: 'Boxed',
            shipping: [
              { carrier: 'Colissimo', price: '0', delayDays: 2 },
              { carrier: 'Chronopost', price: '7.90', delayDays: 1 },
            ],
          },
        ],
      },
    }));
    b = await signedIn('owner@edit.example', sellerId);
    other = await signedIn('owner@other-edit.example', otherSellerId);
  });
  // These assertions read the portal in English: its users chose English (otherwise a seller's
  // portal reads its market's language, portal-language.test.ts).
  beforeEach(async () => {
    await t.deps.db.update(users).set({ language: 'en' });
  });
  afterAll(async () => t?.close());

  it('shows each market and each shipping option in fieldsets with labelled inputs', async () => {
    const res = await b.get(page());
    expect(res.status).toBe(200);
    expect(res.text).toContain('<legend>France (FR), EUR</legend>');
    expect(res.text).toContain('<legend>Shipping options in France (FR)</legend>');
    expect(res.text).toContain('<legend>Shipping option 2</legend>');
    expect(res.text).toContain('<legend>Shipping option 3 (optional: fill in to add it)</legend>');
    for (const name of ['carrier_FR_1', 'shippingPrice_FR_2', 'delayDays_FR_3', 'removeShipping_FR_1']) {
      expect(res.text).toContain(`<label for="f-${name}">`);
      expect(res.text).toContain(`id="f-${name}" name="${name}"`);
    }
    const values = formValues(res.text, page());
    // Amounts are shown in the reader's locale: English in France (en-FR) writes a decimal comma.
    expect(values).toMatchObject({
      price_FR: '150,00',
      carrier_FR_1: 'Colissimo',
      shippingPrice_FR_1: '0,00',
      delayDays_FR_1: '2',
      carrier_FR_2: 'Chronopost',
      shippingPrice_FR_2: '7,90',
      carrier_FR_3: '',
    });
    expect(values.removeShipping_FR_1).toBeUndefined();
    // The market forms: add (no German terms yet) and no way to remove the only market.
    expect(res.text).toContain(`action="${page()}/markets"`);
    expect(res.text).toContain('<option value="DE"');
    expect(res.text).not.toContain('<option value="GB"');
    expect(res.text).not.toContain(`action="${page()}/markets/remove"`);
    expect(res.text).toContain('The offer’s only market');
  });

  it("edits a shipping option's price and delay: saved, shown, and in the storefront's offer terms", async () => {
    const values = await editForm();
    const saved = await b.post(page(), { ...values, shippingPrice_FR_1: '3,50', delayDays_FR_1: '4' });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${page()}?done=saved`);
    const [fr] = await terms();
    expect(fr!.shipping).toEqual([
      { carrier: 'Colissimo', priceMinor: 350, delayDays: 4 },
      { carrier: 'Chronopost', priceMinor: 790, delayDays: 1 },
    ]);
    expect(fr!.priceMinor).toBe(15000);
    const shown = await b.get(saved.location!);
    expect(shown.text).toContain('Saved. The buybox is up to date.');
    expect(formValues(shown.text, page())).toMatchObject({ shippingPrice_FR_1: '3,50', delayDays_FR_1: '4' });
    const pub = await publicOffer('fr-fr');
    expect(pub?.shipping).toEqual([
      { carrier: 'Colissimo', price: { amount: '3.50', currency: 'EUR' }, delayDays: 4 },
      { carrier: 'Chronopost', price: { amount: '7.90', currency: 'EUR' }, delayDays: 1 },
    ]);
  });

  it('adds a third option and removes one in the same save', async () => {
    const values = await editForm();
    const saved = await b.post(page(), {
      ...values,
      carrier_FR_3: 'UPS',
      shippingPrice_FR_3: '9.90',
      delayDays_FR_3: '1',
      removeShipping_FR_1: 'on',
    });
    expect(saved.status).toBe(303);
    const [fr] = await terms();
    expect(fr!.shipping).toEqual([
      { carrier: 'Chronopost', priceMinor: 790, delayDays: 1 },
      { carrier: 'UPS', priceMinor: 990, delayDays: 1 },
    ]);
    const next = formValues((await b.get(page())).text, page());
    expect(next).toMatchObject({ carrier_FR_1: 'Chronopost', carrier_FR_2: 'UPS', carrier_FR_3: '' });
  });

  it('refuses removing the last shipping option with a field error; nothing changes, what was typed stays', async () => {
    const before = { terms: await terms(), offer: await offerRow() };
    const values = await editForm();
    const refused = await b.post(page(), {
      ...values,
      quantity: '9',
      price_FR: '77.00',
      removeShipping_FR_1: 'on',
      removeShipping_FR_2: 'on',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('id="error-summary"');
    expect(refused.text).toContain(
      'href="#f-shipping_FR">Shipping options (FR): at least one shipping option is required',
    );
    expect(refused.text).toContain(
      'id="f-shipping_FR" tabindex="-1" aria-describedby="f-shipping_FR-hint f-shipping_FR-error"',
    );
    expect(refused.text).toContain(
      '<span class="error" id="f-shipping_FR-error">Shipping options: at least one shipping option is required',
    );
    expect(formValues(refused.text, page())).toMatchObject({
      quantity: '9',
      price_FR: '77.00',
      removeShipping_FR_1: 'on',
      removeShipping_FR_2: 'on',
    });
    expect(await terms()).toEqual(before.terms);
    expect(await offerRow()).toEqual(before.offer);
  });

  it('refuses a shipping price with too many decimals (400, message at the field); nothing changes', async () => {
    const before = { terms: await terms(), offer: await offerRow() };
    const values = await editForm();
    const refused = await b.post(page(), {
      ...values,
      quantity: '11',
      shippingPrice_FR_2: '4.999',
      carrier_FR_1: '',
      delayDays_FR_1: '61',
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('Shipping price (FR, option 2): EUR allows at most 2 decimal places');
    expect(refused.text).toContain(
      '<span class="error" id="f-shippingPrice_FR_2-error">Shipping price (EUR): EUR allows at most 2 decimal places</span>',
    );
    expect(refused.text).toContain(
      'id="f-shippingPrice_FR_2" name="shippingPrice_FR_2" type="text" value="4.999" required aria-describedby="f-shippingPrice_FR_2-error" aria-invalid="true"',
    );
    expect(refused.text).toContain('Carrier (FR, option 1): is required');
    expect(refused.text).toContain('Shipping delay (FR, option 1): must be a whole number from 0 to 60');
    expect(await terms()).toEqual(before.terms);
    expect(await offerRow()).toEqual(before.offer);
  });

  it('adds a market the seller may sell in; the buybox there is computed in the same step', async () => {
    const res = await b.get(page());
    const add = formValues(res.text, `${page()}/markets`);
    expect(add.carrier).toBe('Chronopost'); // prefilled from the offer's first option
    const bad = await b.post(`${page()}/markets`, {
      market: 'DE',
      price: '1.001',
      minPrice: '2.00',
      comment: '',
      carrier: '',
      shippingPrice: '0',
      delayDays: '3',
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('New market: Price: EUR allows at most 2 decimal places');
    expect(bad.text).toContain('New market: Carrier: is required');
    expect(bad.text).toContain('value="1.001"');
    expect((await terms()).map((x) => x.market)).toEqual(['FR']);

    const added = await b.post(`${page()}/markets`, {
      market: 'DE',
      price: '1.00',
      minPrice: '',
      comment: 'Versand aus Frankreich',
      carrier: 'DHL',
      shippingPrice: '0',
      delayDays: '3',
    });
    expect(added.status).toBe(303);
    expect(added.location).toBe(`${page()}?done=market-added`);
    const de = (await terms()).find((x) => x.market === 'DE');
    expect(de).toMatchObject({
      currency: 'EUR',
      priceMinor: 100,
      minPriceMinor: null,
      comment: 'Versand aus Frankreich',
      shipping: [{ carrier: 'DHL', priceMinor: 0, delayDays: 3 }],
    });
    expect(await winner('DE')).toMatchObject({ offerId, priceMinor: 100 });
    const shown = await b.get(added.location!);
    expect(shown.text).toContain('Market added.');
    expect(shown.text).toContain('<legend>Germany (DE), EUR</legend>');
    expect(shown.text).toContain('name="carrier_DE_1"');
    expect(shown.text).toContain(`action="${page()}/markets/remove"`);
    expect(shown.text).not.toContain('<option value="DE"');
    expect((await publicOffer('de-de'))?.shipping).toEqual([
      { carrier: 'DHL', price: { amount: '0.00', currency: 'EUR' }, delayDays: 3 },
    ]);
    // The edit form now carries both markets.
    const both = await b.post(page(), { ...formValues(shown.text, page()), delayDays_DE_1: '5' });
    expect(both.status).toBe(303);
    expect((await terms()).find((x) => x.market === 'DE')!.shipping).toEqual([
      { carrier: 'DHL', priceMinor: 0, delayDays: 5 },
    ]);
  });

  it('refuses a market the seller may not sell in, an unknown one, and one the offer is already in', async () => {
    const form = {
      price: '100.00',
      minPrice: '',
      comment: '',
      carrier: 'Royal Mail',
      shippingPrice: '0',
      delayDays: '2',
    };
    await b.get(page());
    const gb = await b.post(`${page()}/markets`, { ...form, market: 'GB' });
    expect(gb.status).toBe(400);
    expect(gb.text).toContain('New market: Market: is not open to a seller based in FR');
    const us = await b.post(`${page()}/markets`, { ...form, market: 'US' });
    expect(us.status).toBe(400);
    const unknown = await b.post(`${page()}/markets`, { ...form, market: 'ZZ' });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('Market: choose a market');
    const again = await b.post(`${page()}/markets`, { ...form, market: 'DE' });
    expect(again.status).toBe(400);
    expect(again.text).toContain('the offer is already listed in Germany');
    expect((await terms()).map((x) => x.market)).toEqual(['DE', 'FR']);
  });

  it('removes a market, and refuses removing the last one', async () => {
    await b.get(page());
    const removed = await b.post(`${page()}/markets/remove`, { market: 'DE' });
    expect(removed.status).toBe(303);
    expect(removed.location).toBe(`${page()}?done=market-removed`);
    expect((await terms()).map((x) => x.market)).toEqual(['FR']);
    expect((await winner('DE'))?.offerId).not.toBe(offerId);
    const shown = await b.get(removed.location!);
    expect(shown.text).toContain('Market removed.');
    expect(shown.text).not.toContain('<legend>Germany (DE), EUR</legend>');
    expect(await publicOffer('de-de')).toBeUndefined();

    const last = await b.post(`${page()}/markets/remove`, { market: 'FR' });
    expect(last.status).toBe(400);
    expect(last.text).toContain('Remove France (FR): is the offer’s only market');
    expect((await terms()).map((x) => x.market)).toEqual(['FR']);
    const notListed = await b.post(`${page()}/markets/remove`, { market: 'IT' });
    expect(notListed.status).toBe(400);
    expect(notListed.text).toContain('the offer is not listed in this market');
  });

  it("another seller's member cannot edit the offer, its shipping or its markets", async () => {
    const before = { terms: await terms(), offer: await offerRow() };
    const values = await editForm();
    await other.get(`/seller/${otherSellerId}`);
    const mine = `/seller/${otherSellerId}/offers/${offerId}`;
    expect((await other.get(mine)).status).toBe(404);
    expect((await other.post(mine, { ...values, shippingPrice_FR_1: '1.00' })).status).toBe(404);
    expect(
      (
        await other.post(`${mine}/markets`, {
          market: 'DE',
          price: '1.00',
          carrier: 'DHL',
          shippingPrice: '0',
          delayDays: '1',
        })
      ).status,
    ).toBe(404);
    expect((await other.post(`${mine}/markets/remove`, { market: 'FR' })).status).toBe(404);
    // On the offer's own seller path, the access rule refuses them.
    expect((await other.post(`${page()}/markets`, { market: 'DE' })).status).toBe(403);
    expect((await other.post(`${page()}/markets/remove`, { market: 'FR' })).status).toBe(403);
    expect(await terms()).toEqual(before.terms);
    expect(await offerRow()).toEqual(before.offer);
  });

  it('every form posts the CSRF token; without it a post is refused', async () => {
    const res = await b.get(page());
    const forms = res.text.match(/<form method="post"[^>]*>\s*<input type="hidden" name="_csrf"/g) ?? [];
    expect(forms.length).toBe(res.text.match(/<form method="post"/g)!.length);
    expect((await b.post(`${page()}/markets`, { market: 'DE' }, { csrf: null })).status).toBe(403);
    expect((await b.post(`${page()}/markets/remove`, { market: 'FR' }, { csrf: null })).status).toBe(403);
  });

  it('a suspended shop cannot put an unpublished offer back online from the form', async () => {
    await t.deps.db.update(offers).set({ published: false }).where(eq(offers.id, offerId));
    await t.deps.db.update(sellers).set({ status: 'suspended' }).where(eq(sellers.id, sellerId));
    try {
      const values = await editForm();
      const res = await b.post(page(), { ...values, published: 'on' });
      expect(res.status).toBe(403);
      expect(res.text).toContain('cannot publish offers until its trader information is verified');
      expect((await offerRow()).published).toBe(false);
    } finally {
      await t.deps.db.update(sellers).set({ status: 'active' }).where(eq(sellers.id, sellerId));
    }
    const values = await editForm();
    expect((await b.post(page(), { ...values, published: 'on' })).status).toBe(303);
    expect((await offerRow()).published).toBe(true);
  });
});
