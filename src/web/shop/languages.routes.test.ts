/**
 * Every market in its own language (issue 13): the shop's pages of a German, Swedish or
 * Dutch-speaking Belgian storefront show no English catalog value and no message key; Belgium has
 * a French and a Dutch storefront with a switch between them; country names, field messages,
 * error pages and typed prices follow the page's language.
 */
import { and, eq, gt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../../../test/browser.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPrices, offers } from '../../modules/offers/offers.schema.ts';
import {
  LINE,
  lineStateKey,
  ORDER_LINE_STATES,
  ORDER_STATES,
  orderStateKey,
} from '../../modules/orders/order-states.ts';
import type { SellerApplication } from '../../modules/seller-onboarding/onboarding.store.ts';
import { translator } from '../../platform/i18n.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { en as catalogEn } from '../../platform/messages/catalogs.ts';
import { en } from '../../platform/messages/en.ts';
import { pageContext } from '../ui/context.ts';
import { sellPage } from './sell.pages.ts';

const APPLICATION = {
  id: 1,
  shopName: 'Atelier',
  legalName: 'Atelier SARL',
  addressLine: '1 rue A',
  postalCode: '75001',
  city: 'Paris',
  country: 'FR',
  phone: '+33100000000',
  email: 'a@example.com',
  tradeRegister: 'RCS Paris',
  tradeRegisterNumber: '123',
  vatNumber: null,
  iban: 'FR7630006000011234567890189',
  accountHolder: 'Atelier SARL',
  idDocumentName: 'id.pdf',
  updatedAt: new Date('2026-11-02T10:00:00Z'),
};

type T = Awaited<ReturnType<typeof createTestApp>>;

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The page's text without scripts, styles and JSON-LD. */
const visible = (page: string) => page.replace(/<(script|style)[\s\S]*?<\/\1>/g, '');

/**
 * English catalog values a page in `locale` must not show: every shop message without
 * placeholders whose translation differs, long enough not to be a word of another language.
 */
function englishLeaks(page: string, locale: string): string[] {
  const t = translator(locale);
  const text = visible(page);
  return (Object.keys(en) as Array<keyof typeof en>)
    .filter((k) => !en[k].includes('{') && en[k].length >= 12 && t(k) !== en[k])
    .filter((k) => text.includes(escapeHtml(en[k])))
    .map((k) => `${k}: ${en[k]}`);
}

/** Message keys shown as such (a key missing from a catalog, or passed where text was meant). */
function rawKeys(page: string): string[] {
  const text = visible(page).replace(/<[^>]*>/g, ' ');
  return Object.keys(en).filter(
    (k) => k.includes('.') && new RegExp(`(^|\\s)${k.replace(/\./g, '\\.')}(\\s|$)`).test(text),
  );
}

