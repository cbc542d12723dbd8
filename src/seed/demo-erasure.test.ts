import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { users } from '../modules/accounts/accounts.schema.ts';
import { erasureReports, legalHolds } from '../modules/privacy/privacy-erasure.schema.ts';
import { mailOutbox } from '../platform/mail/mail.schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { DEMO_ERASED_EMAIL, seedDemoErasure } from './demo-erasure.ts';

describe.each(ENGINES)('demo erased account on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 8, sellers: 3, offers: 40 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
  });
  afterAll(() => t?.close());

  it('erases a buyer whose order and open help request are held, once', async () => {
    expect(await seedDemoErasure(t.deps)).toBe(1);
    const [report] = await t.deps.db.select().from(erasureReports);
    const holds = await t.deps.db.select().from(legalHolds).where(eq(legalHolds.userId, report!.userId));
    // Bought on 2026-10-12 in Sweden: 7 years after the end of 2026 (Bokföringslagen).
    expect(holds.map((h) => [h.dataset, h.reason, h.until?.toISOString() ?? null]).sort()).toEqual([
      ['care_folders', 'open_claim', null],
      ['orders', 'accounting', '2034-01-02T00:00:00.000Z'],
    ]);
    const [u] = await t.deps.db.select().from(users).where(eq(users.id, report!.userId));
    expect(u!.email).toBe(`erased-${report!.userId}@erased.invalid`);
    const mails = await t.deps.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, DEMO_ERASED_EMAIL));
    expect(mails.map((m) => m.subject)).toEqual(['Ditt Reloop-konto har raderats']);
    expect(await seedDemoErasure(t.deps)).toBe(0);
  });
});
