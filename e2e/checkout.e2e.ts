import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGS } from '../src/platform/i18n.ts';
import { type RunningServer, startServer } from './server.ts';
import {
  assertNoProblems,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  checkA11y,
  screenshot,
  serveAxe,
  watchPage,
  writeAxeReport,
} from './support.ts';

/**
 * Buying, in a real browser against a freshly seeded server: a shopper buys two devices from two
 * sellers by card; a declined card says so and keeps the cart; a Reloop Pro buyer pays by bank
 * transfer and, 48 hours later on the moved clock, the order is cancelled and the stock released.
 */

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ readyTimeoutMs: 120_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  writeAxeReport('axe-checkout');
  await browser?.close().catch(() => {});
  await server?.stop();
});

async function signedIn(
  email: string,
  password: string,
  base = '/fr-fr',
): Promise<{ context: BrowserContext; page: Page }> {
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
  await page.waitForURL(`**${base}`);
  return { context, page };
}

/** Add the buybox winners of listed products until `count` distinct sellers are in the cart. */
async function addFromDistinctSellers(page: Page, base: string, count: number): Promise<string[]> {
  await page.goto(`${base}/c/smartphones`);
  const links = await page
    .locator('li.card a.card-link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const sellers: string[] = [];
  for (const href of links) {
    await page.goto(href);
    const add = page.getByRole('button', { name: 'Ajouter au panier' });
    if (!(await add.count())) continue;
    // The seller's name is the link in "Sold by …" (its rating from reviews may follow it).
    const seller =
      (await page.locator('.winner .facts li').first().locator('a').first().textContent())?.trim() ?? '';
    if (sellers.includes(seller)) continue;
    await add.click();
    await page.waitForURL(`**${base}/cart?added=1`);
    sellers.push(seller);
    if (sellers.length === count) break;
  }
  return sellers;
}

async function fillAddress(page: Page) {
  await page.getByLabel('Nom complet').fill('Chloé Martin');
  await page.getByLabel('Rue et numéro').fill('12 rue de Rivoli');
  await page.getByLabel('Code postal').fill('75004');
  await page.getByLabel('Ville', { exact: true }).fill('Paris');
}

async function fillCard(page: Page, number: string) {
  await page.getByLabel('Carte bancaire', { exact: true }).check();
  await page.getByLabel('Numéro de carte').fill(number);
  await page.getByLabel('Mois d’expiration').fill('12');
  await page.getByLabel('Année d’expiration').fill('2031');
  await page.getByLabel('Cryptogramme visuel (CVC)').fill('123');
  await page.getByLabel('Nom sur la carte').fill('Chloe Martin');
}

describe('buying', () => {
  it('a shopper buys two devices from two sellers by card', async () => {
    const { context, page } = await signedIn('shopper@reloop.example', 'reloop demo shopper');
    const { problems } = watchPage(page);
    const a11y: string[] = [];
    const sellers = await addFromDistinctSellers(page, '/fr-fr', 2);
    expect(sellers).toHaveLength(2);
    expect(await page.locator('li.cart-line').count()).toBe(2);
    a11y.push(...(await checkA11y(page, 'cart')));
    await screenshot(page, 'checkout-01-cart');

    await page.getByRole('link', { name: 'Passer la commande' }).click();
    await fillAddress(page);
    await fillCard(page, '4242 4242 4242 4242');
    a11y.push(...(await checkA11y(page, 'checkout')));
    await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
    await page.getByRole('heading', { name: 'Vérifiez votre commande' }).waitFor();
    expect(await page.locator('section.review-seller').count()).toBe(2);
    for (const s of sellers) expect(await page.textContent('main')).toContain(s);
    expect(await page.textContent('main')).toContain('Frais de service');
    a11y.push(...(await checkA11y(page, 'review')));
    await screenshot(page, 'checkout-02-review');
    await page.getByRole('button', { name: /Commander et payer/ }).click();
    await page.getByText('Votre commande est confirmée et payée').waitFor();
    expect(await page.locator('section.order-block').count()).toBe(2);
    a11y.push(...(await checkA11y(page, 'order')));
    await screenshot(page, 'checkout-03-order');

    await page.goto('/dev/mail?to=shopper%40reloop.example');
    await page
      .getByRole('link', { name: CATALOGS.fr!['mail.confirmation.subject'].split(' (')[0] })
      .first()
      .waitFor();
    // Leaving a listing before its lazy images load aborts them: not a problem a shopper sees.
    assertNoProblems('two sellers by card', [
      ...problems.filter((p) => !p.includes('net::ERR_ABORTED')),
      ...a11y,
    ]);
    await context.close();
  });

  it('a declined card shows a clear message and keeps the cart', async () => {
    const { context, page } = await signedIn('seller@reloop.example', 'reloop demo seller');
    await addFromDistinctSellers(page, '/fr-fr', 1);
    await page.getByRole('link', { name: 'Passer la commande' }).click();
    await fillAddress(page);
    await fillCard(page, '4000 0000 0000 0002');
    await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
    await page.getByRole('button', { name: /Commander et payer/ }).click();
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/declined.*No money was taken/s);
    expect(await page.getByLabel('Numéro de carte').inputValue()).toBe('');
    await screenshot(page, 'checkout-04-declined');
    await page.goto('/fr-fr/cart');
    expect(await page.locator('li.cart-line').count()).toBe(1);
    await context.close();
  });

  it('a Pro buyer pays by bank transfer; 48 hours later without payment the order is cancelled', async () => {
    const { context, page } = await signedIn('pro@reloop.example', 'reloop demo business', '/pro/fr-fr');
    expect(await page.textContent('body')).toContain('€ HT');
    await addFromDistinctSellers(page, '/pro/fr-fr', 1);
    await page.getByRole('link', { name: 'Passer la commande' }).click();
    await fillAddress(page);
    await page.getByLabel(/Virement bancaire/).check();
    await page.getByRole('button', { name: 'Vérifier ma commande' }).click();
    await page.getByRole('button', { name: /Commander et payer/ }).click();
    await page.getByText(/Votre commande est réservée jusqu’au/).waitFor();
    const orderUrl = page.url();
    expect(await page.textContent('main')).toMatch(/FR76/);
    expect(await page.textContent('main')).toMatch(/RLP-/);
    await screenshot(page, 'checkout-05-transfer-instructions');

    await page.goto('/dev');
    await page.getByLabel('Advance the clock by (hours)').fill('49');
    await page.getByRole('button', { name: 'Advance', exact: true }).click();
    await page.getByRole('button', { name: 'Run cancel-unpaid-transfers now' }).click();
    await page.goto(orderUrl);
    await page.getByText('Cette commande a été annulée : aucun paiement n’est arrivé à temps.').waitFor();
    await screenshot(page, 'checkout-06-cancelled');
    await page.goto('/dev/mail?to=pro%40reloop.example');
    await page.getByRole('link', { name: CATALOGS.fr!['mail.cancelledUnpaid.subject'] }).first().waitFor();
    await context.close();
  });
});
