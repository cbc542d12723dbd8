import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { DUMMY_HASH, hashPassword, needsRehash, verifyPassword } from '../../platform/security/password.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { sessions, users } from './accounts.schema.ts';
import { findActiveUserByEmail, rolesOf } from './accounts.store.ts';
import { ZSignInInputSchema } from './accounts.types.ts';
import { createSession } from './create-session.ts';
import { deviceIdFor, issueDeviceToken } from './device-cookie.ts';
import { normaliseEmail } from './session.rules.ts';
import { clearFailures, recordFailure, type ThrottleKey, throttleStates } from './sign-in-throttle.store.ts';
import { ipThrottleSubject, waitMs } from './throttle.rules.ts';
import { startSecondStep } from './two-factor/complete-second-factor-sign-in.ts';
import { findSecondFactor, isEnrolled } from './two-factor/two-factor.store.ts';

export const SIGN_IN_FAILED = 'Email or password is incorrect';

export type SignInResult =
  | { userId: number; sessionToken: string; deviceToken: string; secondStep?: undefined }
  /** The account has a second factor: no session yet, the second step's token instead. */
  | { userId: number; secondStep: string; sessionToken?: undefined; deviceToken?: undefined };

/**
 * Check a password with throttling per account (or recognised device) and per IP. Every refusal
 * reads the same whether or not the email has an account.
 */
export async function signIn(
  deps: AccountsDeps,
  {
    input,
    meta,
    deviceToken,
    previousSessionToken,
    portal = 'shop',
  }: {
    input: unknown;
    meta: RequestMeta;
    deviceToken?: string;
    previousSessionToken?: string;
    portal?: 'shop' | 'pro';
  },
): Promise<SignInResult> {
  const { email: typed, password } = parseOrThrow(ZSignInInputSchema, input);
  const email = normaliseEmail(typed);
  const now = deps.clock.now();
  const user = await findActiveUserByEmail(deps.db, email);
  const deviceId = user ? deviceIdFor(deps.secret, deviceToken, user.id, now) : null;
  const keys: ThrottleKey[] = [
    deviceId ? { kind: 'device', key: `device:${deviceId}` } : { kind: 'account', key: `account:${email}` },
    { kind: 'ip', key: `ip:${ipThrottleSubject(meta.ip)}` },
  ];
  const states = await throttleStates(deps.db, keys);
  const wait = Math.max(...keys.map((k) => waitMs(states.get(k.key) ?? null, now)));
  if (wait > 0) {
    await recordAudit(deps.db, {
      action: 'auth.sign_in_throttled',
      at: now,
      subjectUserId: user?.id,
      ip: meta.ip,
      details: { email },
    });
    throw AppError.rateLimited(
      `Too many failed attempts. Try again in ${Math.ceil(wait / 1000)} seconds, or reset your password.`,
      wait / 1000,
    );
  }

  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    await recordFailure(deps.db, keys, now);
    await recordAudit(deps.db, {
      action: 'auth.sign_in_failed',
      at: now,
      subjectUserId: user?.id,
      ip: meta.ip,
      details: { email },
    });
    throw new AppError('UNAUTHORIZED', SIGN_IN_FAILED);
  }
  if (portal === 'pro' && user.buyerType !== 'business') {
    throw new AppError(
      'FORBIDDEN',
      'Reloop Pro is for business accounts. Sign in on the consumer shop, or create a Pro account.',
    );
  }

  if (isEnrolled(await findSecondFactor(deps.db, user.id))) {
    await clearFailures(deps.db, [keys[0]!.key]);
    return { userId: user.id, secondStep: await startSecondStep(deps.db, { userId: user.id, email, now }) };
  }
  const roles = await rolesOf(deps.db, user.id);
  const sessionToken = await deps.db.transaction(async (tx) => {
    if (previousSessionToken) {
      await tx
        .update(sessions)
        .set({ revokedAt: now })
        .where(eq(sessions.id, hashToken(previousSessionToken)));
    }
    if (needsRehash(user.passwordHash)) {
      await tx
        .update(users)
        .set({ passwordHash: await hashPassword(password) })
        .where(eq(users.id, user.id));
    }
    await recordAudit(tx, {
      action: 'auth.signed_in',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: meta.ip,
    });
    return createSession(tx, { userId: user.id, isOperator: roles.operator.size > 0, now, meta });
  });
  await clearFailures(deps.db, [keys[0]!.key]);
  return { userId: user.id, sessionToken, deviceToken: issueDeviceToken(deps.secret, user.id, now) };
}
