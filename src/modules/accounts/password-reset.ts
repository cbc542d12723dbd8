import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/security/password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../platform/security/password-policy.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { accountEmails } from './account-emails.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { users } from './accounts.schema.ts';
import {
  consumeAuthToken,
  findActiveUserByEmail,
  findUser,
  markEmailVerified,
  revokeSessions,
} from './accounts.store.ts';
import { ZEmailSchema, ZPasswordSchema, ZTokenSchema } from './accounts.types.ts';
import { issueToken } from './issue-token.ts';
import { userLocale, userStorefront } from './recipient-locale.ts';
import { normaliseEmail } from './session.rules.ts';
import { clearFailures } from './sign-in-throttle.store.ts';

/** Always answers the same; only an existing active account gets the emailed link. */
export async function requestPasswordReset(
  deps: AccountsDeps,
  { email: input, meta }: { email: unknown; meta: RequestMeta },
): Promise<void> {
  const email = normaliseEmail(parseOrThrow(ZEmailSchema, input));
  const user = await findActiveUserByEmail(deps.db, email);
  if (!user) return;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const token = await issueToken(tx, { purpose: 'reset_password', userId: user.id, email, now });
    const locale = userStorefront(user);
    const prefix = user.buyerType === 'business' ? '/pro' : '';
    await deps.mailer.send(
      tx,
      accountEmails.resetPassword(
        userLocale(user),
        email,
        deps.siteUrl(`${prefix}/${locale}/reset-password?token=${token}`),
      ),
    );
    await recordAudit(tx, {
      action: 'auth.password_reset_requested',
      at: now,
      subjectUserId: user.id,
      ip: meta.ip,
    });
  });
}

/**
 * Set a new password from an emailed link: single use, signs out every session, lifts throttling,
 * verifies the email.
 */
export async function resetPassword(
  deps: AccountsDeps,
  { token, password, meta }: { token: unknown; password: unknown; meta: RequestMeta },
): Promise<{ userId: number }> {
  const hash = hashToken(parseOrThrow(ZTokenSchema, token));
  const pw = parseOrThrow(ZPasswordSchema, password);
  const now = deps.clock.now();
  const newHash = await hashPassword(pw);
  return deps.db.transaction(async (tx) => {
    const t = await consumeAuthToken(tx, hash, 'reset_password', now);
    const user = t?.userId ? await findUser(tx, t.userId) : undefined;
    if (!t || !user || user.status !== 'active' || user.email !== t.email) {
      throw new AppError('NOT_FOUND', 'This link is invalid, was already used or has expired');
    }
    const problem = passwordProblem(pw, { email: user.email });
    if (problem) throw AppError.invalid([{ field: 'password', message: PASSWORD_PROBLEM_MESSAGES[problem] }]);
    await tx.update(users).set({ passwordHash: newHash, updatedAt: now }).where(eq(users.id, user.id));
    // The link proves the mailbox: an address someone else registered and never verified is the
    // reset's author's now (every other session ends below), and it counts as verified.
    await markEmailVerified({ db: tx }, { userId: user.id, now });
    await revokeSessions(tx, user.id, now);
    await clearFailures(tx, [`account:${user.email}`]);
    await deps.mailer.send(tx, accountEmails.passwordChanged(userLocale(user), user.email));
    await recordAudit(tx, {
      action: 'auth.password_reset',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: meta.ip,
    });
    return { userId: user.id };
  });
}
