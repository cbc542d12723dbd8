/** The demo's insured device with its claim under review (issue 14), seeded once. */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import type { TestApp } from '../../test/orders.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { insuranceClaims } from '../modules/after-sales/after-sales.schema.ts';
import { insurancePolicies } from '../modules/checkout/insurance-policies.schema.ts';
import { orders } from '../modules/orders/orders.schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoInsuranceClaim } from './demo-insurance.ts';

describe.each(ENGINES)('the demo insurance claim on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 3, offers: 80 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
  }, 120_000);
  afterAll(() => t?.close());

  it('the demo shopper has an insured, delivered device with an open claim; seeding again adds nothing', async () => {
    expect(await seedDemoInsuranceClaim(t.deps)).toBe(1);
    const [shopper] = await t.deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
    const claims = await t.deps.db.select().from(insuranceClaims);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ buyerUserId: shopper!.id, cover: 'breakage', status: 'under_review' });
    const [policy] = await t.deps.db
      .select()
      .from(insurancePolicies)
      .where(eq(insurancePolicies.id, claims[0]!.policyId));
    expect(policy?.status).toBe('active');
    const [order] = await t.deps.db.select().from(orders).where(eq(orders.id, claims[0]!.orderId));
    expect(order?.sellerId).toBe(1);
    expect(await seedDemoInsuranceClaim(t.deps)).toBe(0);
  });
});
