import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { accountEmails } from './account-emails.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { emailBlockedByClosure, findActiveUserByEmail } from './accounts.store.ts';
import { ZEmailSchema } from './accounts.types.ts';
import { issueToken } from './issue-token.ts';
import { userLocale, userStorefront } from './recipient-locale.ts';
import { requirePassword } from './require-password.ts';
import { normaliseEmail } from './session.rules.ts';

/** Start an email change: the new address must confirm through an emailed link before it is used. */
export async function requestEmailChange(
  deps: AccountsDeps,
  a: { userId: number; newEmail: unknown; currentPassword: unknown; meta: RequestMeta },
): Promise<void> {
  const user = await requirePassword(deps, a.userId, a.currentPassword);
  const email = normaliseEmail(parseOrThrow(ZEmailSchema, a.newEmail));
  if (email === user.email)
    throw AppError.invalid([{ field: 'newEmail', message: 'is already your email address' }]);
  if (await emailBlockedByClosure(deps.db, email)) {
    throw AppError.invalid([{ field: 'newEmail', message: 'cannot be used; contact support' }]);
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    // An address that already has an account gets no link; the answer stays the same.
    if (await findActiveUserByEmail(tx, email)) return;
    const token = await issueToken(tx, { purpose: 'change_email', userId: user.id, email, now });
    const prefix = user.buyerType === 'business' ? '/pro' : '';
    const locale = userStorefront(user);
    await deps.mailer.send(
      tx,
      accountEmails.confirmNewEmail(
        userLocale(user),
        email,
        deps.siteUrl(`${prefix}/${locale}/verify-email?token=${token}`),
      ),
    );
    await recordAudit(tx, {
      action: 'auth.email_change_requested',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: a.meta.ip,
      details: { to: email },
    });
  });
}
