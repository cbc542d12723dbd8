import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { issueStatementOfReasons } from './issue-statement-of-reasons.ts';
import { validateTdbStatement } from './tdb.rules.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const EXPORT = '/api/v1/compliance/statements-of-reasons';

describe.each(ENGINES)('DSA reporting API on %s', (engine) => {
  let t: T;
  let compliance: string;
  let support: string;
  let buyer: string;
  let puids: string[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    const subject = await createActor(t.deps, { email: 'seller.owner@shop.example' });
    compliance = await (
      await createActor(t.deps, { email: 'ops@reloop.example', buyerType: null, operator: ['compliance'] })
    ).cookie();
    support = await (
      await createActor(t.deps, { email: 'help@reloop.example', buyerType: null, operator: ['support'] })
    ).cookie();
    buyer = await (await createActor(t.deps, { email: 'buyer@shop.example' })).cookie();
    puids = [];
    for (const [i, day] of ['2026-03-10', '2026-06-15', '2026-09-01'].entries()) {
      const s = await issueStatementOfReasons(t.deps, {
        subjectUserId: subject.userId,
        measure: i === 0 ? 'account_termination' : 'content_removal',
        reasonCode: i === 0 ? 'false_identity' : 'offer_unsafe_products',
        facts: `Seller Jean Martin (seller.owner@shop.example, 06 12 34 56 78) — case ${i}.`,
        source: i === 0 ? 'own_initiative' : 'notice',
        ground:
          i === 0
            ? { type: 'incompatible_terms', contractualGround: 'Terms of use §3.2' }
            : { type: 'illegal_content', legalGround: 'Regulation (EU) 2023/988' },
        explanation: 'As told to Jean Martin.',
        audience: 'seller',
        decidedBy: null,
        effectiveAt: new Date(`${day}T10:00:00Z`),
      });
      puids.push(s.puid);
    }
  });
  afterAll(() => t.close());

  it('gives compliance operators every statement in the database format, oldest first, without personal data', async () => {
    const r = await t.get(`${EXPORT}?format=dsa-tdb`, { cookie: compliance });
    expect(r.status).toBe(200);
    const ours = r.body.statements.filter((s: { puid: string }) => puids.includes(s.puid));
    expect(ours.map((s: { puid: string }) => s.puid)).toEqual(puids);
    for (const s of r.body.statements) expect(validateTdbStatement(s)).toEqual([]);
    expect(ours[0]).toMatchObject({
      decision_account: 'DECISION_ACCOUNT_TERMINATED',
      account_type: 'ACCOUNT_TYPE_BUSINESS',
      source_type: 'SOURCE_VOLUNTARY',
      application_date: '2026-03-10',
    });
    expect(ours[1]).toMatchObject({
      decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'],
      content_type: ['CONTENT_TYPE_PRODUCT'],
      category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
      source_type: 'SOURCE_ARTICLE_16',
      automated_decision: 'AUTOMATED_DECISION_NOT_AUTOMATED',
    });
    expect(r.text).not.toMatch(/Jean|Martin|seller\.owner|12 34 56 78/);
  });

  it('filters by effective day (from inclusive, to exclusive) and limits', async () => {
    const r = await t.get(`${EXPORT}?format=dsa-tdb&from=2026-06-15&to=2026-09-01`, { cookie: compliance });
    expect(r.status).toBe(200);
    expect(r.body.statements.map((s: { puid: string }) => s.puid)).toEqual([puids[1]]);
    const one = await t.get(`${EXPORT}?format=dsa-tdb&from=2026-01-01&limit=1`, { cookie: compliance });
    expect(one.body.statements.map((s: { puid: string }) => s.puid)).toEqual([puids[0]]);
  });

  it('refuses a bad query with 400 naming the field', async () => {
    for (const [query, field] of [
      ['', 'format'],
      ['?format=csv', 'format'],
      ['?format=dsa-tdb&from=2026-13-45', 'from'],
      ['?format=dsa-tdb&to=yesterday', 'to'],
      ['?format=dsa-tdb&limit=0', 'limit'],
    ] as const) {
      const r = await t.get(`${EXPORT}${query}`, { cookie: compliance });
      expect(r.status, query).toBe(400);
      expect(r.body.code).toBe('INVALID_INPUT');
      expect(JSON.stringify(r.body), query).toContain(field);
    }
  });

  it('is for compliance operators only: anonymous 401, a buyer or a support operator 403', async () => {
    expect((await t.get(`${EXPORT}?format=dsa-tdb`)).status).toBe(401);
    expect((await t.get(`${EXPORT}?format=dsa-tdb`, { cookie: buyer })).status).toBe(403);
    expect((await t.get(`${EXPORT}?format=dsa-tdb`, { cookie: support })).status).toBe(403);
  });

  it('publishes the contact points for authorities (English, French) and users (a form, people)', async () => {
    const r = await t.get('/api/v1/dsa/contact-points');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      authorities: { email: 'legal@reloop.example', languages: ['en', 'fr'] },
      users: {
        email: 'legal@reloop.example',
        automatedOnly: false,
        contactForms: {
          'fr-fr': 'http://reloop.test/fr-fr/contact',
          'nl-be': 'http://reloop.test/nl-be/contact',
        },
      },
    });
  });
});
