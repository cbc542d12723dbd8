/**
 * The demo's orders (`npm start`, `node src/main.ts seed`) show the money states an operator and a
 * seller must recognise: a failed refund still owed to the buyer (/console/refunds) and a payout
 * held until the seller's payment account is connected (/console/payouts, the seller's money page).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../test/actors.ts';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import type { TestApp } from '../../test/orders.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { careFolders, returns, warrantyClaims } from '../modules/after-sales/after-sales.schema.ts';
import { supportTickets } from '../modules/customer-service/customer-service.schema.ts';
import { shipments } from '../modules/delivery/delivery.schema.ts';
import { payouts } from '../modules/payouts/payouts.schema.ts';
import { failedRefundAlerts } from '../modules/refunds/refund-alerts.read-model.ts';
import { DEMO_SELLER_API_KEY } from '../modules/seller-api/api-keys.ts';
import { translator } from '../platform/i18n.ts';
import { mailOutbox } from '../platform/mail/mail.schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoOrders } from './demo-orders.ts';

describe.each(ENGINES)('the demo orders on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 40, sellers: 8, offers: 400 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
    expect(await seedDemoOrders(t.deps)).toBeGreaterThan(0);
  }, 120_000);
  afterAll(() => t?.close());

  const page = async (path: string, spec: Parameters<typeof createActor>[1]) => {
    const a = await createActor(t.deps, spec);
    const res = await t.app.request(path, {
      headers: { cookie: await a.cookie(), 'x-forwarded-for': '198.51.100.200' },
    });
    return { status: res.status, text: await res.text() };
  };

  it('a failed refund is still owed to the buyer, on /console/refunds', async () => {
    const alerts = await failedRefundAlerts(t.deps.db);
    expect(alerts.length).toBe(1);
    expect(alerts[0]!.kind).toBe('reversed');
    const p = await page('/console/refunds', { email: 'demo-support@reloop.test', operator: ['support'] });
    expect(p.status).toBe(200);
    expect(p.text).toContain(alerts[0]!.failureMessage!);
  });

  it('seller #1’s payout is held: on /console/payouts and on its money page', async () => {
    const held = await t.deps.db.select().from(payouts).where(eq(payouts.sellerId, 1));
    expect(held.map((p) => p.status)).toEqual(['pending']);
    const console_ = await page('/console/payouts', {
      email: 'demo-compliance@reloop.test',
      operator: ['compliance'],
    });
    expect(console_.status).toBe(200);
    expect(console_.text).toMatch(new RegExp(`#${held[0]!.id}<`));
    expect(console_.text).toMatch(/held/i);
    const seller = await page('/seller/1/money', {
      email: 'demo-seller-staff@reloop.test',
      sellers: [{ sellerId: 1, role: 'owner' }],
    });
    expect(seller.status).toBe(200);
    expect(seller.text).toContain(`#${held[0]!.id}`);
    // The seller portal reads in the seller's language (French here: the staff account is in FR).
    expect(seller.text).toContain(translator('fr-FR')('portal.money.heldBefore'));
  });

  it('after the sale: the demo seller’s folders on /ws/sav with its demo key, a return, a claim, parcels', async () => {
    const res = await t.app.request('/ws/sav?page=1', {
      headers: {
        authorization: `Basic ${DEMO_SELLER_API_KEY}`,
        accept: 'application/json',
        'user-agent': 'BM-Reloop-Demo;demo@reloop.example',
        'x-forwarded-for': '198.51.100.201',
      },
    });
    expect(res.status).toBe(200);
    // biome-ignore lint/suspicious/noExplicitAny: the wire shape
    const body = (await res.json()) as any;
    expect(body.count).toBe(3);
    const folders = await t.deps.db.select().from(careFolders).where(eq(careFolders.sellerId, 1));
    expect(folders.map((f) => f.status).sort()).toEqual([
      'awaiting_seller',
      'closed',
      'with_customer_service',
    ]);
    const [shopper] = await t.deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
    expect(folders.every((f) => f.buyerUserId === shopper!.id)).toBe(true);
    expect((await t.deps.db.select().from(returns)).map((r) => r.status)).toEqual(['label_issued']);
    expect((await t.deps.db.select().from(warrantyClaims)).map((c) => c.status)).toEqual(['open']);
    // A question about the platform waits in customer service's queue.
    const tickets = await t.deps.db.select().from(supportTickets);
    expect(tickets.map((x) => [x.topic, x.status, x.userId])).toEqual([['question', 'open', shopper!.id]]);
    const parcels = await t.deps.db.select().from(shipments);
    expect(parcels.filter((p) => p.status === 'delivered').length).toBeGreaterThanOrEqual(6);
    expect(parcels.filter((p) => p.carrier === 'sandbox' && p.status !== 'delivered').length).toBe(2);
    // Each step wrote its email: the seller heard of the folders, the buyer of the return label.
    const templates = (await t.deps.db.select({ template: mailOutbox.template }).from(mailOutbox)).map(
      (m) => m.template,
    );
    for (const template of [
      'after-sales.folder-opened',
      'after-sales.folder-closed',
      'after-sales.folder-escalated',
      'after-sales.return-label',
      'after-sales.warranty-opened',
      'after-sales.new-paid-order',
    ])
      expect(templates).toContain(template);
  });

  it('runs once: a second seed adds nothing', async () => {
    expect(await seedDemoOrders(t.deps)).toBe(0);
  });
});
