import { rmSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reviewDay } from '../src/modules/reviews/review-moderation-recipients.ts';
import { reviews } from '../src/modules/reviews/reviews.schema.ts';
import { submitReview } from '../src/modules/reviews/submit-review.ts';
import { systemClock } from '../src/platform/clock.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { translator } from '../src/platform/i18n.ts';
import { createMemoryStorage } from '../src/platform/storage.ts';
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
 * Review moderation in a real browser (issue 15). The demo shopper (shopper@reloop.example, who
 * reads French) has a review of a delivered demo line, written through the real use case while
 * the server is stopped. An operator (the demo admin) removes it from the console; the shopper
 * finds the statement of reasons in the local mailbox (with the link of the DSA complaint form,
 * e2e/dsa.e2e.ts), appeals on the review appeal form with the order number and the review's date; the operator reverses the decision and the review is
 * published again — the shopper is told so by email. Shop words come from the catalogs.
 */

const SHOP_LOCALE = 'fr-FR';
const BASE = '/fr-fr';
const SHOPPER = 'shopper@reloop.example';
const auth = wordsIn(SHOP_LOCALE, 'auth.');
const moderation = wordsIn(SHOP_LOCALE, 'reviewModeration.');
const COMMENT = 'Téléphone reçu en parfait état, batterie excellente et livraison rapide.';

let server: RunningServer;
let browser: Browser;
const dataDir = tempDataDir();
const subject: { reviewId: number; orderId: number; reviewDate: string } = {
  reviewId: 0,
  orderId: 0,
  reviewDate: '',
};

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
    const lines = await database.rows<{ lineId: number; orderId: number; userId: number }>(sql`
      SELECT ol.id AS "lineId", o.id AS "orderId", u.id AS "userId"
      FROM order_lines ol
      JOIN orders o ON o.id = ol.order_id
      JOIN users u ON u.id = o.buyer_user_id
      JOIN shipments s ON s.order_id = o.id
      WHERE u.email = ${SHOPPER} AND o.market = 'FR' AND ol.state = 3 AND s.delivered_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.order_line_id = ol.id)
      ORDER BY s.delivered_at DESC, ol.id`);
    expect(lines.length, 'a delivered demo line without a review').toBeGreaterThan(0);
    const deps = { db: database.db, clock: systemClock, storage: createMemoryStorage(), secret: 'e2e' };
    for (const line of lines) {
      const r = await submitReview(deps, {
        userId: line.userId,
        orderLineId: line.lineId,
        rating: 5,
        comment: COMMENT,
        licenceAccepted: true,
        authorshipCertified: true,
        language: 'fr',
      });
      if (!r.ok) continue;
      const [row] = await database.db.select().from(reviews).where(eq(reviews.orderLineId, line.lineId));
      Object.assign(subject, { reviewId: row!.id, orderId: line.orderId, reviewDate: reviewDay(row!) });
      break;
    }
    expect(subject.reviewId, 'a review written by the demo shopper').toBeGreaterThan(0);
  });
  server = await startServer({ readyTimeoutMs: 120_000, dataDir });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

const pages: Array<{ name: string; page: Page }> = [];
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const p of pages) await screenshot(p.page, `reviews-failed-${p.name}`).catch(() => {});
  pages.length = 0;
});

