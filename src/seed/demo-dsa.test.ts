import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { statementsOfReasons } from '../modules/compliance/compliance.schema.ts';
import { dsaComplaints, dsaNotices } from '../modules/compliance/dsa-notices.schema.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { DEMO_SUSPENDED_SELLER_ID, seedDemoDsa } from './demo-dsa.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('demo DSA data on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 6, offers: 20 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
  });
  afterAll(() => t.close());

  it('a suspended seller and a closed account with statements, a notice and a complaint waiting, once', async () => {
    expect(await seedDemoDsa(t.deps)).toBe(true);
    const [seller] = await t.deps.db.select().from(sellers).where(eq(sellers.id, DEMO_SUSPENDED_SELLER_ID));
    expect(seller!.status).toBe('suspended');
    const [sor] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, seller!.suspensionStatementId!));
    expect(sor!.measure).toBe('suspension_of_service');
    const notices = await t.deps.db.select().from(dsaNotices);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ status: 'open', contentKind: 'offer', category: 'unsafe_products' });
    const complaints = await t.deps.db.select().from(dsaComplaints);
    expect(complaints).toHaveLength(1);
    expect(complaints[0]).toMatchObject({ status: 'open', complainantEmail: 'scraper@reloop.example' });
    const [closure] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, complaints[0]!.statementId!));
    expect(closure!.measure).toBe('account_termination');
    const queue = await t.get('/console/dsa/notices');
    expect(queue.status).not.toBe(500);
    expect(await seedDemoDsa(t.deps)).toBe(false);
    expect(await t.deps.db.select().from(dsaNotices)).toHaveLength(1);
  });
});
