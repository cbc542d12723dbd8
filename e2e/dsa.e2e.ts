import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { operatorRoles, users } from '../src/modules/accounts/accounts.schema.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { hashPassword } from '../src/platform/security/password.ts';
import { type RunningServer, startServer, tempDataDir } from './server.ts';
import {
  assertNoProblems,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  checkA11y,
  completeSignIn,
  screenshot,
  serveAxe,
  watchPage,
  wordsIn,
  writeAxeReport,
} from './support.ts';

/**
 * DSA notice and action in a real browser (issue 16). A visitor reports an offer of the demo
 * seller from its product page ("Report illegal content"); the demo admin removes the offer from
 * the console; the seller finds the statement of reasons in the local mailbox, follows its
 * complaint link and complains, signed in; a second operator (compliance, who did not take the
 * decision) upholds the complaint and the offer is on sale again. Shop words come from the
 * catalogs; every page is axe-checked.
 */

const SHOP_LOCALE = 'fr-FR';
const BASE = '/fr-fr';
const SELLER = 'seller@reloop.example';
const COMPLIANCE = { email: 'compliance-e2e@reloop.example', password: 'reloop e2e compliance' };
const auth = wordsIn(SHOP_LOCALE, 'auth.');
const dsa = wordsIn(SHOP_LOCALE, 'dsa.');

let server: RunningServer;
let browser: Browser;
const dataDir = tempDataDir();
const subject = { offerId: 0, slug: '', grade: '' };

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const seeding = await startServer({ readyTimeoutMs: 150_000, dataDir });
  await seeding.stop();
  await withDatabase(async (database) => {
    // An offer of the demo seller that wins its grade on the French market.
    const [offer] = await database.rows<{ offerId: number; slug: string; grade: string }>(sql`
      SELECT b.offer_id AS "offerId", p.slug, b.grade
      FROM buybox_winners b JOIN products p ON p.id = b.product_id
      WHERE b.seller_id = 1 AND b.market = 'FR'
      ORDER BY b.offer_id LIMIT 1`);
    expect(offer, 'an offer of the demo seller winning on the French market').toBeDefined();
    Object.assign(subject, offer);
    // A second operator: complaints are decided by someone who did not take the decision.
    const now = new Date();
    const [u] = await database.db
      .insert(users)
      .values({
        email: COMPLIANCE.email,
        name: 'Carla Compliance',
        passwordHash: await hashPassword(COMPLIANCE.password),
        buyerType: null,
        market: 'FR',
        emailVerifiedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: users.id });
    await database.db.insert(operatorRoles).values({ userId: u!.id, role: 'compliance', grantedAt: now });
  });
  server = await startServer({ readyTimeoutMs: 120_000, dataDir });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

const pages: Array<{ name: string; page: Page }> = [];
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const p of pages) await screenshot(p.page, `dsa-failed-${p.name}`).catch(() => {});
  pages.length = 0;
});

