import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { listOutbox } from '../../platform/mail/outbox.store.ts';
import { closeAccountByPlatform } from '../accounts/operator/close-account-by-platform.ts';
import { suspendSeller } from '../seller-onboarding/suspend-seller.ts';
import { SELLER_REDRESS, USER_REDRESS } from './statement.rules.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const meta = { ip: '192.0.2.1', userAgent: 'test' };

/**
 * Issue 16: statements of reasons told people to use "the appeal form in the help centre", a page
 * that does not exist. Every statement email now links to the complaint form of that decision.
 */
describe.each(ENGINES)('redress links in statements of reasons on %s', (engine) => {
  let t: T;
  let operatorId: number;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 3, sellers: 2, offers: 6 });
    operatorId = (
      await createActor(t.deps, { email: 'ops@reloop.example', buyerType: null, operator: ['compliance'] })
    ).userId;
  });
  afterAll(() => t.close());

  it('the stored redress texts name no help centre', () => {
    for (const r of [USER_REDRESS, SELLER_REDRESS]) {
      expect(r).not.toMatch(/help centre/);
      expect(r).toMatch(/complaint form/);
    }
  });

  it('a closure email links to the complaint form of its statement, not to a help centre', async () => {
    const user = await createActor(t.deps, { email: 'closed@example.com' });
    const { statementId } = await closeAccountByPlatform(t.deps, {
      operatorId,
      userId: user.userId,
      input: { reason: 'false_identity', details: 'The registered company was dissolved in 2024.' },
      meta,
    });
    const [mail] = await listOutbox(t.deps.db, { to: 'closed@example.com', limit: 1 });
    expect(mail!.textBody).not.toMatch(/help centre|centre d’aide|centre d'aide/);
    expect(mail!.textBody).toContain(`http://reloop.test/fr-fr/dsa/complaints/new?statement=${statementId}`);
    // The link opens the form for that decision.
    const page = await t.get(`/fr-fr/dsa/complaints/new?statement=${statementId}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(statementId);
  });

  it('a seller suspension email links to the complaint form of its statement', async () => {
    const owner = await createActor(t.deps, {
      email: 'owner@seller.example',
      sellers: [{ sellerId: 1, role: 'owner' }],
    });
    const { statementId } = await suspendSeller(t.deps, {
      operatorId,
      sellerId: 1,
      input: { reason: 'incomplete_trader_data', details: 'No trade register number.' },
    });
    const [mail] = await listOutbox(t.deps.db, { to: owner.email, limit: 1 });
    expect(mail!.template).toBe('seller-onboarding.suspended');
    expect(mail!.textBody).not.toMatch(/help centre|centre d’aide|centre d'aide/);
    expect(mail!.textBody).toContain(`/dsa/complaints/new?statement=${statementId}`);
  });
});
