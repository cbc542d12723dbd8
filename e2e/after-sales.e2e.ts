import { rmSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
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

/**
 * After the sale, in a real browser (issue 14). The demo shopper (shopper@reloop.example) and the
 * demo seller #1 (seller@reloop.example) read French, their market's language: every label is
 * taken from the catalogs (`wordsIn`), never written here in French.
 *
 * 1. "Get help" for a wrong item with a photo: the seller answers in the portal, refunds the line
 *    in full from the folder's refund form, closes the folder as "wrong product"; the console
 *    shows the ledger reversal, the
 *    buyer's order page the credit note, and the seller's wrong-product rate moves once the
 *    quality job runs.
 * 2. A withdrawal within 14 days with the model form: the seller issues the return label, the buyer
 *    is not refunded yet; the seller marks the parcel received and the buyer is refunded.
 *
 * The delivered demo lines are picked from the database once seeded (PGlite belongs to one
 * process: the server is stopped while this file reads it), and the database is read again at the
 * end: refunds, ledger postings, credit note and the return's dates.
 */

const SHOP_LOCALE = 'fr-FR';
const BASE = '/fr-fr';
const SELLER = 1;
const auth = wordsIn(SHOP_LOCALE, 'auth.');
const help = wordsIn(SHOP_LOCALE, 'afterSales.');
const order = wordsIn(SHOP_LOCALE, 'order.');
const portal = wordsIn(SHOP_LOCALE, 'portal.');
const reason = wordsIn(SHOP_LOCALE, 'portal.care.reason');
const rateName = wordsIn(SHOP_LOCALE, 'portal.quality.rate.');

let server: RunningServer;
let browser: Browser;
const dataDir = tempDataDir();

type Line = {
  lineId: number;
  orderId: number;
  checkoutId: string;
  folders: number;
  openFolders: number;
  returns: number;
  claims: number;
};
let wrongItem: Line;
let withdrawn: Line;

/** What the journeys did, checked against the database at the end. */
const done: {
  folderId?: number;
  /** What the buyer's order page said was refunded on the wrong item's line. */
  refundedMinor?: number;
  wrongRateBefore?: number;
  wrongRateAfter?: number;
  returnId?: number;
} = {};

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  // First start: migrate and seed; then read the delivered demo lines while nobody holds the database.
  const seeding = await startServer({ readyTimeoutMs: 150_000, dataDir });
  await seeding.stop();
  const lines = await withDatabase((database) =>
    database.rows<Line>(sql`
      SELECT ol.id AS "lineId", o.id AS "orderId", o.checkout_id AS "checkoutId",
             (SELECT count(*)::int FROM care_folders f WHERE f.order_line_id = ol.id) AS folders,
             (SELECT count(*)::int FROM care_folders f
               WHERE f.order_line_id = ol.id AND f.status <> 'closed') AS "openFolders",
             (SELECT count(*)::int FROM returns r WHERE r.order_line_id = ol.id) AS returns,
             (SELECT count(*)::int FROM warranty_claims w WHERE w.order_line_id = ol.id) AS claims
      FROM order_lines ol
      JOIN orders o ON o.id = ol.order_id
      JOIN users u ON u.id = o.buyer_user_id
      JOIN shipments s ON s.order_id = o.id
      WHERE u.email = 'shopper@reloop.example' AND o.seller_id = ${SELLER} AND o.market = 'FR'
        AND ol.state = 3 AND s.delivered_at IS NOT NULL
        AND s.delivered_at > now() - interval '12 days'
      ORDER BY ol.id`),
  );
  const untouched = lines.filter((l) => l.folders + l.returns + l.claims === 0);
  expect(untouched.length, 'a delivered demo line without after-sales').toBeGreaterThan(0);
  wrongItem = untouched[0]!;
  const returnable = lines.filter(
    (l) => l.orderId !== wrongItem.orderId && l.returns === 0 && l.openFolders === 0,
  );
  // Prefer a line nothing else happened on; any line without a return or an open folder will do.
  withdrawn =
    returnable.find((l) => l.folders + l.claims === 0) ??
    returnable.find((l) => l.claims === 0) ??
    returnable[0]!;
  expect(withdrawn, 'a second delivered demo line without a return').toBeDefined();
  server = await startServer({ readyTimeoutMs: 120_000, dataDir });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
});

