/**
 * Issue 12, finding 7, through the console: support closing an admin gets 403 and nothing
 * changes; an admin closes a support operator; nobody closes their own account here.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { users } from '../../modules/accounts/accounts.schema.ts';
import { statementsOfReasons } from '../../modules/compliance/compliance.schema.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';

describe.each(ENGINES)('console actions on operators’ accounts (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t.close());

  let n = 0;
  async function as(roles: OperatorRole[]) {
    const a = await createActor(t.deps, { email: `console-ops-${++n}@reloop.test`, operator: roles });
    const b = new TestBrowser(t.app, `203.0.113.${60 + n}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return { userId: a.userId, b };
  }
  const row = async (id: number) => (await t.deps.db.select().from(users).where(eq(users.id, id)))[0]!;
  const close = { reason: 'fraud', details: 'Chargebacks on delivered orders.' };

  it('support closing an admin gets 403 and nothing changed', async () => {
    const support = await as(['support']);
    const admin = await as(['admin']);
    const page = await support.b.get(`/console/users/${admin.userId}`);
    expect(page.status).toBe(200);
    // Not even offered: the page shows no action support may not take on an operator.
    expect(page.text).not.toContain('Close account');
    const customer = await createActor(t.deps, { email: `console-customer-${++n}@reloop.test` });
    expect((await support.b.get(`/console/users/${customer.userId}`)).text).toContain('Close account');
    const r = await support.b.post(`/console/users/${admin.userId}/close`, close);
    expect(r.status).toBe(403);
    expect(r.text).toContain('Only an admin');
    expect((await row(admin.userId)).status).toBe('active');
    const sors = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.subjectUserId, admin.userId));
    expect(sors).toHaveLength(0);
  });

  it('an admin closes a support operator, but not their own account', async () => {
    const admin = await as(['admin']);
    const support = await as(['support']);
    await admin.b.get(`/console/users/${support.userId}`);
    const r = await admin.b.post(`/console/users/${support.userId}/close`, close);
    expect(r.status).toBe(303);
    expect((await row(support.userId)).status).toBe('closed');

    const self = await admin.b.post(`/console/users/${admin.userId}/close`, close);
    expect(self.status).toBe(403);
    expect(self.text).toContain('own account');
    expect((await row(admin.userId)).status).toBe('active');
  });
});
