import { rmSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netFromGross } from '../src/modules/pricing/vat.rules.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { formatMoneyForDisplay } from '../src/platform/money.ts';
import { type RunningServer, startServer, tempDataDir } from './server.ts';
import {
  assertNoProblems,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  checkA11y,
  completeSignIn,
  minorUnits,
  screenshot,
  serveAxe,
  watchPage,
  wordsIn,
  writeAxeReport,
} from './support.ts';

/** The buyers of these journeys read French: their documents are French (issue 13). */
const doc = wordsIn('fr-FR', 'doc.');

/**
 * Money you can trust, in a real browser: what the buyer is shown is what the card is charged.
 * A Reloop Pro buyer (Radium Labs SAS, FR) buys a reverse-charged device from a seller of another
 * member state and a margin-scheme device; a consumer has a regular-VAT device delivered to Vienna.
 * Each journey reads the amount on the review page, on the "Place order and pay …" button, on the
 * order page, in the receipt PDF and in each seller's invoice PDF; at the end the database says what
 * the payment charged, and every one of them must equal it.
 *
 * The offers are picked from the seeded demo data in the database (seller's country, VAT type, the
 * buybox winner of the French market). PGlite belongs to one process: the server is stopped while
 * this file reads it, then started again on the same data.
 */

let server: RunningServer;
let browser: Browser;
const dataDir = tempDataDir();

type Pick = {
  slug: string;
  grade: string;
  offerId: number;
  sellerId: number;
  sellerName: string;
  country: string;
  priceMinor: number;
};
let picks: { reverseCharge: Pick[]; margin: Pick[]; austria: Pick[] };

/** What one journey read, keyed by the checkout it placed. */
type Shown = {
  journey: string;
  checkoutId: string;
  review: number;
  button: number;
  orderPage: number;
  receipt: number;
  serviceFee: number;
  /** Per order: the order page, the receipt and the seller's invoice. */
  orders: Array<{ orderId: number; orderPage: number; receipt: number; invoice: number; margin: boolean }>;
  /** After a refund: what the order page and the receipt say was given back. */
  refunded?: { orderPage: number; receipt: number; paidAfter: number };
};
const shown: Shown[] = [];

const EU_OTHER_THAN_FR = ['AT', 'BE', 'DE', 'ES', 'IT', 'NL', 'PT', 'IE', 'LU', 'GR', 'SE', 'PL', 'DK'];

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** FR buybox winners in stock, cheapest first, of regular or margin-scheme offers. */
function winners(database: Database, vatType: 'REGULAR' | 'MARGINAL') {
  return database.rows<Pick>(sql`
    SELECT p.slug, b.grade, b.offer_id AS "offerId", s.id AS "sellerId", s.name AS "sellerName",
           s.country, b.price_minor AS "priceMinor", s.under_oss_threshold AS "underOss"
    FROM buybox_winners b
    JOIN offers o ON o.id = b.offer_id
    JOIN sellers s ON s.id = b.seller_id
    JOIN products p ON p.id = b.product_id
    WHERE b.market = 'FR' AND o.vat_type = ${vatType} AND o.quantity > 2 AND o.published
      AND s.status = 'active'
    ORDER BY b.price_minor, b.offer_id
    LIMIT 400`);
}

