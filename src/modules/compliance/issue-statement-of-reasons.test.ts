import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { statementsOfReasons } from './compliance.schema.ts';
import { issueStatementOfReasons } from './issue-statement-of-reasons.ts';
import { findStatement, listStatementsForUser } from './list-statements.ts';
import { SELLER_REDRESS } from './statement.rules.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;

describe.each(ENGINES)('issueStatementOfReasons on %s', (engine) => {
  let t: T;
  let userId: number;
  let operatorId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    userId = (await createActor(t.deps, { email: 'owner@shop.example' })).userId;
    operatorId = (
      await createActor(t.deps, { email: 'ops@reloop.example', buyerType: null, operator: ['compliance'] })
    ).userId;
  });
  afterAll(() => t.close());

  it('stores a checked statement, effective now, and the owner reads it back', async () => {
    const issued = await issueStatementOfReasons(t.deps, {
      subjectUserId: userId,
      measure: 'suspension_of_service',
      territorialScope: ['FR', 'BE'],
      endsAt: new Date('2026-12-21T00:00:00Z'),
      reasonCode: 'quality_criteria',
      facts: 'Late deliveries at 14 % over 90 days.',
      source: 'own_initiative',
      ground: { type: 'incompatible_terms', contractualGround: 'Seller terms §6' },
      explanation: 'Quality rates above the thresholds.',
      audience: 'seller',
      decidedBy: operatorId,
    });
    const [row] = await t.deps.db
      .select()
      .from(statementsOfReasons)
      .where(eq(statementsOfReasons.id, issued.id));
    expect(row).toMatchObject({
      subjectUserId: userId,
      measure: 'suspension_of_service',
      territorialScope: 'France, Belgium',
      endsAt: new Date('2026-12-21T00:00:00Z'),
      groundType: 'incompatible_terms',
      contractualGround: 'Seller terms §6',
      legalGround: null,
      redress: SELLER_REDRESS,
      decidedBy: operatorId,
      effectiveAt: t.clock.now(),
    });
    expect(await findStatement(t.deps.db, issued.id)).toEqual(row);
    expect((await listStatementsForUser(t.deps.db, userId)).map((s) => s.id)).toContain(issued.id);
  });

  it('stores nothing when the statement is incomplete', async () => {
    const before = (await listStatementsForUser(t.deps.db, userId)).length;
    await expect(
      issueStatementOfReasons(t.deps, {
        subjectUserId: userId,
        measure: 'account_termination',
        reasonCode: 'scraping',
        facts: '',
        source: 'notice',
        ground: { type: 'incompatible_terms', contractualGround: 'Terms of use §7.4' },
        explanation: 'Automated extraction.',
        audience: 'user',
        decidedBy: operatorId,
      }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await listStatementsForUser(t.deps.db, userId)).toHaveLength(before);
  });
});
