/**
 * Issue 12, finding 7: the lowest console role could close any account, operators included.
 * Closing, reopening or changing an account that holds an operator role needs the admin role,
 * and no operator acts on their own account from the console.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../../test/actors.ts';
import { ENGINES } from '../../../../test/db.ts';
import { createTestApp } from '../../../../test/fixtures.ts';
import type { OperatorRole } from '../../../platform/http/actor.ts';
import { users } from '../accounts.schema.ts';
import { closeAccountByPlatform } from './close-account-by-platform.ts';
import { inviteOperator } from './invite-operator.ts';
import { authoriseReregistration, reopenAccount } from './reopen-account.ts';
import { updateBusinessProfile } from './update-business-profile.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const meta = { ip: '192.0.2.7', userAgent: 'test' };
const closure = { reason: 'fraud', details: 'Chargebacks on three delivered orders.' };

describe.each(ENGINES)('who may act on an operator’s account (%s)', (engine) => {
  let t: T;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 2, offers: 10 });
  });
  afterAll(() => t.close());

  const op = async (roles: OperatorRole[], buyerType: 'business' | null = null) =>
    (await createActor(t.deps, { email: `authority-${++n}@reloop.test`, buyerType, operator: roles })).userId;
  const status = async (id: number) =>
    (await t.deps.db.select().from(users).where(eq(users.id, id)))[0]!.status;

  it('support cannot close an admin, and nothing changes', async () => {
    const support = await op(['support']);
    const admin = await op(['admin']);
    const attempt = closeAccountByPlatform(t.deps, {
      operatorId: support,
      userId: admin,
      input: closure,
      meta,
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('admin'),
    });
    expect(await status(admin)).toBe('active');
  });

  it('compliance cannot close another compliance operator; an admin can close a support operator', async () => {
    const compliance = await op(['compliance']);
    const colleague = await op(['compliance']);
    await expect(
      closeAccountByPlatform(t.deps, { operatorId: compliance, userId: colleague, input: closure, meta }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const admin = await op(['admin']);
    const support = await op(['support']);
    await closeAccountByPlatform(t.deps, { operatorId: admin, userId: support, input: closure, meta });
    expect(await status(support)).toBe('closed');
    // Reopening an operator's account needs an admin too.
    await expect(
      reopenAccount(t.deps, { operatorId: compliance, userId: support, note: 'appeal', meta }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      authoriseReregistration(t.deps, { operatorId: compliance, userId: support, meta }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await reopenAccount(t.deps, { operatorId: admin, userId: support, note: 'appeal upheld', meta });
    expect(await status(support)).toBe('active');
  });

  it('no operator acts on their own account, admins included', async () => {
    const admin = await op(['admin'], 'business');
    await expect(
      closeAccountByPlatform(t.deps, { operatorId: admin, userId: admin, input: closure, meta }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('own account') });
    expect(await status(admin)).toBe('active');
    await expect(
      updateBusinessProfile(t.deps, {
        operatorId: admin,
        userId: admin,
        input: {
          legalName: 'Mine SAS',
          addressLine: '1 rue X',
          postalCode: '75001',
          city: 'Paris',
          country: 'FR',
          vatNumber: '',
          note: 'my own',
        },
        meta,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [me] = await t.deps.db.select().from(users).where(eq(users.id, admin));
    await expect(
      inviteOperator(t.deps, { operatorId: admin, input: { email: me!.email, role: 'compliance' }, meta }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('support still closes a customer account', async () => {
    const support = await op(['support']);
    const customer = (await createActor(t.deps, { email: `customer-${++n}@example.com` })).userId;
    await closeAccountByPlatform(t.deps, { operatorId: support, userId: customer, input: closure, meta });
    expect(await status(customer)).toBe('closed');
  });
});
