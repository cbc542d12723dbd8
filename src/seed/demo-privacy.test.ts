import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { privacyRequests } from '../modules/privacy/privacy-requests.schema.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
import { seedDemoPrivacyRequests } from './demo-privacy.ts';

describe.each(ENGINES)('demo privacy requests on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    await seedDemoAccounts({ db: t.deps.db, clock: t.clock });
  });
  afterAll(() => t?.close());

  it('puts an open request due in a few days and an extended one in the desk, once', async () => {
    expect(await seedDemoPrivacyRequests(t.deps)).toBe(2);
    const rows = await t.deps.db.select().from(privacyRequests).orderBy(asc(privacyRequests.id));
    // Seeded on 2026-11-21: received 27 and 20 days before.
    expect(rows.map((r) => [r.kind, r.status, r.receivedOn, r.dueOn, !!r.extendedAt])).toEqual([
      ['access', 'open', '2026-10-25', '2026-11-25', false],
      ['erasure', 'open', '2026-11-01', '2027-02-01', true],
    ]);
    expect(await seedDemoPrivacyRequests(t.deps)).toBe(0);
  });
});