afterAll(async () => {
  writeAxeReport('axe-reviews');
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

async function signInAsAdmin(): Promise<{ context: BrowserContext; page: Page }> {
  const s = await newPage('admin');
  await s.page.goto(`${BASE}/sign-in`);
  await s.page.getByLabel(auth('Email address')).fill('admin@reloop.example');
  await s.page.getByLabel(auth('Password')).fill('reloop demo admin');
  await s.page.getByRole('button', { name: wordsIn(SHOP_LOCALE, 'auth.signIn.submit')('Sign in') }).click();
  await completeSignIn(s.page, 'admin@reloop.example');
  return s;
}

async function signInAsShopper(): Promise<{ context: BrowserContext; page: Page }> {
  const s = await newPage('shopper-signed-in');
  await s.page.goto(`${BASE}/sign-in`);
  await s.page.getByLabel(auth('Email address')).fill(SHOPPER);
  await s.page.getByLabel(auth('Password')).fill('reloop demo shopper');
  await s.page.getByRole('button', { name: wordsIn(SHOP_LOCALE, 'auth.signIn.submit')('Sign in') }).click();
  await completeSignIn(s.page, SHOPPER);
  return s;
}

describe('review moderation', () => {
  it('an operator removes a review; its author reads the statement, appeals, and the review is back', async () => {
    const problems: string[] = [];
    const admin = await signInAsAdmin();
    const op = admin.page;
    const opWatch = watchPage(op);

    // 1. The operator removes the review from its case page, under a criterion of the list.
    await op.goto(`/console/reviews/${subject.reviewId}`);
    await op.getByRole('heading', { level: 1, name: `Review #${subject.reviewId}` }).waitFor();
    problems.push(...(await checkA11y(op, 'console-review-case')));
    const removal = op.locator(`form[action="/console/reviews/${subject.reviewId}/remove"]`);
    await removal.getByLabel('Criterion').selectOption('offensive');
    await removal.getByLabel('What you found').fill('The comment insults the seller’s staff by name.');
    await removal.getByRole('button', { name: 'Remove and send the statement of reasons' }).click();
    await op.getByText('The review is removed; the author received the statement of reasons.').waitFor();
    await op.getByText('Removed by moderation').first().waitFor();

    // 2. The author finds the statement of reasons in the mailbox, in French, with the appeal link.
    const buyer = await newPage('shopper');
    const shop = buyer.page;
    const shopWatch = watchPage(shop);
    await shop.goto(`/dev/mail?to=${encodeURIComponent(SHOPPER)}`);
    await shop.locator('a[href^="/dev/mail/"]').first().click();
    const body = await shop.locator('pre').first().innerText();
    expect(body).toContain(subject.reviewDate);
    expect(body).toContain(String(subject.orderId));
    // Issue 16: a removal's statement links to the DSA complaint form of that decision.
    const link = await shop
      .locator('pre a[href*="/dsa/complaints/new?statement="]')
      .first()
      .getAttribute('href');
    expect(link).toBeTruthy();

    // 3. The review appeal form: order number and review date identify the decision.
    await shop.goto(`${BASE}/reviews/appeal`);
    await shop
      .getByRole('heading', { level: 1, name: moderation('Contest a decision about your review') })
      .waitFor();
    problems.push(...(await checkA11y(shop, 'review-appeal-form')));
    await shop.getByLabel(moderation('Your email')).fill(SHOPPER);
    await shop.getByLabel(moderation('Order number')).fill(String(subject.orderId));
    await shop.getByLabel(moderation('Date of your review')).fill(subject.reviewDate);
    await shop
      .getByLabel(moderation('Why we should reconsider'))
      .fill('Mon avis décrit seulement ma commande.');
    await shop.getByRole('button', { name: moderation('Send the appeal') }).click();
    await shop.getByRole('heading', { level: 1, name: moderation('Appeal received') }).waitFor();

    // 4. The operator reverses the decision from the appeals queue.
    await op.goto('/console/reviews');
    problems.push(...(await checkA11y(op, 'console-review-queue')));
    const appeal = op
      .locator('li', { hasText: `review #${subject.reviewId}` })
      .filter({ has: op.getByRole('button', { name: 'Reverse the decision' }) });
    await appeal.getByLabel('Note to the author (optional)').fill('Critical, but within the rules.');
    await appeal.getByRole('button', { name: 'Reverse the decision' }).click();
    await op.getByText('The appeal is decided; the author was told.').waitFor();
    await op.goto(`/console/reviews/${subject.reviewId}`);
    await op.getByText('Published', { exact: true }).first().waitFor();

    // 5. The author is told the review is published again.
    await shop.goto(`/dev/mail?to=${encodeURIComponent(SHOPPER)}`);
    await shop.locator('a[href^="/dev/mail/"]').first().click();
    expect(await shop.locator('pre').first().innerText()).toContain('Critical, but within the rules.');

    assertNoProblems(
      'review moderation journey',
      [...problems, ...opWatch.problems, ...shopWatch.problems].filter(
        (p) => !p.includes('net::ERR_ABORTED'),
      ),
    );
  });

  it('a buyer follows the request email and reviews with a photo: the text at once, the photo once approved', async () => {
    const fr = translator(SHOP_LOCALE);
    const marker = `Avis e2e ${Date.now()} : écran impeccable, autonomie d’une journée complète.`;
    // 1. The daily request job runs; the shopper opens the request email's signed link.
    const guest = await newPage('request-link');
    const shop = guest.page;
    const shopWatch = watchPage(shop);
    await shop.goto('/dev');
    await shop.getByRole('button', { name: 'Run send-review-requests now' }).click();
    await shop.goto(`/dev/mail?to=${encodeURIComponent(SHOPPER)}`);
    const subjectStart = fr('mail.review.request.subject', { product: '\u0000' }).split('\u0000')[0]!;
    await shop.getByRole('link', { name: subjectStart }).first().click();
    const link = await shop.locator('pre a[href*="/reviews/write?token="]').first().getAttribute('href');
    expect(link, 'a review request link').toBeTruthy();
    const url = new URL(link!);
    await shop.goto(`${url.pathname}${url.search}`);
    await shop
      .getByRole('group', { name: fr('reviewWrite.rating') })
      .getByLabel(`★★★★★ ${fr('reviewWrite.stars', { count: 5 })}`)
      .check();
    await shop.getByLabel(fr('reviewWrite.comment')).fill(marker);
    await shop.getByLabel(fr('reviewWrite.licence.accept')).check();
    await shop.getByLabel(fr('reviewWrite.authorship')).check();
    await shop.getByRole('button', { name: fr('reviewWrite.submit') }).click();
    await shop.getByRole('heading', { level: 1, name: fr('reviewWrite.published') }).waitFor();

    // 2. Signed in, the author adds a photo to the review.
    const author = await signInAsShopper();
    const me = author.page;
    const meWatch = watchPage(me);
    const mine = (await (await me.request.get('/api/v1/me/reviews')).json()) as {
      reviews: Array<{ id: number; comment: string; productId: string }>;
    };
    const review = mine.reviews.find((r) => r.comment === marker)!;
    expect(review, 'the review just written').toBeDefined();
    await me.goto(`${BASE}/account/reviews/${review.id}`);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6fd6' } })
      .png()
      .toBuffer();
    await me.locator('#f-photos').setInputFiles({ name: 'phone.png', mimeType: 'image/png', buffer: png });
    await me.getByRole('button', { name: fr('reviewWrite.photos.add') }).click();
    await me.waitForLoadState('load');

    // 3. On the product page the text shows at once, the photo not yet.
    const product = (await (
      await me.request.get(`/api/v1/products/${review.productId}?market=fr-fr`)
    ).json()) as { slug: string };
    const productPage = `${BASE}/p/${product.slug}?sort=recent#reviews`;
    await shop.goto(productPage);
    const card = shop.locator(`#review-${review.id}`);
    await card.getByText(marker).waitFor();
    expect(await card.locator('.review-photos img').count()).toBe(0);

    // 4. An operator approves the photos from the queue; the product page shows them.
    const admin = await signInAsAdmin();
    const op = admin.page;
    const opWatch = watchPage(op);
    await op.goto('/console/reviews');
    await op
      .getByRole('link', { name: `#${review.id}` })
      .first()
      .click();
    await op.getByRole('button', { name: 'Approve all photos' }).click();
    await op.getByText('The photos are approved and published.').waitFor();
    // Another address than before: the product page may be cached by the browser for a while.
    await shop.goto(`${BASE}/p/${product.slug}?sort=recent&page=1#reviews`);
    await shop.locator(`#review-${review.id} .review-photos img`).first().waitFor();

    // Leaving a page before its stylesheet or images load aborts them: not a problem a reader sees.
    const aborted = (p: string) => p.includes('net::ERR_ABORTED');
    assertNoProblems('review with a photo journey', [
      ...shopWatch.problems.filter((p) => !aborted(p)),
      ...meWatch.problems.filter((p) => !aborted(p)),
      ...opWatch.problems.filter((p) => !aborted(p)),
    ]);
  });
});
