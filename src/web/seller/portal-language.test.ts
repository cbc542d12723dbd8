/**
 * The seller portal in the seller's language (issue 13): a seller's pages read in the signed-in
 * user's account language, else the language of the seller's country market; amounts typed in the
 * locale's own way ("129,90" in French) are read as such.
 */
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { linkIn, TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { untranslated } from '../../../test/language-check.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { products } from '../../modules/catalog/catalog.schema.ts';
import { createOffer } from '../../modules/offers/create-offer.ts';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { offerPrices } from '../../modules/offers/offers.schema.ts';
import { createListingTask, processListingTask } from '../../modules/seller-api/listing-batch.ts';
import { enqueueEvent, subscribe } from '../../modules/seller-webhooks/seller-webhooks.ts';
import { sellers } from '../../modules/sellers/sellers.schema.ts';
import { translator } from '../../platform/i18n.ts';
import { mailOutbox } from '../../platform/mail/mail.schema.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { en } from '../../platform/messages/portal/en.ts';
import { sellerSurface } from './seller.surface.ts';
import { portalLocale } from './seller-view.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The text a person reads: tags removed, entities decoded. */
const visible = (page: string) =>
  decode(
    page
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' '),
  );

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

/**
 * What betrays a missing translation (test/language-check.ts); a catalog key without a dot
 * (the shop's `no`) is an ordinary word, not a raw key on the page.
 */
const untranslatedOn = (text: string, language: string) =>
  untranslated(text, language).filter((p) => !/^raw key [^.]+$/.test(p));

