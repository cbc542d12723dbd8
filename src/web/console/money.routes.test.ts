import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { categories } from '../../modules/catalog/catalog.schema.ts';
import { orderLines } from '../../modules/orders/orders.schema.ts';
import { commissionPlansFor } from '../../modules/payouts/commission-plans.ts';
import { getFeeSettings } from '../../modules/payouts/fee-settings.ts';
import { payouts } from '../../modules/payouts/payouts.schema.ts';
import { commissionRateBp } from '../../modules/pricing/commission.rules.ts';
import { lineTotals } from '../../modules/refunds/refund.rules.ts';
import { refunds } from '../../modules/refunds/refunds.schema.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { formatAmount } from '../../platform/money.ts';
import { registerConsoleMoneyRoutes } from './money.routes.ts';

describe.each(ENGINES)('console money pages (%s)', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let next = 0;
  const pick = () => picks[next++ % picks.length]!;
  beforeAll(async () => {
    // Refunds here are support's own (second-operator approval: refund-approvals.routes.test.ts).
    t = await createTestApp(
      engine,
      { products: 12, sellers: 4, offers: 80 },
      { REFUND_APPROVAL_THRESHOLD_CENTS: '100000000' },
    );
    // Until the console registers them itself.
    if (!t.app.routes.some((r) => r.path === '/console/ledger')) registerConsoleMoneyRoutes(t.app, t.deps);
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  let n = 0;
  async function as(roles: OperatorRole[] | 'consumer' | null): Promise<TestBrowser> {
    const b = new TestBrowser(t.app, `203.0.113.${20 + (n % 200)}`);
    if (roles === null) return b;
    const a = await createActor(t.deps, {
      email: `money-${++n}@reloop.test`,
      buyerType: roles === 'consumer' ? 'consumer' : null,
      operator: roles === 'consumer' ? [] : roles,
    });
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return b;
  }
  const oneLineOrder = async (email = `buyer-${next}@example.com`) => {
    const body = await placeOrder(t, { lines: [{ offerId: pick().id }], email });
    const order = body.orders[0];
    return {
      body,
      orderId: order.id as number,
      lineId: order.lines[0].id as number,
      sellerName: order.seller.name as string,
    };
  };

  it('lets support see orders, compliance also the ledger and payouts, and only admins change fees', async () => {
    const pages = [
      '/console/orders',
      '/console/ledger',
      '/console/ledger/transactions',
      '/console/payouts',
      '/console/fees',
    ];
    const expected: Record<string, number[]> = {
      support: [200, 403, 403, 403, 403],
      compliance: [200, 200, 200, 200, 403],
      moderator: [403, 403, 403, 403, 403],
      admin: [200, 200, 200, 200, 200],
    };
    for (const [role, statuses] of Object.entries(expected)) {
      const b = await as([role as OperatorRole]);
      const got = [];
      for (const p of pages) got.push((await b.get(p)).status);
      expect({ role, got }).toEqual({ role, got: statuses });
    }
    const anon = await (await as(null)).get('/console/orders?q=1');
    expect(anon.status).toBe(303);
    expect(anon.location).toBe('/fr-fr/sign-in?next=%2Fconsole%2Forders%3Fq%3D1');
    expect((await (await as('consumer')).get('/console/orders')).status).toBe(403);
    // Posting needs the role too: compliance cannot run payouts or change fees.
    const compliance = await as(['compliance']);
    await compliance.get('/console/payouts');
    expect((await compliance.post('/console/payouts/run', {})).status).toBe(403);
    expect(
      (
        await compliance.post('/console/fees', {
          defaultCommission: '50',
          monthlyFeeEUR: '0',
          monthlyFeeSEK: '0',
          monthlyFeeGBP: '0',
          monthlyFeeUSD: '0',
          payoutDelayDays: '0',
        })
      ).status,
    ).toBe(403);
    expect((await getFeeSettings(t.deps.db)).defaultCommissionBp).toBe(1000);
  });

  it('finds orders by id, checkout id, buyer email and seller name, and shows the detail', async () => {
    const o = await oneLineOrder('findme@example.com');
    const b = await as(['support']);
    for (const q of [String(o.orderId), o.body.checkoutId, 'FINDME@example', o.sellerName]) {
      const r = await b.get(`/console/orders?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(r.text).toContain(`href="/console/orders/${o.orderId}"`);
    }
    expect((await b.get('/console/orders?q=nobody-at-all@nowhere')).text).toContain('No order matches');
    const d = await b.get(`/console/orders/${o.orderId}`);
    expect(d.status).toBe(200);
    expect(d.text).toContain('<h2 id="vat-h">VAT breakdown</h2>');
    expect(d.text).toContain('payment_captured');
    expect(d.text).toContain(`Refund line #${o.lineId}`);
    expect(d.text).toMatch(/succeeded — card via sandbox/);
    expect(d.text).not.toMatch(/style=|<script/);
    expect((await b.get('/console/orders/99999999')).status).toBe(404);
  });

  it('refunds through the console: validation errors on the page, then the refund, the ledger and the email', async () => {
    const o = await oneLineOrder();
    const b = await as(['support']);
    await b.get(`/console/orders/${o.orderId}`);
    const missing = await b.post(`/console/orders/${o.orderId}/lines/${o.lineId}/refund`, {
      [`reason-${o.lineId}`]: ' ',
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('class="error-summary"');
    expect(missing.text).toContain(`href="#f-reason-${o.lineId}"`);
    expect(missing.text).toContain('aria-invalid="true"');
    const done = await b.post(`/console/orders/${o.orderId}/lines/${o.lineId}/refund`, {
      [`reason-${o.lineId}`]: 'Buyer cancelled by phone',
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/console/orders/${o.orderId}?done=refunded`);
    const page = await b.get(done.location!);
    expect(page.text).toContain('The refund was made');
    expect(page.text).toContain('Buyer cancelled by phone');
    expect(page.text).not.toContain(`Refund line #${o.lineId}`);
    const [line] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, o.lineId));
    expect(line!.state).toBe(4);
    // Refunding again is refused on the page.
    const again = await b.post(`/console/orders/${o.orderId}/lines/${o.lineId}/refund`, {
      [`reason-${o.lineId}`]: 'again',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('state 4');

    // A shipped line: partial amounts, checked.
    const s = await oneLineOrder();
    await shipOrder(t, s.orderId);
    const [sl] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, s.lineId));
    const total = lineTotals(sl!).totalMinor;
    const url = `/console/orders/${s.orderId}/lines/${s.lineId}/refund`;
    await b.get(`/console/orders/${s.orderId}`);
    const bad = await b.post(url, { amount: '12.345', [`reason-${s.lineId}`]: 'gesture' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain(`href="#f-amount-${s.lineId}"`);
    const tooMuch = await b.post(url, {
      amount: formatAmount(total + 1, 'EUR'),
      [`reason-${s.lineId}`]: 'gesture',
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.text).toContain('what is left to refund');
    expect((await b.post(url, { amount: '1.50', [`reason-${s.lineId}`]: 'gesture' })).status).toBe(303);
    const rows = await t.deps.db.select().from(refunds).where(eq(refunds.orderLineId, s.lineId));
    expect(rows.map((r) => r.amountMinor)).toEqual([150]);
    expect((await b.post(url, { amount: '', [`reason-${s.lineId}`]: 'the rest' })).status).toBe(303);
    const [after] = await t.deps.db.select().from(orderLines).where(eq(orderLines.id, s.lineId));
    expect(after!.state).toBe(6);
  });

  it('shows ledger balances with a zero total per currency, and transactions per account', async () => {
    const o = await oneLineOrder();
    const b = await as(['compliance']);
    const r = await b.get('/console/ledger');
    expect(r.status).toBe(200);
    expect(r.text).toContain('Balanced: the EUR postings sum to 0.');
    expect(r.text).toContain('psp_clearing');
    const account = `seller_payable:${o.body.orders[0].seller.id}`;
    expect(r.text).toContain(account);
    const tx = await b.get(`/console/ledger/transactions?account=${encodeURIComponent(account)}`);
    expect(tx.status).toBe(200);
    expect(tx.text).toContain(o.body.checkoutId);
    expect(tx.text).toContain('<th scope="rowgroup"');
  });

  it('lists payouts; an admin runs the job from the page', async () => {
    const o = await oneLineOrder();
    await shipOrder(t, o.orderId, new Date(t.clock.now().getTime() - 30 * DAY_MS));
    const admin = await as(['admin']);
    await admin.get('/console/payouts');
    const run = await admin.post('/console/payouts/run', {});
    expect(run.status).toBe(303);
    expect(run.location).toMatch(/^\/console\/payouts\?created=\d+&sent=\d+&pending=\d+$/);
    const list = await admin.get(run.location!);
    expect(list.text).toContain('Payout run done');
    const sellerId = o.body.orders[0].seller.id as number;
    const [p] = await t.deps.db.select().from(payouts).where(eq(payouts.sellerId, sellerId));
    expect(p!.status).toBe('sent');
    expect(list.text).toContain(`#${p!.id}`);
    const compliance = await as(['compliance']);
    const seen = await compliance.get('/console/payouts');
    expect(seen.text).toContain(`#${p!.id}`);
    expect(seen.text).not.toContain('Run payouts now');
  });

  it('admins change fees with field-level errors; the change reaches commissionPlansFor', async () => {
    const admin = await as(['admin']);
    const page = await admin.get('/console/fees');
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="10"');
    const bad = await admin.post('/console/fees', {
      defaultCommission: 'ten',
      monthlyFeeEUR: '50.001',
      monthlyFeeSEK: '',
      monthlyFeeGBP: '10000.01',
      monthlyFeeUSD: '54',
      payoutDelayDays: '200',
    });
    expect(bad.status).toBe(400);
    for (const f of [
      'defaultCommission',
      'monthlyFeeEUR',
      'monthlyFeeSEK',
      'monthlyFeeGBP',
      'payoutDelayDays',
    ]) {
      expect(bad.text).toContain(`href="#f-${f}"`);
    }
    expect(bad.text).toContain('value="ten"');
    expect((await getFeeSettings(t.deps.db)).defaultCommissionBp).toBe(1000);

    const ok = await admin.post('/console/fees', {
      defaultCommission: '12.5',
      monthlyFeeEUR: '39.90',
      monthlyFeeSEK: '449,00',
      monthlyFeeGBP: '35',
      monthlyFeeUSD: '42.50',
      payoutDelayDays: '14',
    });
    expect(ok.status).toBe(303);
    expect(ok.location).toBe('/console/fees?done=settings');
    expect(await getFeeSettings(t.deps.db)).toMatchObject({
      defaultCommissionBp: 1250,
      monthlyFees: { EUR: 3990, SEK: 44_900, GBP: 3500, USD: 4250 },
      payoutDelayDays: 14,
    });
    const sellerId = picks[0]!.sellerId;
    const other = picks.find((p) => p.sellerId !== sellerId)!.sellerId;
    const [cat] = await t.deps.db.select().from(categories).limit(1);
    await admin.get('/console/fees');
    expect(
      (await admin.post('/console/fees/sellers', { sellerId: String(sellerId), sellerRate: '8' })).status,
    ).toBe(303);
    expect(
      (await admin.post('/console/fees/categories', { categoryId: String(cat!.id), categoryRate: '5,5' }))
        .status,
    ).toBe(303);
    const noCat = await admin.post('/console/fees/categories', { categoryId: '', categoryRate: '101' });
    expect(noCat.status).toBe(400);
    expect(noCat.text).toContain('choose a category');
    expect(noCat.text).toContain('must be at most 100 %');

    const plans = await commissionPlansFor(t.deps.db, [sellerId, other]);
    expect(commissionRateBp(plans.get(sellerId)!)).toBe(800);
    expect(commissionRateBp(plans.get(other)!)).toBe(1250);
    expect(commissionRateBp(plans.get(other)!, String(cat!.id))).toBe(550);

    const fees = await admin.get('/console/fees?done=seller');
    expect(fees.text).toContain('The seller rate was saved.');
    expect((await admin.post(`/console/fees/sellers/${sellerId}/delete`, {})).status).toBe(303);
    expect((await admin.post(`/console/fees/sellers/${sellerId}/delete`, {})).status).toBe(404);
    expect(commissionRateBp((await commissionPlansFor(t.deps.db, [sellerId])).get(sellerId)!)).toBe(1250);
  });
});
