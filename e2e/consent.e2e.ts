import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.ts';
import {
  assertNoProblems,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  checkA11y,
  screenshot,
  serveAxe,
  watchPage,
  wordsIn,
  writeAxeReport,
} from './support.ts';

/**
 * Cookie consent in a real browser (issue 16), on a phone-sized screen: a visitor sees the
 * banner with "Accept all" and "Reject all" of the same size, refuses, and nothing optional is
 * stored; later opts in to "recently viewed products" from the footer link, sees the products
 * they viewed, then withdraws in one click and the cookie is gone. The cookies page and the legal
 * information page's active-recipients figure are read on the way. Every page is axe-checked.
 */

const LOCALE = 'fr-FR';
const BASE = '/fr-fr';
const consent = wordsIn(LOCALE, 'consent.');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer({ readyTimeoutMs: 150_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: LOCALE,
    viewport: { width: 390, height: 844 },
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  page = await context.newPage();
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail') await screenshot(page, 'consent-failed').catch(() => {});
});

afterAll(async () => {
  writeAxeReport('axe-consent');
  await context?.close().catch(() => {});
  await browser?.close().catch(() => {});
  await server?.stop();
});

const cookieNames = async () => (await context.cookies()).map((c) => c.name).sort();

describe('cookie consent', () => {
  it('refuse, then opt in by purpose, then withdraw in one click', async () => {
    const { problems } = watchPage(page);
    const a11y: string[] = [];

    // 1. The banner: two answers of equal weight, nothing optional stored yet.
    await page.goto(BASE);
    const banner = page.getByRole('region', { name: consent('Cookies on Reloop') });
    await banner.waitFor();
    const accept = banner.getByRole('button', { name: consent('Accept all'), exact: true });
    const reject = banner.getByRole('button', { name: consent('Reject all'), exact: true });
    const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
    expect(a && r).toBeTruthy();
    expect(Math.abs(a!.width - r!.width)).toBeLessThan(1);
    expect(Math.abs(a!.height - r!.height)).toBeLessThan(1);
    expect(await accept.getAttribute('class')).toBe(await reject.getAttribute('class'));
    await screenshot(page, 'consent-01-banner');
    a11y.push(...(await checkA11y(page, 'consent-banner')));
    expect(await cookieNames()).not.toContain('rl_recent');

    // 2. Reject all: back on the same page, no banner, no optional cookie even after a product.
    await reject.click();
    await page.waitForURL((u) => u.pathname === BASE);
    expect(await banner.count()).toBe(0);
    const firstProduct = page.locator('a.card-link').first();
    const firstName = (await firstProduct.locator('.card-name').textContent())!.trim();
    await firstProduct.click();
    await page.waitForURL(/\/p\//);
    expect(await cookieNames()).toContain('rl_consent');
    expect(await cookieNames()).not.toContain('rl_recent');

    // 3. Change of mind from the footer: tick the purpose (never pre-ticked), save.
    await page.getByRole('link', { name: consent('Cookie preferences') }).click();
    await page.getByRole('heading', { level: 1, name: consent('Cookie preferences') }).waitFor();
    const box = page.getByLabel(consent('Recently viewed products'));
    expect(await box.isChecked()).toBe(false);
    a11y.push(...(await checkA11y(page, 'consent-preferences')));
    await screenshot(page, 'consent-02-preferences');
    await box.check();
    await page.getByRole('button', { name: consent('Save my choice') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: consent('Your choice is saved.') })
      .waitFor();
    expect(await page.getByLabel(consent('Recently viewed products')).isChecked()).toBe(true);

    // 4. Products viewed are remembered and shown on the home page.
    await page.goto(BASE);
    const cards = page.locator('a.card-link');
    const secondName = (await cards.nth(1).locator('.card-name').textContent())!.trim();
    await cards.first().click();
    await page.waitForURL(/\/p\//);
    await page.goto(BASE);
    await cards.nth(1).click();
    await page.waitForURL(/\/p\//);
    await page.goto(BASE);
    const recent = page.getByRole('region', { name: consent('Recently viewed') });
    await recent.waitFor();
    expect((await recent.locator('.card-name').allTextContents()).map((s) => s.trim())).toEqual([
      secondName,
      firstName,
    ]);
    expect(await cookieNames()).toContain('rl_recent');
    await screenshot(page, 'consent-03-recently-viewed');
    a11y.push(...(await checkA11y(page, 'consent-home-recent')));

    // 5. Withdraw in one click on the preferences page: the cookie goes at once.
    await recent.getByRole('link', { name: consent('Stop remembering') }).click();
    await page.getByRole('button', { name: consent('Reject all'), exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: consent('Your choice is saved.') })
      .waitFor();
    expect(await cookieNames()).not.toContain('rl_recent');
    await page.goto(BASE);
    expect(await page.getByRole('region', { name: consent('Recently viewed') }).count()).toBe(0);

    // 6. The cookies page and the active-recipients figure with its method.
    await page.goto(`${BASE}/legal/cookies`);
    await page
      .getByRole('heading', { level: 1, name: consent('Cookies and similar technologies') })
      .waitFor();
    for (const name of ['rl_session', 'rl_csrf', 'rl_consent', 'rl_recent'])
      await page.getByRole('rowheader', { name }).waitFor();
    a11y.push(...(await checkA11y(page, 'consent-cookies-page')));
    await page.goto(`${BASE}/legal/information`);
    const figure = page.getByRole('region', { name: consent('Average monthly active recipients') });
    await figure.waitFor();
    expect(await figure.textContent()).toMatch(/en moyenne \d[\d\s\u202f]* destinataires actifs/);
    a11y.push(...(await checkA11y(page, 'legal-information-recipients')));
    await screenshot(page, 'consent-04-active-recipients');

    assertNoProblems('consent journey', [...problems, ...a11y]);
  }, 180_000);
});