describe('every market in its own language', () => {
  let t: T;
  let slugs: Record<string, string>;
  let offerIds: Record<string, number>;
  beforeAll(async () => {
    t = await createTestApp('pglite');
    slugs = {};
    offerIds = {};
    for (const code of ['DE', 'SE', 'BE']) {
      const [p] = await t.database.rows<{ slug: string }>(
        sql`SELECT p.slug FROM products p JOIN buybox_winners b ON b.product_id = p.id AND b.market = ${code} ORDER BY p.slug LIMIT 1`,
      );
      slugs[code] = p!.slug;
      const [o] = await t.deps.db
        .select({ id: offers.id })
        .from(offers)
        .innerJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, code)))
        .where(and(gt(offers.quantity, 2), eq(offers.published, true)))
        .limit(1);
      offerIds[code] = o!.id;
    }
  }, 120_000);
  afterAll(() => t?.close());

  const STOREFRONTS = [
    ['de-de', 'DE', 'de-DE'],
    ['sv-se', 'SE', 'sv-SE'],
    ['nl-be', 'BE', 'nl-BE'],
  ] as const;

  it.each(STOREFRONTS)(
    '/%s: search, product, cart, checkout, sign-up and sell speak the language, without keys or English',
    async (locale, code, bcp47) => {
      const b = new TestBrowser(t.app, `203.0.113.${120 + STOREFRONTS.findIndex((s) => s[0] === locale)}`);
      await b.get(`/${locale}/cart`);
      const added = await b.post(`/${locale}/cart/add`, { offerId: String(offerIds[code]) });
      expect(added.status, 'add to cart').toBeLessThan(400);
      const paths = [
        `/${locale}/search?q=iphone`,
        `/${locale}/p/${slugs[code]}`,
        `/${locale}/cart`,
        `/${locale}/checkout`,
        `/${locale}/sign-up`,
      ];
      for (const path of paths) {
        const r = await b.get(path);
        expect(r.status, path).toBeLessThan(400);
        expect(r.text, path).toContain(`<html lang="${bcp47}">`);
        expect(englishLeaks(r.text, bcp47), path).toEqual([]);
        expect(rawKeys(r.text), path).toEqual([]);
      }
      // The sell page (signed in only): the form, then an application waiting for corrections.
      const ctx = pageContext(marketByLocale(locale)!, `/${locale}/sell`);
      const correcting = {
        ...APPLICATION,
        status: 'needs_correction',
        reviewNote: 'x',
      } as unknown as SellerApplication;
      for (const page of [await sellPage(ctx, undefined), await sellPage(ctx, correcting)]) {
        const text = String(page);
        expect(text).toContain(`<html lang="${bcp47}">`);
        expect(englishLeaks(text, bcp47)).toEqual([]);
        expect(rawKeys(text)).toEqual([]);
        expect(text).toContain(translator(bcp47)('sell.title'));
      }
    },
    120_000,
  );

  it('serves Belgium in Dutch at /nl-be: same market and prices as /fr-be, and a FR | NL switch to the same page', async () => {
    const path = `/p/${slugs.BE}`;
    const nl = await t.get(`/nl-be${path}`);
    const fr = await t.get(`/fr-be${path}`);
    expect(nl.status).toBe(200);
    expect(nl.text).toContain('<html lang="nl-BE">');
    expect(nl.text).toContain(translator('nl-BE')('cart.add'));
    expect(fr.text).toContain('<html lang="fr-BE">');
    // The switch links to the same page in the other language, whatever the delivery country.
    expect(nl.text).toContain(`href="/fr-be${path}" hreflang="fr-BE"`);
    expect(fr.text).toContain(`href="/nl-be${path}" hreflang="nl-BE"`);
    expect(nl.text).toMatch(/aria-current="true" lang="nl-BE">NL/);
    // No switch where a market has one language.
    expect((await t.get('/de-de')).text).not.toContain('class="language-switch"');
    // The same offers at the same prices (each formatted in its language: “€ 228,99”, “228,99 €”).
    const price = (page: string) => /id="winner-price">([^<]+)</.exec(page)?.[1]?.replace(/\D/g, '');
    expect(price(nl.text)).toBe(price(fr.text));
    // Reloop Pro too, and the Belgian market stays selected in the country chooser.
    const pro = await t.get(`/pro/nl-be${path}`);
    expect(pro.status).toBe(200);
    expect(pro.text).toContain('<html lang="nl-BE">');
    expect(pro.text).toContain(`href="/pro/fr-be${path}"`);
    expect(nl.text).toContain('<option value="nl-be" selected>');
    expect(marketByLocale('nl-be')!.code).toBe('BE');
  });

  it('lands a Dutch-speaking Belgian on /nl-be', async () => {
    const res = await t.app.request('/', { headers: { 'accept-language': 'nl-BE,nl;q=0.9' } });
    expect(res.headers.get('location')).toBe('/nl-be');
  });

  it('names countries in the page’s language', async () => {
    const de = (await t.get('/de-de')).text;
    expect(de).toContain('Frankreich');
    expect(de).not.toContain('>France (EUR)');
    const fr = (await t.get('/fr-fr')).text;
    expect(fr).toContain('Allemagne');
    expect(fr).not.toContain('>Germany (EUR)');
    const gb = (await t.get('/en-gb')).text;
    expect(gb).toContain('Germany');
    expect(gb).not.toContain('Allemagne');
    const sv = (await t.get('/sv-se')).text;
    expect(sv).toContain('Tyskland');
  });

  it('reads a price typed with the market’s decimal separator', async () => {
    const comma = await t.get('/de-de/c/smartphones?minPrice=12,50&maxPrice=2000,00');
    expect(comma.status).toBe(200);
    const point = await t.get('/de-de/c/smartphones?minPrice=12.50&maxPrice=2000.00');
    expect(point.status).toBe(200);
    const count = (page: string) => /<p class="muted" role="status">([^<]+)</.exec(page)?.[1];
    expect(count(comma.text)).toBe(count(point.text));
    expect((await t.get('/en-gb/c/smartphones?minPrice=12.50')).status).toBe(200);
    expect((await t.get('/de-de/c/smartphones?minPrice=abc')).status).toBe(400);
  });

  it('says field messages and error pages in the page’s language', async () => {
    const b = new TestBrowser(t.app, '203.0.113.130');
    await b.get('/de-de/sign-up');
    const weak = await b.post('/de-de/sign-up', {
      name: 'Ada',
      email: 'ada.de@example.com',
      password: 'short',
      market: 'DE',
      acceptTerms: 'on',
    });
    expect(weak.status).toBe(400);
    const de = translator('de-DE');
    expect(weak.text).toContain(de('form.error.tooShort', { min: 12 }));
    expect(weak.text).not.toContain('characters long');
    const missing = await t.get('/sv-se/p/does-not-exist');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain(translator('sv-SE')('error.404.text'));
    expect(missing.text).not.toContain('not found');
  });

  it('names every order and line state through a message key, in each language', () => {
    for (const locale of ['fr-FR', 'de-DE', 'nl-NL', 'sv-SE', 'es-ES', 'it-IT']) {
      const tr = translator(locale);
      for (const s of ORDER_LINE_STATES)
        expect(tr(lineStateKey(s)), `${locale} line ${s}`).not.toBe(catalogEn[lineStateKey(s)]);
      for (const s of ORDER_STATES)
        expect(tr(orderStateKey(s)), `${locale} order ${s}`).not.toBe(catalogEn[orderStateKey(s)]);
    }
    expect(translator('de-DE')(lineStateKey(LINE.shipped))).toBe('An den Versanddienstleister übergeben');
    expect(lineStateKey(42)).toBe('lineState.unknown');
  });
});