/** The pages of the journey under way: a failing journey leaves a screenshot of each. */
const pages: Array<{ name: string; page: Page }> = [];
afterEach(async (ctx) => {
  if (ctx.task.result?.state === 'fail')
    for (const p of pages) await screenshot(p.page, `after-sales-failed-${p.name}`).catch(() => {});
  pages.length = 0;
});

afterAll(async () => {
  writeAxeReport('axe-after-sales');
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signedIn(email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: SHOP_LOCALE,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(20_000);
  await serveAxe(context);
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel(auth('Email address')).fill(email);
  await page.getByLabel(auth('Password')).fill(password);
  await page.getByRole('button', { name: wordsIn(SHOP_LOCALE, 'auth.signIn.submit')('Sign in') }).click();
  await completeSignIn(page, email);
  pages.push({ name: email.split('@')[0]!, page });
  return { context, page };
}

// ————— A small photo, made here: a real 8×8 PNG (the server checks the content, not the name) —————

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}
function photoPng(size = 8): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  // Each row: filter 0, then a black device on a blue background (the buyer wanted the blue one).
  const rows = Buffer.concat(
    Array.from({ length: size }, (_, y) =>
      Buffer.from([
        0,
        ...Array.from({ length: size }, (_, x) =>
          x > 1 && x < size - 2 && y > 0 && y < size - 1 ? [20, 20, 20] : [30, 90, 200],
        ).flat(),
      ]),
    ),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ————— Steps both journeys use —————

/** Run a job now with the development tools (their form's CSRF token, the page's cookies). */
async function runJob(page: Page, name: string): Promise<void> {
  await page.goto('/dev');
  const form = page.locator(`form[action="/dev/jobs/${name}/run"]`);
  const csrf = await form.locator('input[name="_csrf"]').inputValue();
  const res = await page.request.post(`/dev/jobs/${name}/run`, { form: { _csrf: csrf }, maxRedirects: 0 });
  expect(res.status(), `${name}: ${await res.text()}`).toBe(303);
}

/** The seller's wrong-product rate on the portal's dashboard, in basis points ("16,67 %" → 1667). */
async function wrongProductRate(page: Page): Promise<number> {
  await page.goto(`/seller/${SELLER}`);
  const quality = page.locator('section[aria-labelledby="quality-h"]');
  await quality.getByRole('heading', { name: portal('Quality, last 90 days') }).waitFor();
  const row = quality.locator('tr').filter({
    has: page.getByRole('rowheader', { name: rateName('Wrong product'), exact: true }),
  });
  return minorUnits((await row.locator('td.num').first().textContent()) ?? '');
}

/** The after-sales block of one line on the buyer's order page. */
async function lineBlock(page: Page, line: Line) {
  await page.goto(`${BASE}/orders/${line.checkoutId}`);
  await page.getByRole('heading', { level: 1, name: order('Your order') }).waitFor();
  return page.locator(`section.line-after-sales[aria-labelledby="as-${line.lineId}"]`);
}

/** The amount in the order page's "Refunded" column for a line ('' when nothing was refunded). */
async function refundedCell(page: Page, line: Line): Promise<string> {
  const block = page.locator(`section.order-block[aria-labelledby="o-${line.orderId}"]`);
  return ((await block.locator('tbody tr td').last().textContent()) ?? '').trim();
}

describe('after the sale', () => {
  it('a buyer gets help for a wrong item with a photo; the seller answers, refunds and closes', async () => {
    const buyer = await signedIn('shopper@reloop.example', 'reloop demo shopper');
    const seller = await signedIn('seller@reloop.example', 'reloop demo seller');
    const buyerWatch = watchPage(buyer.page);
    const sellerWatch = watchPage(seller.page);
    const a11y: string[] = [];
    const photo = photoPng();

    // The rate as the quality job computes it today, before this folder exists.
    await runJob(seller.page, 'recompute-quality');
    done.wrongRateBefore = await wrongProductRate(seller.page);
    expect(await seller.page.locator('html').getAttribute('lang')).toMatch(/^fr/);

    // The buyer opens "Get help" on the delivered line.
    const block = await lineBlock(buyer.page, wrongItem);
    await block.getByRole('link', { name: help('Get help'), exact: true }).click();
    await buyer.page.waitForURL(`**${BASE}/orders/${wrongItem.checkoutId}/lines/${wrongItem.lineId}/help`);
    await buyer.page.getByRole('heading', { level: 1 }).waitFor();
    a11y.push(...(await checkA11y(buyer.page, 'buyer help form')));
    await screenshot(buyer.page, 'after-sales-01-help-form');
    await buyer.page.getByLabel(help('I received the wrong item')).check();
    const message = 'I ordered the blue one and received a black one: photo attached.';
    await buyer.page.getByLabel(help('Your message')).fill(message);
    await buyer.page
      .getByLabel(help('Photos or documents'))
      .setInputFiles({ name: 'wrong-colour.png', mimeType: 'image/png', buffer: photo });
    await buyer.page.getByRole('button', { name: help('Send to the seller') }).click();
    await buyer.page.waitForURL(/\/account\/help\/\d+\?done=opened$/);
    const folderId = Number(/\/account\/help\/(\d+)/.exec(buyer.page.url())![1]);
    done.folderId = folderId;

    // The folder page: the request, its message and the photo, which downloads as sent.
    await buyer.page
      .getByRole('heading', { level: 1, name: help('Help request {id}', { id: folderId }) })
      .waitFor();
    const buyerMain = buyer.page.locator('main');
    await buyerMain.getByText(help('Your request was sent to the seller.'), { exact: true }).waitFor();
    expect(await buyerMain.textContent()).toContain(help('I received the wrong item'));
    const thread = buyer.page.locator('ol.thread');
    expect(await thread.textContent()).toContain(message);
    const fileLink = thread.getByRole('link', { name: 'wrong-colour.png' });
    expect(await fileLink.count()).toBe(1);
    const download = await buyer.context.request.get((await fileLink.getAttribute('href'))!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await download.body()).equals(photo)).toBe(true);
    a11y.push(...(await checkA11y(buyer.page, 'buyer folder')));
    await screenshot(buyer.page, 'after-sales-02-folder-opened');

    // The seller finds it in the portal and answers.
    await seller.page.goto(`/seller/${SELLER}/care`);
    await seller.page
      .getByRole('link', { name: portal('Request {id}', { id: folderId }), exact: true })
      .click();
    await seller.page.waitForURL(`**/seller/${SELLER}/care/${folderId}`);
    await seller.page
      .getByRole('heading', { level: 1, name: portal('Request {id}', { id: folderId }) })
      .waitFor();
    const sellerMain = seller.page.locator('main');
    expect(await sellerMain.textContent()).toContain(message);
    const sellerFile = sellerMain.getByRole('link', { name: /wrong-colour\.png/ });
    expect(await sellerFile.count()).toBe(1);
    const sellerDownload = await seller.context.request.get((await sellerFile.getAttribute('href'))!);
    expect(sellerDownload.status()).toBe(200);
    expect(Buffer.from(await sellerDownload.body()).equals(photo)).toBe(true);
    a11y.push(...(await checkA11y(seller.page, 'seller folder')));
    await screenshot(seller.page, 'after-sales-03-seller-folder');
    const answer = 'Sorry for the mix-up: we refund you in full today, keep the black one.';
    await seller.page.getByLabel(portal('Your message')).fill(answer);
    await seller.page.getByRole('button', { name: portal('Send'), exact: true }).click();
    await seller.page.waitForURL(`**/seller/${SELLER}/care/${folderId}?done=replied`);
    await sellerMain.getByText(portal('Message sent.'), { exact: true }).waitFor();

    // The full refund from the folder's own form (empty amount: everything not yet refunded).
    await seller.page.getByRole('button', { name: portal('Refund'), exact: true }).click();
    await seller.page.waitForURL(`**/seller/${SELLER}/care/${folderId}?done=refunded`);
    await sellerMain
      .getByText(portal('Refunded. The buyer receives an email and a credit note.'), { exact: true })
      .waitFor();

    // Closed as "wrong product" (the reason the quality rates count).
    const close = seller.page.locator(`form[action$="/care/${folderId}/close"]`);
    await close
      .getByLabel(portal('What it turned out to be'))
      .selectOption({ label: reason('Wrong product') });
    await close.getByRole('button', { name: portal('Close'), exact: true }).click();
    await seller.page.waitForURL(`**/seller/${SELLER}/care/${folderId}?done=closed`);
    await sellerMain.getByText(portal('Request closed.'), { exact: true }).waitFor();
    expect(await sellerMain.locator('dl.facts').textContent()).toContain(reason('Wrong product'));
    a11y.push(...(await checkA11y(seller.page, 'seller folder closed')));

    // The buyer reads the answer; the order page says what was refunded, with the credit note.
    await buyer.page.goto(`${BASE}/account/help/${folderId}`);
    expect(await thread.textContent()).toContain(answer);
    expect(await buyer.page.locator('dl.specs').textContent()).toContain(help('Closed'));
    await lineBlock(buyer.page, wrongItem);
    expect(await refundedCell(buyer.page, wrongItem)).not.toBe('—');
    const refundedMinor = minorUnits(await refundedCell(buyer.page, wrongItem));
    expect(refundedMinor).toBeGreaterThan(0);
    done.refundedMinor = refundedMinor;
    const notes = buyer.page.locator(
      `section.order-block[aria-labelledby="o-${wrongItem.orderId}"] ul.documents a`,
    );
    await notes.first().waitFor();
    expect(await notes.count()).toBe(1);
    const noteText = (await notes.first().textContent()) ?? '';
    const notePdf = await buyer.context.request.get((await notes.first().getAttribute('href'))!);
    expect(notePdf.status()).toBe(200);
    expect(notePdf.headers()['content-type']).toContain('application/pdf');
    // "Download credit note AV-…: 123,45 € credited": the amount refunded on the line.
    expect(minorUnits(noteText.slice(noteText.indexOf(':') + 1))).toBe(refundedMinor);
    a11y.push(...(await checkA11y(buyer.page, 'buyer order refunded')));
    await screenshot(buyer.page, 'after-sales-04-order-refunded');

    // The console shows the ledger reversal of the checkout: a "refund" transaction.
    const op = await signedIn('admin@reloop.example', 'reloop demo admin');
    const opWatch = watchPage(op.page);
    await op.page.goto(`/console/orders/${wrongItem.orderId}`);
    const ledger = op.page.locator('section[aria-labelledby="ledger-h"]');
    await ledger.getByRole('heading', { name: 'Ledger transactions of the checkout' }).waitFor();
    const reversal = ledger
      .locator('tbody.ledger-tx')
      .filter({ has: op.page.getByRole('cell', { name: 'refund', exact: true }) });
    expect(await reversal.count()).toBe(1);
    const reversalText = (await reversal.textContent()) ?? '';
    expect(reversalText).toContain(`seller_payable:${SELLER}`);
    expect(reversalText).toContain('psp_clearing');
    expect(reversalText).toContain('platform_revenue:commission');
    await screenshot(op.page, 'after-sales-05-console-ledger');
    await op.context.close();

    // The quality job counts the closed folder: the wrong-product rate moves up.
    await runJob(seller.page, 'recompute-quality');
    done.wrongRateAfter = await wrongProductRate(seller.page);
    expect(done.wrongRateAfter).toBeGreaterThan(done.wrongRateBefore);
    await screenshot(seller.page, 'after-sales-06-seller-quality');

    const aborted = (p: string) => p.includes('net::ERR_ABORTED');
    assertNoProblems('help for a wrong item', [
      ...buyerWatch.problems.filter((p) => !aborted(p)),
      ...sellerWatch.problems.filter((p) => !aborted(p)),
      ...opWatch.problems.filter((p) => !aborted(p)),
      ...a11y,
    ]);
    await buyer.context.close();
    await seller.context.close();
  });

  it('a buyer withdraws within 14 days and is refunded once the parcel is back', async () => {
    const buyer = await signedIn('shopper@reloop.example', 'reloop demo shopper');
    const seller = await signedIn('seller@reloop.example', 'reloop demo seller');
    const buyerWatch = watchPage(buyer.page);
    const sellerWatch = watchPage(seller.page);
    const a11y: string[] = [];

    // The withdrawal, with the model form filled in with the order's facts.
    const block = await lineBlock(buyer.page, withdrawn);
    await block.getByRole('link', { name: help('Return this item'), exact: true }).click();
    await buyer.page.waitForURL(`**${BASE}/orders/${withdrawn.checkoutId}/lines/${withdrawn.lineId}/return`);
    const model = buyer.page.locator('section.model-form');
    await model.getByRole('heading', { name: help('Model withdrawal form') }).waitFor();
    expect(await model.textContent()).toContain(String(withdrawn.orderId));
    a11y.push(...(await checkA11y(buyer.page, 'buyer withdrawal form')));
    await screenshot(buyer.page, 'after-sales-07-withdrawal-form');
    await buyer.page.getByRole('button', { name: help('Confirm the withdrawal') }).click();
    await buyer.page.waitForURL(`**${BASE}/orders/${withdrawn.checkoutId}?done=return`);
    await buyer.page
      .getByText(help('Your return is registered. The seller will send you a return label.'))
      .waitFor();
    // "Withdrawal 12: requested: …": the return's number, in the page's words.
    const [before, after] = help('Withdrawal {id}', { id: '\u0000' }).split('\u0000');
    const literal = (s = '') => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const cases = buyer.page.locator(`section.line-after-sales[aria-labelledby="as-${withdrawn.lineId}"]`);
    const caseText = (await cases.locator('ul.after-sales-cases').textContent()) ?? '';
    const returnId = Number(new RegExp(`${literal(before)}(\\d+)${literal(after)}`).exec(caseText)?.[1]);
    expect(returnId, caseText).toBeGreaterThan(0);
    done.returnId = returnId;
    expect(caseText).toContain(help('requested: the seller sends you a return label'));

    // The seller issues the return label (Reloop's sandbox carrier makes the tracking number).
    await seller.page.goto(`/seller/${SELLER}/returns`);
    const panel = seller.page.locator(`section[aria-labelledby="return-${returnId}-h"]`);
    await panel.getByRole('button', { name: portal('Issue the return label') }).click();
    await seller.page.waitForURL(`**/seller/${SELLER}/returns?done=label`);
    await seller.page.getByText(portal('Return label issued.'), { exact: true }).waitFor();
    a11y.push(...(await checkA11y(seller.page, 'seller returns')));
    await screenshot(seller.page, 'after-sales-08-seller-label');

    // The buyer has the label, and no refund yet: it waits for the parcel.
    await lineBlock(buyer.page, withdrawn);
    const labelled = (await cases.locator('ul.after-sales-cases').textContent()) ?? '';
    expect(labelled).toContain(help('return label sent: send the item back'));
    expect(labelled).toContain('SBXR');
    expect(await refundedCell(buyer.page, withdrawn)).toBe('—');
    expect(await buyer.page.locator('dl.amounts.grand').textContent()).not.toContain(
      order('Refunded to you'),
    );

    // The parcel is back: the seller marks it received, which refunds the buyer.
    await seller.page.goto(`/seller/${SELLER}/returns`);
    await panel.getByRole('button', { name: portal('Received: refund') }).click();
    await seller.page.waitForURL(`**/seller/${SELLER}/returns?done=received`);
    await seller.page.getByText(portal('Return received and refunded.'), { exact: true }).waitFor();

    await lineBlock(buyer.page, withdrawn);
    const refunded = (await cases.locator('ul.after-sales-cases').textContent()) ?? '';
    expect(refunded).toContain(`${help('Withdrawal {id}', { id: returnId })}: ${help('refunded')}`);
    expect(minorUnits(await refundedCell(buyer.page, withdrawn))).toBeGreaterThan(0);
    expect(await buyer.page.locator('dl.amounts.grand').textContent()).toContain(order('Refunded to you'));
    a11y.push(...(await checkA11y(buyer.page, 'buyer order after withdrawal')));
    await screenshot(buyer.page, 'after-sales-09-withdrawal-refunded');

    assertNoProblems('withdrawal', [
      ...[...buyerWatch.problems, ...sellerWatch.problems].filter((p) => !p.includes('net::ERR_ABORTED')),
      ...a11y,
    ]);
    await buyer.context.close();
    await seller.context.close();
  });

  it('the database holds the refunds, their ledger reversal and credit notes, and the rates', async () => {
    expect(done.folderId && done.returnId).toBeTruthy();
    await server.stop();
    await withDatabase(async (database) => {
      // 1. The wrong item: one refund of the whole line, its ledger transaction, its credit note.
      const [line] = await database.rows<{ state: number }>(sql`
        SELECT state FROM order_lines WHERE id = ${wrongItem.lineId}`);
      expect(line!.state).toBe(6);
      const r1 = await database.rows<{ id: number; amountMinor: number; status: string }>(sql`
        SELECT id, amount_minor AS "amountMinor", status FROM refunds
        WHERE order_line_id = ${wrongItem.lineId} AND kind = 'line'`);
      expect(r1).toHaveLength(1);
      expect(r1[0]!.status).toBe('succeeded');
      expect(r1[0]!.amountMinor).toBe(done.refundedMinor);
      const postings = await database.rows<{ account: string; amountMinor: number }>(sql`
        SELECT p.account, p.amount_minor AS "amountMinor" FROM ledger_postings p
        JOIN ledger_transactions t ON t.id = p.transaction_id
        WHERE t.kind = 'refund' AND t.reference = ${String(r1[0]!.id)}`);
      expect(postings.reduce((s, p) => s + p.amountMinor, 0)).toBe(0);
      expect(postings.find((p) => p.account === `seller_payable:${SELLER}`)!.amountMinor).toBeGreaterThan(0);
      // A full refund gives the whole commission back to the seller (pro rata of everything).
      const [o1] = await database.rows<{ commissionMinor: number }>(sql`
        SELECT commission_minor AS "commissionMinor" FROM orders WHERE id = ${wrongItem.orderId}`);
      expect(o1!.commissionMinor).toBeGreaterThan(0);
      expect(postings.find((p) => p.account === 'platform_revenue:commission')!.amountMinor).toBe(
        o1!.commissionMinor,
      );
      const notes = await database.rows<{ number: string }>(sql`
        SELECT number FROM credit_notes WHERE refund_id = ${r1[0]!.id}`);
      expect(notes).toHaveLength(1);
      const [folder] = await database.rows<{ status: string; closingReason: string }>(sql`
        SELECT status, closing_reason AS "closingReason" FROM care_folders WHERE id = ${done.folderId!}`);
      expect(folder).toEqual({ status: 'closed', closingReason: 'wrong_product' });
      const [s] = await database.rows<{ wrongProductBp: number }>(sql`
        SELECT wrong_product_bp AS "wrongProductBp" FROM sellers WHERE id = ${SELLER}`);
      expect(s!.wrongProductBp).toBe(done.wrongRateAfter);

      // 2. The withdrawal: refunded once received, never before, the amount the return promised.
      const [ret] = await database.rows<{
        kind: string;
        status: string;
        refundAmountMinor: number;
        labelIssuedAt: Date;
        receivedAt: Date;
        refundId: number;
      }>(sql`
        SELECT kind, status, refund_amount_minor AS "refundAmountMinor", label_issued_at AS "labelIssuedAt",
               received_at AS "receivedAt", refund_id AS "refundId"
        FROM returns WHERE id = ${done.returnId!}`);
      expect(ret!.kind).toBe('withdrawal');
      expect(ret!.status).toBe('refunded');
      const r2 = await database.rows<{
        id: number;
        amountMinor: number;
        status: string;
        createdAt: Date;
      }>(sql`
        SELECT id, amount_minor AS "amountMinor", status, created_at AS "createdAt" FROM refunds
        WHERE order_line_id = ${withdrawn.lineId} AND kind = 'line'`);
      expect(r2).toHaveLength(1);
      expect(r2[0]!.id).toBe(ret!.refundId);
      expect(r2[0]!.status).toBe('succeeded');
      expect(r2[0]!.amountMinor).toBe(ret!.refundAmountMinor);
      expect(new Date(r2[0]!.createdAt).getTime()).toBeGreaterThanOrEqual(
        new Date(ret!.receivedAt).getTime(),
      );
      expect(new Date(ret!.receivedAt).getTime()).toBeGreaterThan(new Date(ret!.labelIssuedAt).getTime());
      const [ledger] = await database.rows<{ n: number }>(sql`
        SELECT count(*)::int AS n FROM ledger_transactions
        WHERE kind = 'refund' AND reference = ${String(r2[0]!.id)}`);
      expect(ledger!.n).toBe(1);
    });
  });
});
