import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import { statementsOfReasons } from '../../modules/compliance/compliance.schema.ts';
import { issueStatementOfReasons } from '../../modules/compliance/issue-statement-of-reasons.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const PAGE = '/console/dsa/transparency-database';

describe.each(ENGINES)('the Transparency Database desk, on %s', (engine) => {
  let t: T;
  let compliance: TestBrowser;
  let complianceId: number;
  let moderator: TestBrowser;
  let refused: string;
  let stored: string;

  const browserOf = async (actor: Awaited<ReturnType<typeof createActor>>) => {
    const b = new TestBrowser(t.app);
    b.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return b;
  };
  const issue = async () =>
    (
      await issueStatementOfReasons(t.deps, {
        subjectUserId: null,
        measure: 'content_removal',
        reasonCode: 'review_spam',
        facts: 'A review repeated the same advertisement.',
        source: 'own_initiative',
        ground: { type: 'incompatible_terms', contractualGround: 'Review rules, clause 2' },
        explanation: 'Advertising is not allowed in reviews.',
        audience: 'user',
        decidedBy: null,
      })
    ).id;
  const statusOf = async (id: string) =>
    (
      await t.deps.db
        .select({ status: statementsOfReasons.tdbStatus, error: statementsOfReasons.tdbError })
        .from(statementsOfReasons)
        .where(eq(statementsOfReasons.id, id))
    )[0]!;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    const c = await createActor(t.deps, {
      email: 'tdb@reloop.example',
      buyerType: null,
      operator: ['compliance'],
    });
    complianceId = c.userId;
    compliance = await browserOf(c);
    moderator = await browserOf(
      await createActor(t.deps, { email: 'mod@reloop.example', buyerType: null, operator: ['moderator'] }),
    );
    refused = await issue();
    stored = await issue();
    await issue();
    // The submission job's outcomes (submit-statements-to-tdb.test.ts covers the job itself).
    await t.deps.db
      .update(statementsOfReasons)
      .set({
        tdbStatus: 'rejected',
        tdbAttempts: 1,
        tdbError: 'The given data was invalid: category is invalid',
      })
      .where(eq(statementsOfReasons.id, refused));
    await t.deps.db
      .update(statementsOfReasons)
      .set({ tdbStatus: 'submitted' })
      .where(eq(statementsOfReasons.id, stored));
  });
  afterAll(() => t?.close());

  it('shows compliance operators the counts, the refused statements with their errors, and the credentials', async () => {
    const all = await t.deps.db.select({ s: statementsOfReasons.tdbStatus }).from(statementsOfReasons);
    const n = (s: string) => all.filter((r) => r.s === s).length;
    const page = await compliance.get(PAGE);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`id="tdb-count-pending">${n('pending')}<`);
    expect(page.text).toContain(`id="tdb-count-submitted">${n('submitted')}<`);
    expect(page.text).toContain('id="tdb-count-rejected">1<');
    expect(page.text).toContain('id="tdb-count-logged">0<');
    expect(page.text).toContain(`id="tdb-${refused}"`);
    expect(page.text).toContain('category is invalid');
    expect(page.text).not.toContain(`id="tdb-${stored}"`);
    expect(page.text).toContain('No credentials configured');
    expect(page.text).toContain(`href="${PAGE}"`);
  });

  it('is for compliance operators only', async () => {
    expect((await moderator.get(PAGE)).status).toBe(403);
    expect((await moderator.post(`${PAGE}/${refused}/resend`, {})).status).toBe(403);
    expect((await statusOf(refused)).status).toBe('rejected');
    expect((await new TestBrowser(t.app).get(PAGE)).status).not.toBe(200);
  });

  it('sends a refused statement again: pending, audited; only a refused one', async () => {
    const res = await compliance.post(`${PAGE}/${refused}/resend`, {});
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${PAGE}?done=resent`);
    expect(await statusOf(refused)).toEqual({ status: 'pending', error: null });
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'dsa.tdb_resubmitted'), eq(auditEvents.actorUserId, complianceId)));
    expect(audit).toMatchObject({
      before: { tdbStatus: 'rejected', tdbError: 'The given data was invalid: category is invalid' },
      after: { tdbStatus: 'pending' },
    });
    const again = await compliance.post(`${PAGE}/${refused}/resend`, {});
    expect(again.status).toBe(409);
    const storedAgain = await compliance.post(`${PAGE}/${stored}/resend`, {});
    expect(storedAgain.status).toBe(409);
    expect((await statusOf(stored)).status).toBe('submitted');
    expect((await compliance.post(`${PAGE}/00000000-0000-4000-8000-000000000000/resend`, {})).status).toBe(
      404,
    );
  });
});
