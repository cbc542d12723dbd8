import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/security/password.ts';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../platform/security/password-policy.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { accountEmails } from './account-emails.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { users } from './accounts.schema.ts';
import { revokeSessions } from './accounts.store.ts';
import { ZPasswordSchema } from './accounts.types.ts';
import { userLocale } from './recipient-locale.ts';
import { requirePassword } from './require-password.ts';

/** Change the password; every other session is signed out, this one stays. */
export async function changePassword(
  deps: AccountsDeps,
  a: { userId: number; sessionId: string; currentPassword: unknown; newPassword: unknown; meta: RequestMeta },
): Promise<void> {
  const user = await requirePassword(deps, a.userId, a.currentPassword);
  const pw = parseOrThrow(ZPasswordSchema, a.newPassword);
  const problem = passwordProblem(pw, { email: user.email });
  if (problem)
    throw AppError.invalid([{ field: 'newPassword', message: PASSWORD_PROBLEM_MESSAGES[problem] }]);
  const now = deps.clock.now();
  const hash = await hashPassword(pw);
  await deps.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, updatedAt: now }).where(eq(users.id, user.id));
    await revokeSessions(tx, user.id, now, { except: a.sessionId });
    await deps.mailer.send(tx, accountEmails.passwordChanged(userLocale(user), user.email));
    await recordAudit(tx, {
      action: 'auth.password_changed',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: a.meta.ip,
    });
  });
}
