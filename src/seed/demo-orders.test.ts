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
import { payouts } from '../modules/payouts/payouts.schema.ts';
import { failedRefundAlerts } from '../modules/refunds/refund-alerts.read-model.ts';
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
    expect(seller.text).toMatch(/held/i);
  });

  it('runs once: a second seed adds nothing', async () => {
    expect(await seedDemoOrders(t.deps)).toBe(0);
  });
});
