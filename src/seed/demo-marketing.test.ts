import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { alerts } from '../modules/marketing/marketing.schema.ts';
import { loadPreferences } from '../modules/marketing/marketing.store.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoMarketing } from './demo-marketing.ts';

describe.each(ENGINES)('demo marketing on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 20, sellers: 4, offers: 120 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
  });
  afterAll(() => t?.close());

  it('gives the demo shopper newsletter choices and one price alert, once', async () => {
    expect(await seedDemoMarketing(t.deps)).toBe(true);
    expect(await seedDemoMarketing(t.deps)).toBe(false);
    const [shopper] = await t.deps.db.select().from(users).where(eq(users.email, 'shopper@reloop.example'));
    expect(await loadPreferences(t.deps.db, shopper!.id)).toMatchObject({
      channels: { email: true, sms: false, push: false },
      basis: 'explicit',
    });
    const mine = await t.deps.db.select().from(alerts).where(eq(alerts.userId, shopper!.id));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'price_below', status: 'active', market: 'FR' });
  });
});