/** English portal phrases (two words or more) a translated page must not show. */
const ENGLISH_PORTAL_PHRASES = Object.values(en)
  .flatMap((m) => m.split(/\{[^}]*\}|[{}#]/))
  .map((f) => f.trim())
  .filter((f) => f.length >= 10 && /\p{L}+\s+\p{L}+/u.test(f));

describe('portalLocale', () => {
  it('is the account language in the seller market’s region, else the market’s locale', () => {
    expect(portalLocale(null, 'FR')).toBe('fr-FR');
    expect(portalLocale({ language: null }, 'DE')).toBe('de-DE');
    expect(portalLocale({ language: 'sv' }, 'FR')).toBe('sv-FR');
    expect(portalLocale({ language: 'en' }, 'IT')).toBe('en-IT');
    expect(portalLocale(null, 'GB')).toBe('en-GB');
    // A country without a market of its own reads English.
    expect(portalLocale(null, 'PL')).toBe('en-GB');
  });
});

describe.each(ENGINES)('the seller portal in the seller’s language on %s', (engine) => {
  let t: T;
  let frSeller: number;
  let deSeller: number;
  let offerId: number;
  let productId: string;
  let fr: TestBrowser;
  let de: TestBrowser;
  let sv: TestBrowser;

  const signedIn = async (email: string, sellerId: number, language: string | null = null) => {
    const actor = await createActor(t.deps, { email, sellers: [{ sellerId, role: 'owner' }] });
    await t.deps.db.update(users).set({ language }).where(eq(users.id, actor.userId));
    const browser = new TestBrowser(t.app);
    browser.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return browser;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 4, offers: 20 });
    sellerSurface.register!(t.app, t.deps);
    const all = await t.deps.db.select().from(sellers).orderBy(asc(sellers.id));
    frSeller = all[0]!.id;
    deSeller = all[1]!.id;
    await t.deps.db.update(sellers).set({ country: 'FR' }).where(eq(sellers.id, frSeller));
    await t.deps.db.update(sellers).set({ country: 'DE' }).where(eq(sellers.id, deSeller));
    const [p] = await t.deps.db.select({ id: products.id }).from(products).limit(1);
    productId = p!.id;
    ({ offerId } = await createOffer({
      db: t.deps.db,
      clock: t.deps.clock,
      sellerId: frSeller,
      input: {
        productId,
        grade: 'VERY_GOOD',
        sku: 'LANG-1',
        quantity: 3,
        warrantyMonths: 12,
        vatType: 'MARGINAL',
        published: true,
        markets: [
          {
            market: 'fr-fr',
            price: '150.00',
            comment: '',
            shipping: [{ carrier: 'Colissimo', price: '4.90', delayDays: 2 }],
          },
        ],
      },
    }));
    fr = await signedIn(`lang-fr-${engine}@seller.example`, frSeller);
    de = await signedIn(`lang-de-${engine}@seller.example`, deSeller);
    sv = await signedIn(`lang-sv-${engine}@seller.example`, frSeller, 'sv');
  });
  afterAll(async () => t?.close());

  const PAGES = ['', '/offers', '/orders', '/orders?state=all'];

  it.each([
    ['a French seller', () => fr, () => frSeller, 'fr-FR', 'fr'],
    ['a German seller', () => de, () => deSeller, 'de-DE', 'de'],
    ['a user of a French seller whose account reads Swedish', () => sv, () => frSeller, 'sv-FR', 'sv'],
  ] as const)(
    '%s reads the dashboard, offers and orders in its language',
    async (_who, browser, seller, locale, language) => {
      const tr = translator(locale);
      for (const path of PAGES) {
        const r = await browser().get(`/seller/${seller()}${path}`);
        expect(r.status, path).toBe(200);
        expect(r.text, path).toContain(`<html lang="${locale}">`);
        const text = visible(r.text);
        expect(text, path).not.toMatch(/\bportal\.[a-zA-Z]/);
        expect(untranslatedOn(text, language), path).toEqual([]);
        expect(
          ENGLISH_PORTAL_PHRASES.filter((p) => text.includes(p)),
          path,
        ).toEqual([]);
        expect(text, path).toContain(tr('portal.nav.dashboard'));
      }
      const dashboard = visible((await browser().get(`/seller/${seller()}`)).text);
      expect(dashboard).toContain(tr('portal.dashboard.quality'));
      const orders = visible((await browser().get(`/seller/${seller()}/orders`)).text);
      expect(orders).toContain(tr('portal.orders.tab.toAccept'));
    },
  );

  it('the offer page of a French seller is in French: grade names, prices and amounts in French', async () => {
    const tr = translator('fr-FR');
    const r = await fr.get(`/seller/${frSeller}/offers/${offerId}`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('<html lang="fr-FR">');
    const text = visible(r.text);
    expect(untranslatedOn(text, 'fr')).toEqual([]);
    expect(text).toContain(tr('portal.offer.yourPrice'));
    expect(text).toContain(gradeName('VERY_GOOD', 'fr-FR'));
    // The price input shows the stored value the French way; the live price is formatted by Intl.
    expect(formValues(r.text, `/seller/${frSeller}/offers/${offerId}`).price_FR).toBe('150,00');
    const price = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(150);
    expect(text).toContain(price.replace(/\s+/g, ' '));
    const list = visible((await fr.get(`/seller/${frSeller}/offers`)).text);
    expect(list).toContain(gradeName('VERY_GOOD', 'fr-FR'));
  });

  it('a price typed "129,90" on a French seller’s offer form is saved as 12990', async () => {
    const path = `/seller/${frSeller}/offers/${offerId}`;
    const values = formValues((await fr.get(path)).text, path);
    const r = await fr.post(path, { ...values, price_FR: '129,90', shippingPrice_FR_1: '1 234,50' });
    expect(r.status).toBe(303);
    const [row] = await t.deps.db.select().from(offerPrices).where(eq(offerPrices.offerId, offerId));
    expect(row!.priceMinor).toBe(12990);
    const again = formValues((await fr.get(path)).text, path);
    expect(again.price_FR).toBe('129,90');
    expect(again.shippingPrice_FR_1).toBe('1234,50');
  });

  it('an amount that is not one in the reader’s locale is a 400 naming the field, in French', async () => {
    const path = `/seller/${frSeller}/offers/${offerId}`;
    const values = formValues((await fr.get(path)).text, path);
    const r = await fr.post(path, { ...values, price_FR: '12,9,0' });
    expect(r.status).toBe(400);
    const tr = translator('fr-FR');
    expect(visible(r.text)).toContain(
      `${tr('portal.offer.priceIn', { market: 'FR' })}: ${tr('portal.form.amount', { example: '129,90' })}`,
    );
    const [row] = await t.deps.db.select().from(offerPrices).where(eq(offerPrices.offerId, offerId));
    expect(row!.priceMinor).toBe(12990);
  });

  it('a German seller’s "1.299,00" on the create form is 1299 euros; "12.9.0" is refused', async () => {
    const path = `/seller/${deSeller}/offers/new`;
    const base = {
      productId,
      grade: 'GOOD',
      quantity: '1',
      warrantyMonths: '12',
      vatType: 'MARGINAL',
      market: 'de-de',
      carrier: 'DHL',
      shippingPrice: '0',
      delayDays: '2',
      published: 'on',
    };
    await de.get(`${path}?productId=${productId}`);
    const bad = await de.post(path, { ...base, sku: 'DE-LANG-1', price: '12.9.0' });
    expect(bad.status).toBe(400);
    expect(visible(bad.text)).toContain(translator('de-DE')('portal.form.amount', { example: '129,90' }));
    const ok = await de.post(path, { ...base, sku: 'DE-LANG-2', price: '1.299,00' });
    expect(ok.status).toBe(303);
    const id = Number(/offers\/(\d+)/.exec(ok.location ?? '')?.[1]);
    const [row] = await t.deps.db.select().from(offerPrices).where(eq(offerPrices.offerId, id));
    expect(row!.priceMinor).toBe(129900);
  });
  it.each([
    ['French', () => fr, () => frSeller, 'fr-FR', 'fr'],
    ['German', () => de, () => deSeller, 'de-DE', 'de'],
  ] as const)(
    'webhooks, CSV imports, team and payout account pages read %s, status names included',
    async (_language, browser, seller, locale, language) => {
      const tr = translator(locale);
      const now = t.deps.clock.now();
      // A webhook with a pending delivery, and a finished import with one refused line.
      await subscribe(t.deps.db, {
        sellerId: seller(),
        url: `https://hooks.example.com/${language}`,
        events: ['order.created'],
        now,
      });
      await enqueueEvent(t.deps.db, { sellerId: seller(), event: 'order.created', payload: {}, now });
      const { taskId } = await createListingTask(t.deps.db, {
        sellerId: seller(),
        market: marketByLocale('fr-fr')!,
        request: {
          catalog: 'sku,quantity\nNO-SUCH-SKU,1\n',
          delimiter: ',',
          quotechar: '"',
          encoding: 'utf-8',
        },
        now,
      });
      await processListingTask(t.deps, taskId);

      const pages: Array<[string, string]> = [
        ['/webhooks', tr('portal.webhooks.status', { status: 'pending' })],
        ['/imports', tr('portal.imports.status', { status: 'done' })],
        [`/imports/${taskId}`, tr('portal.imports.download', { count: 1 })],
        ['/team', tr('portal.team.roleName', { role: 'owner' })],
        ['/payments-account', tr('portal.payments.title')],
      ];
      for (const [path, expected] of pages) {
        const r = await browser().get(`/seller/${seller()}${path}`);
        expect(r.status, path).toBe(200);
        expect(r.text, path).toContain(`<html lang="${locale}">`);
        // A refused line's problem is the seller API's own message (listing-batch.ts), in English.
        const text = visible(
          r.text.replace(/<tbody>[\s\S]*?<\/tbody>/g, (rows) => (path.startsWith('/imports/') ? '' : rows)),
        );
        expect(text, path).not.toMatch(/\bportal\.[a-zA-Z]/);
        expect(untranslatedOn(text, language), path).toEqual([]);
        expect(
          ENGLISH_PORTAL_PHRASES.filter((p) => text.includes(p)),
          path,
        ).toEqual([]);
        expect(text, path).toContain(expected);
      }
      // Raw status codes are not shown to people: the import's "done", the delivery's "pending".
      const imports = visible((await browser().get(`/seller/${seller()}/imports`)).text);
      expect(imports).not.toMatch(/\bdone\b/);
      const hooks = visible((await browser().get(`/seller/${seller()}/webhooks`)).text);
      expect(hooks).not.toMatch(/\bpending\b/);
    },
  );

  it('an invitation read in French or German: the invitee’s browser language, with the role named in it', async () => {
    await fr.get(`/seller/${frSeller}/team`);
    const sent = await fr.post(`/seller/${frSeller}/team`, {
      email: 'lang.invitee@team.example',
      role: 'owner',
    });
    expect(sent.status).toBe(303);
    const [mail] = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'lang.invitee@team.example'));
    const link = linkIn(mail!.textBody, '/seller/invitation?token=');
    const [seller] = await t.deps.db
      .select({ name: sellers.name })
      .from(sellers)
      .where(eq(sellers.id, frSeller));
    for (const [header, locale, language] of [
      ['fr-FR,fr;q=0.9', 'fr-FR', 'fr'],
      ['de-DE,de;q=0.9', 'de-DE', 'de'],
    ] as const) {
      const tr = translator(locale);
      const r = await new TestBrowser(t.app).get(link, { 'accept-language': header });
      expect(r.status).toBe(200);
      expect(r.text).toContain(`<html lang="${locale}">`);
      const text = visible(r.text);
      expect(untranslatedOn(text, language)).toEqual([]);
      expect(ENGLISH_PORTAL_PHRASES.filter((p) => text.includes(p))).toEqual([]);
      expect(text).toContain(tr('portal.invitation.title', { seller: seller!.name }));
      expect(text).toContain(tr('portal.team.roleName', { role: 'owner' }));
      expect(text).toContain(tr('portal.invitation.submit'));
    }
    const invalid = await new TestBrowser(t.app).get('/seller/invitation?token=nope', {
      'accept-language': 'de-DE',
    });
    expect(invalid.status).toBe(404);
    expect(visible(invalid.text)).toContain(translator('de-DE')('portal.invitation.invalid'));
  });
});