afterAll(async () => {
  writeAxeReport('axe-dsa');
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(name: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: SHOP_LOCALE,
    viewport: { width: 390, height: 844 },
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  const page = await context.newPage();
  pages.push({ name, page });
  return { context, page };
}

async function signIn(name: string, email: string, password: string): Promise<Page> {
  const s = await newPage(name);
  await s.page.goto(`${BASE}/sign-in`);
  await s.page.getByLabel(auth('Email address')).fill(email);
  await s.page.getByLabel(auth('Password')).fill(password);
  await s.page.getByRole('button', { name: wordsIn(SHOP_LOCALE, 'auth.signIn.submit')('Sign in') }).click();
  await completeSignIn(s.page, email);
  return s.page;
}

const reportLinkOf = (page: Page) => page.locator(`a.report-illegal[href*="offer%3D${subject.offerId}"]`);

describe('DSA notice and action', () => {
  it('a visitor reports an offer, an operator removes it, the seller complains, another operator puts it back', async () => {
    const problems: string[] = [];

    // 1. A visitor reports the offer from its product page; the form comes prefilled with its address.
    const visitor = await newPage('visitor');
    const v = visitor.page;
    const vWatch = watchPage(v);
    const productPath = `${BASE}/p/${subject.slug}?grade=${subject.grade}`;
    await v.goto(productPath);
    await reportLinkOf(v).first().click();
    await v.getByRole('heading', { level: 1, name: dsa('Report illegal content') }).waitFor();
    expect(await v.getByLabel(dsa('Exact address (URL) of the content')).inputValue()).toContain(
      `offer=${subject.offerId}`,
    );
    expect(await v.getByLabel(dsa('What are you reporting?')).inputValue()).toBe('offer');
    problems.push(...(await checkA11y(v, 'dsa-notice-form')));
    await v.getByLabel(dsa('Why is it illegal?')).selectOption('unsafe_products');
    await v
      .getByLabel(dsa('Explain why the content is illegal'))
      .fill('Le chargeur livré avec ce téléphone n’a pas de marquage CE et chauffe dangereusement.');
    await v.getByLabel(dsa('Your name')).fill('Lucie Martin');
    await v.getByLabel(dsa('Your email')).fill('lucie.e2e@example.com');
    // Not ticked in advance: sending without it is refused (400), naming the field.
    const before = vWatch.problems.length;
    await v.getByRole('button', { name: dsa('Send the report') }).click();
    await v.locator('#error-summary a[href="#f-goodFaith"]').waitFor();
    const refusal = vWatch.problems.splice(before);
    expect(refusal.every((p) => p.includes('400') && p.includes('/dsa/notices/new'))).toBe(true);
    problems.push(...(await checkA11y(v, 'dsa-notice-refused')));
    await v
      .getByLabel(
        dsa(
          'I believe in good faith that the information and allegations in this report are accurate and complete.',
        ),
      )
      .check();
    await v.getByRole('button', { name: dsa('Send the report') }).click();
    await v.getByRole('heading', { level: 1, name: dsa('Report received') }).waitFor();
    const noticeId = Number(new URL(v.url()).searchParams.get('sent'));
    expect(noticeId).toBeGreaterThan(0);
    problems.push(...(await checkA11y(v, 'dsa-notice-sent')));

    // 2. The operator finds it in the queue (oldest first, with its age) and removes the offer.
    const op = await signIn('admin', 'admin@reloop.example', 'reloop demo admin');
    const opWatch = watchPage(op);
    await op.goto('/console/dsa/notices');
    problems.push(...(await checkA11y(op, 'console-dsa-notices')));
    await op.getByRole('link', { name: `#${noticeId}` }).click();
    await op.getByRole('heading', { level: 1, name: `Notice #${noticeId}` }).waitFor();
    problems.push(...(await checkA11y(op, 'console-dsa-notice')));
    const decide = op.locator(`form[action="/console/dsa/notices/${noticeId}/decide"]`);
    await decide.getByLabel('Decision', { exact: true }).selectOption('delist_offer');
    await decide
      .getByLabel('Facts and reasons')
      .fill('No CE marking on the charger, confirmed by the seller’s photos.');
    await decide.getByRole('button', { name: 'Decide' }).click();
    await op
      .getByText('The notice is decided; the notifier and the person concerned were emailed.')
      .waitFor();
    await v.goto(productPath);
    expect(await reportLinkOf(v).count(), 'the offer is no longer on sale').toBe(0);

    // 3. The seller reads the statement of reasons in the mailbox and follows its complaint link.
    const seller = await signIn('seller', SELLER, 'reloop demo seller');
    const sWatch = watchPage(seller);
    await seller.goto(`/dev/mail?to=${encodeURIComponent(SELLER)}`);
    await seller.locator('a[href^="/dev/mail/"]').first().click();
    const statement = await seller.locator('pre').first().innerText();
    expect(statement).toContain('Regulation (EU) 2023/988');
    const link = await seller
      .locator('pre a[href*="/dsa/complaints/new?statement="]')
      .first()
      .getAttribute('href');
    expect(link, 'the complaint link of the statement').toBeTruthy();
    const url = new URL(link!);
    await seller.goto(`${url.pathname}${url.search}`);
    await seller.getByRole('heading', { level: 1, name: dsa('Contest a decision') }).waitFor();
    problems.push(...(await checkA11y(seller, 'dsa-complaint-form')));
    await seller
      .getByLabel(dsa('Why is the decision wrong?'))
      .fill(
        'Le chargeur porte bien le marquage CE, sur l’étiquette au dos : photo jointe au service client.',
      );
    await seller.getByRole('button', { name: dsa('Send the complaint') }).click();
    await seller.getByRole('heading', { level: 1, name: dsa('Complaint received') }).waitFor();

    // 4. Another operator upholds the complaint: the offer is on sale again, the seller is told.
    const second = await signIn('compliance', COMPLIANCE.email, COMPLIANCE.password);
    const cWatch = watchPage(second);
    await second.goto('/console/dsa/complaints');
    problems.push(...(await checkA11y(second, 'console-dsa-complaints')));
    const card = second.locator('li.dsa-complaint', { hasText: url.searchParams.get('statement')! });
    await card
      .getByLabel('Reasons of the decision')
      .fill('The CE label is on the charger: the notice was mistaken.');
    await card.getByRole('button', { name: 'Uphold (reverse the decision)' }).click();
    await second.getByText('The complaint is decided; the complainant was emailed.').waitFor();
    await v.goto(productPath);
    expect(await reportLinkOf(v).count(), 'the offer is on sale again').toBeGreaterThan(0);
    await seller.goto(`/dev/mail?to=${encodeURIComponent(SELLER)}`);
    await seller.locator('a[href^="/dev/mail/"]').first().click();
    expect(await seller.locator('pre').first().innerText()).toContain(
      'The CE label is on the charger: the notice was mistaken.',
    );

    assertNoProblems(
      'DSA notice and action journey',
      [...problems, ...vWatch.problems, ...opWatch.problems, ...sWatch.problems, ...cWatch.problems].filter(
        (p) => !p.includes('net::ERR_ABORTED'),
      ),
    );
  });
});
