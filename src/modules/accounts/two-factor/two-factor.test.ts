import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../../test/actors.ts';
import { ENGINES } from '../../../../test/db.ts';
import { createTestApp } from '../../../../test/fixtures.ts';
import { auditEvents } from '../../audit/audit.schema.ts';
import { operatorSecondFactors, recoveryCodes } from '../accounts.schema.ts';
import { signIn } from '../sign-in.ts';
import { completeSecondFactorSignIn } from './complete-second-factor-sign-in.ts';
import { confirmSecondFactor } from './confirm-second-factor.ts';
import { disableSecondFactor } from './disable-second-factor.ts';
import { startSecondFactorEnrolment } from './start-second-factor-enrolment.ts';
import { matchTotp, totpCodeAt } from './totp.ts';
import { CODE_FAILURE_LIMIT } from './two-factor.rules.ts';
import { checkSecondFactorCode, findSecondFactor } from './two-factor.store.ts';

const META = { ip: '192.0.2.10', userAgent: 'test' };

describe('TOTP through otplib, on the injected clock', () => {
  it('matches the current step and one either side, never a step already used', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const now = new Date('2026-11-21T12:00:10Z');
    const code = await totpCodeAt(secret, now);
    const step = Math.floor(now.getTime() / 30_000);
    expect(await matchTotp({ secret, code, now, afterStep: 0 })).toBe(step);
    expect(await matchTotp({ secret, code, now: new Date(now.getTime() + 30_000), afterStep: 0 })).toBe(step);
    expect(await matchTotp({ secret, code, now: new Date(now.getTime() + 90_000), afterStep: 0 })).toBeNull();
    expect(await matchTotp({ secret, code, now, afterStep: step })).toBeNull();
  });
});

describe.each(ENGINES)('second factor use cases (%s)', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let n = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 4, sellers: 1, offers: 8 });
  });
  afterAll(async () => t?.close());
  const operator = (secondFactor: boolean, role: 'support' | 'admin' = 'support') =>
    createActor(t.deps, { email: `op${++n}@reloop.test`, buyerType: null, operator: [role], secondFactor });

  it('enrols only operators, confirms with the pending secret and stores ten hashed recovery codes', async () => {
    const buyer = await createActor(t.deps, { email: `buyer${++n}@example.com` });
    await expect(startSecondFactorEnrolment(t.deps, { userId: buyer.userId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    const op = await operator(false);
    const { secret } = await startSecondFactorEnrolment(t.deps, { userId: op.userId });
    expect((await findSecondFactor(t.deps.db, op.userId))?.confirmedAt).toBeNull();
    const r = await confirmSecondFactor(t.deps, {
      userId: op.userId,
      sessionId: 'none',
      code: await totpCodeAt(secret, t.clock.now()),
      meta: META,
    });
    expect(r.recoveryCodes).toHaveLength(10);
    const stored = await t.deps.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, op.userId));
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.codeHash)).not.toContain(r.recoveryCodes[0]);
    const row = await findSecondFactor(t.deps.db, op.userId);
    expect(row).toMatchObject({ secret, pendingSecret: null });
    expect(row?.confirmedAt).toEqual(t.clock.now());
  });

  it('keeps the old authenticator working until a replacement is confirmed', async () => {
    const op = await operator(true);
    await startSecondFactorEnrolment(t.deps, { userId: op.userId });
    t.clock.advance(30_000);
    await expect(
      checkSecondFactorCode(t.deps, {
        userId: op.userId,
        code: await totpCodeAt(op.totpSecret!, t.clock.now()),
        against: 'confirmed',
        recovery: false,
        meta: META,
      }),
    ).resolves.toBe('totp');
  });

  it('counts parallel wrong guesses: no more than five are checked in a window', async () => {
    const op = await operator(true);
    const guesses = Array.from({ length: 12 }, (_, i) =>
      checkSecondFactorCode(t.deps, {
        userId: op.userId,
        code: String(100000 + i),
        against: 'confirmed',
        recovery: true,
        meta: META,
      }).catch((e: { code: string }) => e.code),
    );
    const outcomes = await Promise.all(guesses);
    expect(outcomes.filter((o) => o === 'INVALID_INPUT')).toHaveLength(CODE_FAILURE_LIMIT);
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(12 - CODE_FAILURE_LIMIT);
    const failed = await t.deps.db.select().from(auditEvents).where(eq(auditEvents.subjectUserId, op.userId));
    expect(failed.filter((e) => e.action === 'auth.second_factor_failed')).toHaveLength(CODE_FAILURE_LIMIT);
  });

  it('signs in with the password, then the code; the second step token is single-use', async () => {
    const op = await operator(true);
    const first = await signIn(t.deps, { input: { email: op.email, password: op.password }, meta: META });
    expect(first.sessionToken).toBeUndefined();
    t.clock.advance(30_000);
    const done = await completeSecondFactorSignIn(t.deps, {
      secondStep: first.secondStep!,
      code: await totpCodeAt(op.totpSecret!, t.clock.now()),
      meta: META,
    });
    expect(done.userId).toBe(op.userId);
    t.clock.advance(30_000);
    await expect(
      completeSecondFactorSignIn(t.deps, {
        secondStep: first.secondStep!,
        code: await totpCodeAt(op.totpSecret!, t.clock.now()),
        meta: META,
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses to turn off an admin’s second factor; removes a support operator’s with its codes', async () => {
    const admin = await operator(true, 'admin');
    t.clock.advance(30_000);
    await expect(
      disableSecondFactor(t.deps, {
        userId: admin.userId,
        code: await totpCodeAt(admin.totpSecret!, t.clock.now()),
        meta: META,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const op = await operator(true);
    await disableSecondFactor(t.deps, {
      userId: op.userId,
      code: await totpCodeAt(op.totpSecret!, t.clock.now()),
      meta: META,
    });
    expect(
      await t.deps.db.select().from(operatorSecondFactors).where(eq(operatorSecondFactors.userId, op.userId)),
    ).toEqual([]);
  });
});