beforeAll(async () => {
  // First start: migrate and seed; then read the demo data while nobody else holds the database.
  const seeding = await startServer({ readyTimeoutMs: 150_000, dataDir });
  await seeding.stop();
  picks = await withDatabase(async (database) => {
    const regular = (await winners(database, 'REGULAR')) as Array<Pick & { underOss: boolean }>;
    const margin = await winners(database, 'MARGINAL');
    return {
      reverseCharge: regular.filter((p) => EU_OTHER_THAN_FR.includes(p.country)),
      margin,
      // Destination VAT for a distance sale to Austria: a seller in the EU, not under the OSS threshold.
      austria: regular.filter((p) => p.country !== 'GB' && !p.underOss),
    };
  });
  expect(picks.reverseCharge.length).toBeGreaterThan(0);
  expect(picks.margin.length).toBeGreaterThan(0);
  expect(picks.austria.length).toBeGreaterThan(0);
  server = await startServer({ readyTimeoutMs: 120_000, dataDir });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  writeAxeReport('axe-money');
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(email: string, password: string, base: string) {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await completeSignIn(page, email);
  return { context, page };
}

/**
 * Open the product page of the first candidate whose offer the page offers as its winner, and add
 * it to the cart. Skips products already in the cart and sellers to avoid.
 */
async function addPicked(
  page: Page,
  base: string,
  candidates: Pick[],
  avoid: { slugs: string[]; sellers: number[] },
): Promise<Pick> {
  for (const c of candidates) {
    if (avoid.slugs.includes(c.slug) || avoid.sellers.includes(c.sellerId)) continue;
    await page.goto(`${base}/p/${c.slug}?grade=${c.grade}`);
    const offer = page.locator('section.winner input[name="offerId"]');
    if (!(await offer.count()) || Number(await offer.inputValue()) !== c.offerId) continue;
    await page.getByRole('button', { name: 'Ajouter au panier' }).click();
    await page.waitForURL(`**${base}/cart?added=1`);
    avoid.slugs.push(c.slug);
    return c;
  }
  throw new Error(`None of ${candidates.length} candidate offers could be added`);
}

async function fillCard(page: Page) {
  await page.getByLabel('Carte bancaire', { exact: true }).check();
  await page.getByLabel('Numéro de carte').fill('4242 4242 4242 4242');
  await page.getByLabel('Mois d’expiration').fill('12');
  await page.getByLabel('Année d’expiration').fill('2031');
  await page.getByLabel('Cryptogramme visuel (CVC)').fill('123');
  await page.getByLabel('Nom sur la carte').fill('Marie Curie');
}

/** The text a PDF draws (pdf-lib writes each string as `<hex> Tj` in Flate streams), one string a line. */
function pdfStrings(bytes: Buffer): string[] {
  const raw = bytes.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      body = m[1]!;
    }
    for (const h of body.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      out.push(new TextDecoder('windows-1252').decode(Buffer.from(h[1]!, 'hex')));
  }
  return out;
}

/** The amount drawn right after a label in a totals block ("Total paid" → "329.15 EUR"). */
function pdfAmountsAfter(strings: string[], label: string): number[] {
  const found: number[] = [];
  strings.forEach((s, i) => {
    if (s === label && strings[i + 1]) found.push(minorUnits(strings[i + 1]!));
  });
  if (!found.length) throw new Error(`No "${label}" in the PDF:\n${strings.join('\n')}`);
  return found;
}

async function pdf(context: BrowserContext, url: string): Promise<string[]> {
  const res = await context.request.get(url);
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  return pdfStrings(Buffer.from(await res.body()));
}

/**
 * From the review to the documents: read the total on the review and on the button, place the
 * order, then read the order page, the receipt PDF and every seller invoice PDF.
 */
async function payAndRead(
  journey: string,
  context: BrowserContext,
  page: Page,
  base: string,
  a11y: string[],
): Promise<{ shown: Shown; reviewText: string; orderText: string; receiptText: string }> {
  await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
  const heading = page.getByRole('heading', { name: 'Vérifiez votre commande' });
  // The review, or the checkout form again with what went wrong: say which.
  await heading.or(page.locator('.error-summary')).first().waitFor();
  if (!(await heading.count()))
    throw new Error(`${journey}: no review page at ${page.url()}:\n${await page.textContent('main')}`);
  const reviewText = (await page.textContent('main')) ?? '';
  const review = minorUnits((await page.locator('#grand-total').textContent()) ?? '');
  const buttonText = (await page.getByRole('button', { name: /Commander et payer/ }).textContent()) ?? '';
  const button = minorUnits(buttonText.replace('Commander et payer', ''));
  a11y.push(...(await checkA11y(page, `${journey} review`)));
  await screenshot(page, `money-${journey}-review`);

  await page.getByRole('button', { name: /Commander et payer/ }).click();
  await page.getByText('Votre commande est confirmée et payée').waitFor();
  const checkoutId = new URL(page.url()).pathname.split('/').pop()!;
  expect(page.url()).toContain(`${base}/orders/${checkoutId}`);
  const orderText = (await page.textContent('main')) ?? '';
  const grand = page.locator('dl.amounts.grand dd.total').first();
  const orderPage = minorUnits((await grand.textContent()) ?? '');
  const serviceFee = minorUnits((await page.locator('dl.amounts.grand dd').first().textContent()) ?? '');
  a11y.push(...(await checkA11y(page, `${journey} order`)));
  await screenshot(page, `money-${journey}-order`);

  const receipt = await pdf(context, `${base}/orders/${checkoutId}/receipt.pdf`);
  const receiptOrderTotals = pdfAmountsAfter(receipt, doc('Order total'));
  const orders: Shown['orders'] = [];
  const blocks = page.locator('section.order-block');
  for (let i = 0; i < (await blocks.count()); i++) {
    const block = blocks.nth(i);
    const orderId = Number((await block.getAttribute('aria-labelledby'))!.replace('o-', ''));
    const invoiceLink = block.getByRole('link', { name: /facture/i });
    expect(await invoiceLink.count(), `invoice link of order ${orderId}`).toBe(1);
    const invoice = await pdf(context, (await invoiceLink.getAttribute('href'))!);
    orders.push({
      orderId,
      margin: ((await block.textContent()) ?? '').includes(doc('Margin scheme — Second-hand goods')),
      orderPage: minorUnits((await block.locator('dd.total').textContent()) ?? ''),
      receipt: receiptOrderTotals[i]!,
      invoice: pdfAmountsAfter(invoice, doc('Total'))[0]!,
    });
  }
  const result: Shown = {
    journey,
    checkoutId,
    review,
    button,
    orderPage,
    receipt: pdfAmountsAfter(receipt, doc('Total paid'))[0]!,
    serviceFee,
    orders,
  };
  shown.push(result);
  return { shown: result, reviewText, orderText, receiptText: receipt.join('\n') };
}

/** Every amount a journey read, against itself (the charge is checked once the server is stopped). */
function expectConsistent(s: Shown) {
  expect({ button: s.button, orderPage: s.orderPage, receipt: s.receipt }).toEqual({
    button: s.review,
    orderPage: s.review,
    receipt: s.review,
  });
  for (const o of s.orders)
    expect({ receipt: o.receipt, invoice: o.invoice }).toEqual({
      receipt: o.orderPage,
      invoice: o.orderPage,
    });
  expect(s.orders.reduce((a, o) => a + o.orderPage, 0) + s.serviceFee).toBe(s.review);
}

describe('what the buyer is shown is what is charged', () => {
  it('a Pro buyer: a reverse-charged device from another member state and a margin-scheme device', async () => {
    const base = '/pro/fr-fr';
    const { context, page } = await signedIn('pro@reloop.example', 'reloop demo business', base);
    const { problems } = watchPage(page);
    const a11y: string[] = [];
    const avoid = { slugs: [] as string[], sellers: [] as number[] };
    const rc = await addPicked(page, base, picks.reverseCharge, avoid);
    // The product page of a margin-scheme offer never says "excl. VAT" on Reloop Pro.
    const margin = await addPicked(page, base, picks.margin, { ...avoid, sellers: [rc.sellerId] });
    await page.goto(`${base}/p/${margin.slug}?grade=${margin.grade}`);
    const marginPrice = (await page.locator('#winner-price').textContent()) ?? '';
    expect(marginPrice).not.toContain(' HT');
    expect(minorUnits(marginPrice)).toBe(margin.priceMinor);
    a11y.push(...(await checkA11y(page, 'pro margin product')));

    await page.goto(`${base}/cart`);
    await page.getByRole('link', { name: 'Passer la commande' }).click();
    await page.getByLabel('Nom complet').fill('Marie Curie');
    await page.getByLabel('Rue et numéro').fill('12 rue de Rivoli');
    await page.getByLabel('Code postal').fill('75004');
    await page.getByLabel('Ville', { exact: true }).fill('Paris');
    await fillCard(page);
    const {
      shown: s,
      reviewText,
      orderText,
      receiptText,
    } = await payAndRead('pro', context, page, base, a11y);

    expect(reviewText).toContain(wordsIn('fr-FR')('excl. VAT — reverse charge'));
    expect(reviewText).toContain(wordsIn('fr-FR')('VAT not shown separately'));
    expect(s.orders).toHaveLength(2);
    // Stored amounts are shown as stored: never converted again into a price "excl. VAT".
    expect(orderText).not.toMatch(/€\s*HT/);
    // A reverse-charged line costs the net price (listed price ÷ 1.20, the French rate the listed
    // price includes); a margin-scheme line its full price. The same on the review, the order page
    // and the receipt.
    const lines = [netFromGross(rc.priceMinor, 2000), margin.priceMinor];
    expect(lines[0]).toBeLessThan(rc.priceMinor);
    for (const minor of lines) {
      const display = formatMoneyForDisplay(minor, 'EUR', 'fr-FR');
      expect(reviewText, `review shows ${display}`).toContain(display);
      expect(orderText, `order page shows ${display}`).toContain(display);
      // The receipt is French too: the amount written the French way (its digits and comma).
      const digits = display.replace(/[^\d,]/g, '');
      expect(receiptText, `receipt shows ${digits}`).toContain(digits);
    }
    expectConsistent(s);

    // An operator cancels and refunds the margin-scheme line: the order page and the receipt say
    // what was given back, the same amount (checked against the refunds stored at the end).
    const marginOrder = s.orders.find((o) => o.margin)!;
    const op = await signedIn('admin@reloop.example', 'reloop demo admin', '/fr-fr');
    await op.page.goto(`/console/orders/${marginOrder.orderId}`);
    await op.page.getByLabel('Reason').fill('Out of stock after all');
    await op.page.getByRole('button', { name: /Cancel and refund/ }).click();
    await op.page.getByText('The refund was made').waitFor();
    await op.context.close();
    await page.goto(`${base}/orders/${s.checkoutId}`);
    const grand = page.locator('dl.amounts.grand');
    const grandAmount = async (label: string) =>
      minorUnits((await grand.locator(`dt:text-is("${label}") + dd`).textContent()) ?? '');
    const receipt = await pdf(context, `${base}/orders/${s.checkoutId}/receipt.pdf`);
    s.refunded = {
      orderPage: await grandAmount('Montant remboursé'),
      receipt: pdfAmountsAfter(receipt, doc('Refunded to you'))[0]!,
      paidAfter: pdfAmountsAfter(receipt, doc('Paid after refunds'))[0]!,
    };
    expect(s.refunded.orderPage).toBe(marginOrder.orderPage);
    expect(s.refunded.receipt).toBe(s.refunded.orderPage);
    expect(s.refunded.paidAfter).toBe(s.review - s.refunded.orderPage);
    expect(await grandAmount('Payé après remboursements')).toBe(s.refunded.paidAfter);
    a11y.push(...(await checkA11y(page, 'pro order after refund')));
    await screenshot(page, 'money-pro-order-refunded');
    assertNoProblems('Pro: reverse charge and margin scheme', [...problems, ...a11y]);
    await context.close();
  });

  it('a consumer has a regular-VAT device delivered to Vienna and pays Austrian VAT', async () => {
    const base = '/fr-fr';
    const { context, page } = await signedIn('shopper@reloop.example', 'reloop demo shopper', base);
    const { problems } = watchPage(page);
    const a11y: string[] = [];
    await addPicked(page, base, picks.austria, { slugs: [], sellers: [] });
    await page.getByRole('link', { name: 'Passer la commande' }).click();
    await page.getByLabel('Nom complet').fill('Anna Gruber');
    await page.getByLabel('Rue et numéro').fill('Stephansplatz 1');
    await page.getByLabel('Code postal').fill('1010');
    await page.getByLabel('Ville', { exact: true }).fill('Wien');
    await page.locator('select[name="shippingAddress.country"]').selectOption('AT');
    await fillCard(page);
    const { shown: s, reviewText, orderText } = await payAndRead('austria', context, page, base, a11y);

    // Austrian VAT, 20 %: never a silent 0.
    for (const text of [reviewText, orderText]) expect(text).toMatch(/TVA 20\s%/);
    expect(s.orders).toHaveLength(1);
    expectConsistent(s);
    assertNoProblems('consumer to Austria', [...problems, ...a11y]);
    await context.close();
  });

  it('every amount shown equals what the payment charged', async () => {
    expect(shown.map((s) => s.journey)).toEqual(['pro', 'austria']);
    await server.stop();
    const charged = await withDatabase(async (database) => {
      const out = new Map<string, { amountMinor: number; status: string; refundedMinor: number }>();
      for (const s of shown) {
        const [p] = await database.rows<{ amountMinor: number; status: string; refundedMinor: number }>(sql`
          SELECT p.amount_minor AS "amountMinor", p.status,
                 (SELECT coalesce(sum(r.amount_minor), 0)::int FROM refunds r
                   WHERE r.payment_id = p.id AND r.status IN ('pending', 'succeeded')) AS "refundedMinor"
          FROM payments p WHERE p.checkout_id = ${s.checkoutId}`);
        out.set(s.checkoutId, p!);
      }
      return out;
    });
    for (const s of shown) {
      const pay = charged.get(s.checkoutId)!;
      expect(pay.status, s.journey).toBe('succeeded');
      expect({ journey: s.journey, review: s.review, orderPage: s.orderPage, receipt: s.receipt }).toEqual({
        journey: s.journey,
        review: pay.amountMinor,
        orderPage: pay.amountMinor,
        receipt: pay.amountMinor,
      });
      if (s.refunded) {
        expect(s.refunded.orderPage, `${s.journey}: refunded`).toBe(pay.refundedMinor);
        expect(s.refunded.paidAfter).toBe(pay.amountMinor - pay.refundedMinor);
      } else expect(pay.refundedMinor, s.journey).toBe(0);
    }
  });
});
