import { AppError } from '../../../platform/errors.ts';
import { hashToken } from '../../../platform/security/tokens.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { consumeAuthToken, findUsableAuthToken, revokeSessionByToken, rolesOf } from '../accounts.store.ts';
import { createSession } from '../create-session.ts';
import { issueDeviceToken } from '../device-cookie.ts';
import { issueToken } from '../issue-token.ts';
import { checkSecondFactorCode } from './two-factor.store.ts';

export const SECOND_STEP_EXPIRED = 'This sign-in has expired: enter your email and password again';

/** After the right password of an account with a second factor: the token of the step that asks for it. */
export function startSecondStep(
  tx: Parameters<typeof issueToken>[0],
  a: { userId: number; email: string; now: Date },
): Promise<string> {
  return issueToken(tx, { purpose: 'second_factor', userId: a.userId, email: a.email, now: a.now });
}

/**
 * The second step of a sign-in: an authenticator code (or an unused recovery code, then spent)
 * opens the session, marked as verified by the second factor. Wrong codes are throttled per account.
 */
export async function completeSecondFactorSignIn(
  deps: Pick<AccountsDeps, 'db' | 'clock' | 'secret'>,
  input: { secondStep: string; code: string; meta: RequestMeta; previousSessionToken?: string },
): Promise<{ userId: number; sessionToken: string; deviceToken: string }> {
  const now = deps.clock.now();
  const step = /^[A-Za-z0-9_-]{20,100}$/.test(input.secondStep)
    ? await findUsableAuthToken(deps.db, { token: input.secondStep, purpose: 'second_factor', now })
    : undefined;
  if (!step?.userId) throw new AppError('UNAUTHORIZED', SECOND_STEP_EXPIRED);
  const userId = step.userId;
  const kind = await checkSecondFactorCode(deps, {
    userId,
    code: input.code,
    against: 'confirmed',
    recovery: true,
    meta: input.meta,
  });
  const roles = await rolesOf(deps.db, userId);
  const sessionToken = await deps.db.transaction(async (tx) => {
    if (!(await consumeAuthToken(tx, hashToken(input.secondStep), 'second_factor', now))) {
      throw new AppError('UNAUTHORIZED', SECOND_STEP_EXPIRED);
    }
    if (input.previousSessionToken)
      await revokeSessionByToken({ db: tx }, { token: input.previousSessionToken, now });
    await recordAudit(tx, {
      action: 'auth.signed_in',
      at: now,
      actorUserId: userId,
      subjectUserId: userId,
      ip: input.meta.ip,
      details: { secondFactor: kind },
    });
    return createSession(tx, {
      userId,
      isOperator: roles.operator.size > 0,
      now,
      meta: input.meta,
      secondFactorAt: now,
    });
  });
  return { userId, sessionToken, deviceToken: issueDeviceToken(deps.secret, userId, now) };
}
