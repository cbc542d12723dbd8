/**
 * Issue 12, finding 11: every console action is audited with before/after. The first test walks
 * the routes the app registers (as the authorization matrix does) so a new console POST without
 * an entry in CONSOLE_AUDITED_ROUTES fails; the others check the snapshots of representative
 * actions through the console, and that the audit log page shows them.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { AUDIT_ACTIONS, type AuditAction } from '../../modules/audit/record-audit.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { CONSOLE_AUDITED_ROUTES, CONSOLE_UNAUDITED_ROUTES } from './console-audit.ts';

describe.each(ENGINES)('console actions are audited (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 6, sellers: 3, offers: 20 });
  });
  afterAll(() => t.close());

  let n = 0;
  async function as(roles: OperatorRole[]) {
    const a = await createActor(t.deps, { email: `audit-ops-${++n}@reloop.test`, operator: roles });
    const b = new TestBrowser(t.app, `203.0.113.${140 + n}`);
    const [name, value] = (await a.cookie()).split('=');
    b.cookies.set(name!, value!);
    return { userId: a.userId, b };
  }
  const lastEvent = async (action: AuditAction) =>
    (
      await t.deps.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, action))
        .orderBy(desc(auditEvents.id))
        .limit(1)
    )[0];

  it('every console POST route maps to at least one declared audit action', () => {
    const posts = [
      ...new Set(
        t.app.routes
          .filter((r) => r.method === 'POST' && r.path.startsWith('/console'))
          .map((r) => `POST ${r.path}`),
      ),
    ].sort();
    expect(posts.length).toBeGreaterThan(15);
    expect(posts.filter((p) => !(p in CONSOLE_AUDITED_ROUTES) && !(p in CONSOLE_UNAUDITED_ROUTES))).toEqual(
      [],
    );
    // No stale entry, and only actions the audit log knows.
    const declared = [...Object.keys(CONSOLE_AUDITED_ROUTES), ...Object.keys(CONSOLE_UNAUDITED_ROUTES)];
    expect(declared.filter((k) => !posts.includes(k))).toEqual([]);
    expect(Object.keys(CONSOLE_UNAUDITED_ROUTES).filter((k) => k in CONSOLE_AUDITED_ROUTES)).toEqual([]);
    for (const actions of Object.values(CONSOLE_AUDITED_ROUTES)) {
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) expect(AUDIT_ACTIONS).toContain(a);
    }
  });

  it('closing an account stores its status before and after', async () => {
    const support = await as(['support']);
    const customer = await createActor(t.deps, { email: `audited-customer-${++n}@example.com` });
    await support.b.get(`/console/users/${customer.userId}`);
    const r = await support.b.post(`/console/users/${customer.userId}/close`, {
      reason: 'fraud',
      details: 'Chargebacks.',
    });
    expect(r.status).toBe(303);
    const e = await lastEvent('account.closed_by_platform');
    expect(e).toMatchObject({ actorUserId: support.userId, subjectUserId: customer.userId });
    expect(e!.before).toMatchObject({ status: 'active' });
    expect(e!.after).toMatchObject({ status: 'closed', closedBy: 'platform' });
  });

  it('fee settings and commission rates store the values before and after', async () => {
    const admin = await as(['admin']);
    const page = await admin.b.get('/console/fees');
    expect(page.status).toBe(200);
    const category = /<option value="(\d+)"/.exec(
      page.text.slice(page.text.indexOf('name="categoryId"')),
    )![1]!;
    await admin.b.post('/console/fees/categories', { categoryId: category, categoryRate: '9' });
    await admin.b.post('/console/fees/categories', { categoryId: category, categoryRate: '11.5' });
    const set = await lastEvent('fees.category_rate_set');
    expect(set).toMatchObject({
      actorUserId: admin.userId,
      before: { rateBp: 900 },
      after: { rateBp: 1150 },
    });
    const del = await admin.b.post(`/console/fees/categories/${category}/delete`, {});
    expect(del.status).toBe(303);
    const removed = await lastEvent('fees.category_rate_removed');
    expect(removed).toMatchObject({ before: { rateBp: 1150 }, after: null });

    const fees: Record<string, string> = { defaultCommission: '12', payoutDelayDays: '14' };
    for (const m of page.text.matchAll(/name="(monthlyFee[A-Z]{3})"/g)) fees[m[1]!] = '49';
    const saved = await admin.b.post('/console/fees', fees);
    expect(saved.status).toBe(303);
    const changed = await lastEvent('fees.settings_changed');
    expect(changed!.after).toMatchObject({ defaultCommissionBp: 1200, payoutDelayDays: 14 });
    expect(changed!.before).toHaveProperty('defaultCommissionBp');
  });

  it('a seller suspension and reinstatement store the seller status before and after', async () => {
    const compliance = await as(['compliance']);
    await compliance.b.get('/console/sellers/1');
    const s = await compliance.b.post('/console/sellers/1/suspend', {
      reason: 'inaccurate_trader_data',
      details: 'The trade register number does not exist.',
    });
    expect(s.status).toBe(303);
    const suspended = await lastEvent('seller.suspended');
    expect(suspended).toMatchObject({
      actorUserId: compliance.userId,
      before: { status: 'active' },
      after: { status: 'suspended' },
    });
    await compliance.b.post('/console/sellers/1/reinstate', { note: 'Corrected.' });
    const reinstated = await lastEvent('seller.reinstated');
    expect(reinstated).toMatchObject({ before: { status: 'suspended' }, after: { status: 'active' } });
  });

  it('the audit log page shows what changed', async () => {
    const admin = await as(['admin']);
    const log = await admin.b.get('/console/audit?action=fees.category_rate_set');
    expect(log.status).toBe(200);
    expect(log.text).toContain('Before');
    expect(log.text).toMatch(/rateBp[^<]*900/);
    expect(log.text).toMatch(/rateBp[^<]*1150/);
    const suspended = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'seller.suspended')));
    expect(suspended.length).toBeGreaterThan(0);
  });
});
