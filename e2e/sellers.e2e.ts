import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.ts';
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

/** The applicant, the demo seller and the shopper read French (their market's language, issue 13). */
const shop = wordsIn('fr-FR');
const portal = wordsIn('fr-FR', 'portal.');
const sell = wordsIn('fr-FR', 'sell.');

/**
 * Selling, in a real browser against a freshly seeded server: a shopper applies to sell, an
 * operator approves, the new seller lists an offer below the buybox winner and wins it on the
 * storefront; the demo seller accepts and ships a paid order and its buyer sees it shipped.
 */

let server: RunningServer;
let browser: Browser;
let tmpDir: string;

beforeAll(async () => {
  server = await startServer({ readyTimeoutMs: 120_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  tmpDir = mkdtempSync(path.join(os.tmpdir(), 'reloop-e2e-sellers-'));
});

afterAll(async () => {
  writeAxeReport('axe-sellers');
  await browser?.close().catch(() => {});
  await server?.stop();
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
});

async function signedIn(email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  const page = await context.newPage();
  await page.goto('/fr-fr/sign-in');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await completeSignIn(page, email);
  return { context, page };
}

/** A product of the listing with a buybox winner in its default grade: its path, name, grade and price. */
async function productWithWinner(page: Page) {
  await page.goto('/fr-fr/c/smartphones');
  const links = await page
    .locator('li.card a.card-link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const href of links) {
    await page.goto(href);
    if (!(await page.locator('#winner-price').count())) continue;
    const selected = await page.locator('a.grade.is-selected').getAttribute('href');
    const grade = new URL(selected ?? '', server.baseUrl).searchParams.get('grade');
    if (!grade) continue;
    return {
      path: new URL(page.url()).pathname,
      name: ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim(),
      grade,
      priceMinor: minorUnits((await page.locator('#winner-price').textContent()) ?? ''),
      // The seller's name is the link in "Sold by …" (its rating from reviews may follow it).
      seller: (
        (await page.locator('.winner .facts li').first().locator('a').first().textContent()) ?? ''
      ).trim(),
    };
  }
  throw new Error('No product with a buybox winner in /fr-fr/c/smartphones');
}

describe('selling', () => {
  it('apply as a seller → operator approves → seller creates an offer → it wins the buybox', async () => {
    const shopName = `Atelier Reboot ${Date.now().toString(36)}`;
    const applicant = await signedIn('shopper@reloop.example', 'reloop demo shopper');
    const page = applicant.page;
    const { problems } = watchPage(page);
    const a11y: string[] = [];

    // The current winner of a product, read on the storefront before the new seller exists.
    const target = await productWithWinner(page);
    expect(target.priceMinor).toBeGreaterThan(2_000);

    await page.goto('/fr-fr/sell');
    await page.getByRole('heading', { name: sell('Sell on Reloop') }).waitFor();
    a11y.push(...(await checkA11y(page, 'sell')));
    await page.getByLabel(sell('Shop name')).fill(shopName);
    await page.getByLabel(sell('Legal name of the company')).fill('Atelier Reboot SAS');
    await page.getByLabel(sell('Street address')).fill('8 quai de la Loire');
    await page.getByLabel(sell('Postal code')).fill('75019');
    await page.getByLabel(sell('City')).fill('Paris');
    // The header's market switcher is labelled "Country" too.
    await page
      .getByRole('group', { name: shop('The company (trader)') })
      .getByLabel(shop('Country'))
      .selectOption('FR');
    await page.getByLabel(sell('Phone')).fill('+33 1 23 45 67 89');
    await page.getByLabel(sell('Contact email')).fill('contact@atelier-reboot.example');
    await page.getByLabel(sell('Trade register')).fill('RCS Paris');
    await page.getByLabel(sell('Registration number')).fill('123 456 782');
    await page.getByLabel(sell('VAT number')).fill('FR4Z123456782');
    await page.getByLabel(sell('IBAN')).fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByLabel(sell('Account holder')).fill('Atelier Reboot SAS');
    const pdf = path.join(tmpDir, 'passport.pdf');
    writeFileSync(
      pdf,
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await page.getByLabel(sell('ID document of the legal representative')).setInputFiles(pdf);
    await page
      .getByLabel(
        sell(
          'I certify that the company will offer on Reloop only refurbished electronics, and only products that comply with the applicable rules of Union law.',
        ),
      )
      .check();
    await screenshot(page, 'sellers-01-application-form');
    await page.getByRole('button', { name: sell('Send my application') }).click();
    await page.getByText(sell('Thank you: your application was sent. We emailed you a receipt.')).waitFor();
    expect(await page.locator('.application-status').textContent()).toContain(sell('Being reviewed'));
    a11y.push(...(await checkA11y(page, 'sell-sent')));
    await screenshot(page, 'sellers-02-application-sent');

    // The operator, in another browser context.
    const operator = await signedIn('admin@reloop.example', 'reloop demo admin');
    const op = operator.page;
    const opWatch = watchPage(op);
    await op.goto('/console/sellers/applications');
    await op.getByRole('heading', { name: 'Seller applications' }).waitFor();
    a11y.push(...(await checkA11y(op, 'console-applications')));
    await op.getByRole('link', { name: shopName }).click();
    await op.getByRole('heading', { level: 1, name: new RegExp(shopName) }).waitFor();
    a11y.push(...(await checkA11y(op, 'console-application')));
    await screenshot(op, 'sellers-03-console-application');
    await op.getByRole('button', { name: 'Approve', exact: true }).click();
    await op.locator('.status-approved').first().waitFor();
    await screenshot(op, 'sellers-04-console-approved');
    await operator.context.close();

    // Back as the applicant: the application is approved and the portal is one click away.
    await page.goto('/fr-fr/sell');
    expect(await page.locator('.application-status').textContent()).toContain(sell('Approved'));
    await page.getByRole('link', { name: 'Espace vendeur' }).click();
    await page.waitForURL(/\/seller\/\d+/);
    const sellerId = Number(/\/seller\/(\d+)/.exec(page.url())?.[1]);
    expect(sellerId).toBeGreaterThan(1);
    a11y.push(...(await checkA11y(page, 'seller-dashboard')));
    await screenshot(page, 'sellers-05-seller-dashboard');

    await page.goto(`/seller/${sellerId}/offers/new`);
    await page.getByRole('heading', { name: portal('List a new offer') }).waitFor();
    await page.getByLabel(portal('EAN or product name')).fill(target.name);
    await page.getByRole('button', { name: portal('Find') }).click();
    await page.getByRole('link', { name: target.name, exact: true }).first().click();
    await page
      .getByRole('heading', { name: portal('2. Your offer on {product}', { product: target.name }) })
      .waitFor();
    const price = Math.floor(target.priceMinor / 2);
    await page.getByLabel(portal('Grade')).selectOption(target.grade);
    await page.getByLabel(portal('SKU')).fill('REBOOT-0001');
    await page.getByLabel(portal('Stock')).fill('5');
    await page.getByLabel(portal('Warranty (months)')).fill('12');
    await page.getByLabel(portal('Market')).selectOption('fr-fr');
    await page.getByLabel(portal('Price'), { exact: true }).fill((price / 100).toFixed(2));
    await page.getByLabel(portal('Carrier')).fill('Colissimo');
    await page.getByLabel(portal('Shipping price')).fill('0');
    await page.getByLabel(portal('Shipping delay (days)')).fill('1');
    const publish = page.getByLabel(portal('Publish now'));
    if (!(await publish.isChecked())) await publish.check();
    a11y.push(...(await checkA11y(page, 'seller-offer-new')));
    await screenshot(page, 'sellers-06-offer-form');
    await page.getByRole('button', { name: portal('Create the offer') }).click();
    await page.waitForURL(/\/seller\/\d+\/offers\/\d+/);
    await page.getByRole('heading', { name: portal('Offer {sku}', { sku: 'REBOOT-0001' }) }).waitFor();
    a11y.push(...(await checkA11y(page, 'seller-offer')));
    await screenshot(page, 'sellers-07-offer-created');

    // The storefront: the new offer is the winner of that product and grade.
    await page.goto(`${target.path}?grade=${target.grade}`);
    const winner = page.locator('.winner .facts li').first();
    await expect(winner.textContent()).resolves.toContain(shopName);
    expect(minorUnits((await page.locator('#winner-price').textContent()) ?? '')).toBe(price);
    expect(await page.locator('section[aria-labelledby="others-h"]').textContent()).toContain(target.seller);
    await screenshot(page, 'sellers-08-buybox-won');

    assertNoProblems('apply, approve, list, win the buybox', [
      ...problems.filter((p) => !p.includes('net::ERR_ABORTED')),
      ...opWatch.problems,
      ...a11y,
    ]);
    await applicant.context.close();
  });

  it('the seller accepts and ships a paid order; the buyer sees it shipped', async () => {
    const seller = await signedIn('seller@reloop.example', 'reloop demo seller');
    const page = seller.page;
    const { problems } = watchPage(page);
    const a11y: string[] = [];

    // The demo seed places paid card orders from shopper@reloop.example with seller #1.
    await page.goto('/seller/1/orders?state=1');
    await page.getByRole('heading', { name: portal('Orders'), exact: true }).waitFor();
    a11y.push(...(await checkA11y(page, 'seller-orders')));
    await screenshot(page, 'sellers-09-orders-to-accept');
    const first = page.locator('table.data-table tbody tr a').first();
    const orderText = ((await first.textContent()) ?? '').trim();
    const orderId = Number(orderText.replace('#', ''));
    expect(orderId).toBeGreaterThan(0);
    await first.click();
    await page.getByRole('heading', { name: portal('Order #{id}', { id: String(orderId) }) }).waitFor();
    expect(await page.locator('dl.facts').first().textContent()).toContain(
      portal('paid, the seller must accept or cancel each line'),
    );
    a11y.push(...(await checkA11y(page, 'seller-order')));

    await page.getByRole('button', { name: portal('Accept the order') }).click();
    await page.getByText(portal('Accepted: ship the order and give its tracking number.')).waitFor();
    expect(await page.locator('dl.facts').first().textContent()).toContain(
      portal('to ship, every remaining line is accepted'),
    );

    // No tracking number: refused, with the field marked.
    await page.getByLabel(portal('Carrier')).fill('Colissimo');
    await page.getByRole('button', { name: portal('Mark as shipped') }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain(portal('Tracking number'));
    expect(await page.getByLabel(portal('Tracking number')).getAttribute('aria-invalid')).toBe('true');
    a11y.push(...(await checkA11y(page, 'seller-order-ship-error')));
    await screenshot(page, 'sellers-10-ship-without-tracking');

    await page.getByLabel(portal('Carrier')).fill('Colissimo');
    await page.getByLabel(portal('Tracking number')).fill('6A12345678901');
    await page.getByRole('button', { name: portal('Mark as shipped') }).click();
    await page.getByText(portal('Shipped: the buyer has the tracking number.')).waitFor();
    // The order's facts (the parcel panel has its own list).
    const facts = (await page.locator('dl.facts').first().textContent()) ?? '';
    expect(facts).toContain(portal('processed'));
    expect(facts).toContain('6A12345678901');
    expect(await page.locator('table.data-table tbody').textContent()).toContain(
      portal('handed to the carrier'),
    );
    await screenshot(page, 'sellers-11-shipped');
    await seller.context.close();

    // The buyer's order page says it is shipped.
    const buyer = await signedIn('shopper@reloop.example', 'reloop demo shopper');
    const bp = buyer.page;
    const buyerWatch = watchPage(bp);
    await bp.goto('/fr-fr/account/orders');
    const receipts = await bp
      .locator('main table a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    let found = false;
    for (const href of receipts) {
      await bp.goto(href);
      const block = bp.locator(`h2#o-${orderId}`);
      if (!(await block.count())) continue;
      found = true;
      const main = (await bp.textContent('main')) ?? '';
      const section = main.slice(main.indexOf(`Commande ${orderId}`));
      expect(section).toContain(shop('Processed'));
      expect(section).toContain(shop('Handed to the carrier'));
      a11y.push(...(await checkA11y(bp, 'buyer-order')));
      await screenshot(bp, 'sellers-12-buyer-order-shipped');
      break;
    }
    expect(found).toBe(true);
    // The refused shipment answers 4xx on purpose (the form with its errors).
    const refusedShip = (p: string) =>
      /\/orders\/\d+\/ship\b/.test(p) && /HTTP 4\d\d|status of 4\d\d/.test(p);
    assertNoProblems('accept and ship', [
      // Leaving a page before its lazy images load aborts them: not a problem a shopper sees.
      ...[...problems, ...buyerWatch.problems].filter(
        (p) => !refusedShip(p) && !p.includes('net::ERR_ABORTED'),
      ),
      ...a11y,
    ]);
    await buyer.context.close();
  });

  it('the seller sees its quality trend; an operator reviews a flagged seller and warns it', async () => {
    const seller = await signedIn('seller@reloop.example', 'reloop demo seller');
    const { problems } = watchPage(seller.page);
    const a11y: string[] = [];
    await seller.page.goto('/seller/1');
    await seller.page.getByRole('heading', { name: portal('Trend, last 90 days') }).waitFor();
    // One line chart per rate, each an image named by its title, with its threshold drawn.
    expect(
      await seller.page
        .getByRole('img', { name: portal('{rate}, daily', { rate: portal('Late deliveries') }) })
        .count(),
    ).toBe(1);
    expect(await seller.page.locator('.chart-grid figure').count()).toBe(6);
    a11y.push(...(await checkA11y(seller.page, 'seller-dashboard-quality')));
    await seller.context.close();

    // The demo seed leaves seller #3 above the late-shipment threshold, waiting for a review.
    const op = await signedIn('admin@reloop.example', 'reloop demo admin');
    const opWatch = watchPage(op.page);
    await op.page.goto('/console/sellers/quality');
    await op.page.getByRole('heading', { name: 'Quality reviews' }).waitFor();
    expect(await op.page.getByRole('status').first().textContent()).toContain('1 waiting for a review');
    a11y.push(...(await checkA11y(op.page, 'console-quality-queue')));
    await screenshot(op.page, 'sellers-13-quality-queue');
    await op.page.locator('table.data-table tbody a').first().click();
    await op.page.getByRole('heading', { name: 'Record the review' }).waitFor();
    expect(await op.page.getByRole('img', { name: 'Late deliveries, daily' }).count()).toBe(1);

    // Warning without a note is refused at the field; with one, recorded and emailed.
    await op.page.getByLabel('Outcome').selectOption('warned');
    await op.page.getByRole('button', { name: 'Record the review' }).click();
    await op.page.getByRole('alert').first().waitFor();
    expect(await op.page.getByLabel('Note to the seller').getAttribute('aria-invalid')).toBe('true');
    await op.page.getByLabel('Outcome').selectOption('warned');
    await op.page
      .getByLabel('Note to the seller')
      .fill('A seventh of your orders ship late: ship within the delay you promise.');
    await op.page.getByRole('button', { name: 'Record the review' }).click();
    await op.page.getByText('The quality review was recorded.').waitFor();
    a11y.push(...(await checkA11y(op.page, 'console-quality-reviewed')));
    await screenshot(op.page, 'sellers-14-quality-reviewed');
    await op.page.goto('/dev/mail');
    // The seller's warning, in the seller's language: its template in the local mailbox.
    expect(await op.page.textContent('main')).toContain('quality.warned');
    // The refused review answers 400 on purpose (the form with its errors).
    assertNoProblems('quality review', [
      ...[...problems, ...opWatch.problems].filter(
        (p) =>
          !(/quality-review/.test(p) && /HTTP 400|status of 400/.test(p)) && !p.includes('net::ERR_ABORTED'),
      ),
      ...a11y,
    ]);
    await op.context.close();
  });
});
