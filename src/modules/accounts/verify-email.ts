import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { hashToken } from '../../platform/security/tokens.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { accountEmails } from './account-emails.ts';
import type { AccountsDeps } from './accounts.deps.ts';
import { users } from './accounts.schema.ts';
import { consumeAuthToken, findActiveUserByEmail } from './accounts.store.ts';
import { ZTokenSchema } from './accounts.types.ts';
import { userLocale } from './recipient-locale.ts';

const EXPIRED = 'This link is invalid, was already used or has expired';

/** Follow an emailed link: confirm the sign-up address, or switch to a new address. */
export async function verifyEmail(
  deps: AccountsDeps,
  { token }: { token: unknown },
): Promise<{ userId: number }> {
  const hash = hashToken(parseOrThrow(ZTokenSchema, token));
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const t =
      (await consumeAuthToken(tx, hash, 'verify_email', now)) ??
      (await consumeAuthToken(tx, hash, 'change_email', now));
    if (!t?.userId) throw new AppError('NOT_FOUND', EXPIRED);
    if (t.purpose === 'verify_email') {
      const [u] = await tx
        .update(users)
        .set({ emailVerifiedAt: now, updatedAt: now })
        .where(and(eq(users.id, t.userId), eq(users.email, t.email), eq(users.status, 'active')))
        .returning({ id: users.id });
      if (!u) throw new AppError('NOT_FOUND', EXPIRED);
      await recordAudit(tx, {
        action: 'auth.email_verified',
        at: now,
        actorUserId: u.id,
        subjectUserId: u.id,
      });
      return { userId: u.id };
    }
    if (await findActiveUserByEmail(tx, t.email))
      throw new AppError('CONFLICT', 'That email address now belongs to another account');
    const [old] = await tx
      .select({ email: users.email, language: users.language, market: users.market })
      .from(users)
      .where(eq(users.id, t.userId));
    await tx
      .update(users)
      .set({ email: t.email, emailVerifiedAt: now, updatedAt: now })
      .where(eq(users.id, t.userId));
    await deps.mailer.send(tx, accountEmails.emailChanged(userLocale(old!), old!.email, t.email));
    await recordAudit(tx, {
      action: 'auth.email_changed',
      at: now,
      actorUserId: t.userId,
      subjectUserId: t.userId,
      details: { from: old!.email, to: t.email },
    });
    return { userId: t.userId };
  });
}
