import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
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
 * The privacy centre in a real browser (issue 16): a person signs up on the French shop, confirms
 * their email from the local mailbox, signs in, downloads their data (a ZIP with its manifest and
 * their account inside), erases their account with their password, reads the erasure report, and
 * cannot sign in again. Every page on the way is axe-checked; the words come from the catalogs.
 */

const LOCALE = 'fr-FR';
const BASE = '/fr-fr';
const EMAIL = `leaving-${Date.now()}@example.com`;
const PASSWORD = 'a long enough passphrase for the journey';
const auth = wordsIn(LOCALE, 'auth.');
const privacy = wordsIn(LOCALE, 'privacy.');

let server: RunningServer;
let browser: Browser;
const pages: Array<{ name: string; page: Page }> = [];

beforeAll(async () => {
  server = await startServer({ readyTimeoutMs: 150_000 });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const p of pages) await screenshot(p.page, `privacy-failed-${p.name}`).catch(() => {});
  pages.length = 0;
});

afterAll(async () => {
  writeAxeReport('axe-privacy');
  await browser?.close().catch(() => {});
  await server?.stop();
});

async function newPage(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: LOCALE,
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  const page = await context.newPage();
  pages.push({ name, page });
  return { context, page };
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel(auth('Email address')).fill(EMAIL);
  await page.getByLabel(auth('Password')).fill(PASSWORD);
  await page.getByRole('button', { name: wordsIn(LOCALE, 'auth.signIn.submit')('Sign in') }).click();
}

describe('privacy centre', () => {
  it('a person downloads their data, erases their account, reads the report and cannot sign in again', async () => {
    const problems: string[] = [];
    const { page } = await newPage('person');
    const watch = watchPage(page);

    // 1. Sign up, then confirm the email address from the local mailbox.
    await page.goto(`${BASE}/sign-up`);
    await page.getByLabel(auth('Your name')).fill('Léa Départ');
    await page.getByLabel(auth('Email address')).fill(EMAIL);
    await page.getByLabel(auth('Password')).fill(PASSWORD);
    await page.locator('#f-acceptTerms').check();
    await page.getByRole('button', { name: auth('Create my account') }).click();
    await page.waitForURL((u) => u.pathname.endsWith('/sign-up'));
    await page.goto(`/dev/mail?to=${encodeURIComponent(EMAIL)}`);
    await page.locator('a[href^="/dev/mail/"]').first().click();
    const verify = await page.locator('pre a[href*="/verify-email"]').first().getAttribute('href');
    expect(verify).toBeTruthy();
    await page.goto(new URL(verify!).pathname + new URL(verify!).search);
    await page.getByRole('button', { name: auth('Confirm my email address') }).click();
    await signIn(page);
    await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));

    // 2. The privacy centre, from the account page.
    await page.goto(`${BASE}/account`);
    await page.getByRole('link', { name: privacy('Privacy centre') }).click();
    await page.getByRole('heading', { level: 1, name: privacy('Privacy centre') }).waitFor();
    problems.push(...(await checkA11y(page, 'privacy-centre')));

    // 3. Download my data: a ZIP with its manifest and the account inside.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: privacy('Download my data (ZIP)') }).click(),
    ]);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files)).toContain('manifest.json');
    const everything = Object.values(files)
      .map((f) => new TextDecoder().decode(f))
      .join('\n');
    expect(everything).toContain(EMAIL);

    // 4. A post-mortem directive, to see a form of the centre work.
    await page.getByRole('radio', { name: privacy('Delete it'), exact: true }).check();
    await page.getByRole('button', { name: privacy('Save my directives') }).click();
    await page.getByText(privacy('Your directives are saved.')).waitFor();

    // 5. Erase my account: a wrong password first, then the right one.
    const erase = page.locator(`form[action="${BASE}/account/privacy/erase"]`);
    await erase.locator('#f-password').fill('not my password');
    await erase.getByRole('button', { name: privacy('Erase my account for good') }).click();
    await page.locator('#f-password[aria-invalid="true"]').waitFor();
    await page.locator(`form[action="${BASE}/account/privacy/erase"]`).locator('#f-password').fill(PASSWORD);
    await page.getByRole('button', { name: privacy('Erase my account for good') }).click();
    await page.getByRole('heading', { level: 1, name: privacy('Your account is erased') }).waitFor();
    await page.getByRole('heading', { name: privacy('Deleted') }).waitFor();
    await page.getByRole('heading', { name: privacy('Kept because the law requires it') }).waitFor();
    problems.push(...(await checkA11y(page, 'privacy-erasure-report')));

    // 6. Signed out, and the account is gone: signing in again fails.
    await page.goto(`${BASE}/account/privacy`);
    await page.waitForURL((u) => u.pathname.endsWith('/sign-in'));
    await signIn(page);
    await page.locator('.error-summary').waitFor();
    expect(new URL(page.url()).pathname).toBe(`${BASE}/sign-in`);

    // The wrong password and the refused sign-in answer with 4xx on purpose.
    const unexpected = watch.problems.filter(
      (p) =>
        !/HTTP (400|401): .*\/(account\/privacy\/erase|sign-in)$/.test(p) &&
        !/status of (400|401) .*\/(account\/privacy\/erase|sign-in)\)$/.test(p),
    );
    assertNoProblems('privacy journey', [...problems, ...unexpected]);
  });

  it('a visitor without an account sends a request from the public form', async () => {
    const problems: string[] = [];
    const { page } = await newPage('visitor');
    await page.goto(`${BASE}/privacy/request`);
    await page.getByRole('heading', { level: 1, name: privacy('Data protection request') }).waitFor();
    problems.push(...(await checkA11y(page, 'privacy-request-form')));
    await page.getByLabel(privacy('Your name')).fill('Jean Visiteur');
    await page.getByLabel(privacy('Your email address')).fill('visitor@example.com');
    await page.getByLabel(privacy('Your request')).selectOption('access');
    await page.getByRole('button', { name: privacy('Send my request') }).click();
    await page.getByRole('heading', { level: 1, name: privacy('Check your email') }).waitFor();
    await page.goto(`/dev/mail?to=${encodeURIComponent('visitor@example.com')}`);
    await page.locator('a[href^="/dev/mail/"]').first().click();
    const link = await page.locator('pre a[href*="/privacy/request/verify"]').first().getAttribute('href');
    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await page.getByRole('button', { name: privacy('Confirm my request') }).click();
    await page.getByRole('heading', { level: 1, name: privacy('Request received') }).waitFor();
    problems.push(...(await checkA11y(page, 'privacy-request-received')));
    assertNoProblems('privacy request form', problems);
  });
});
