import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { forgetAuthenticatedKeys } from '../seller-api/api-keys.ts';
import { accountEmails } from './account-emails.ts';
import type { AccountsDeps, RequestMeta } from './accounts.deps.ts';
import { businessProfiles, users } from './accounts.schema.ts';
import { revokeSessions } from './accounts.store.ts';
import { endIntegrationsOf } from './end-integrations-of.ts';
import { userLocale } from './recipient-locale.ts';
import { requirePassword } from './require-password.ts';

/**
 * Self-service closure, allowed at any time. The account is deactivated and recorded; erasure
 * follows the retention rules (the privacy module).
 */
export async function closeOwnAccount(
  deps: AccountsDeps,
  a: { userId: number; currentPassword: unknown; meta: RequestMeta },
): Promise<void> {
  const user = await requirePassword(deps, a.userId, a.currentPassword);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ status: 'closed', closedAt: now, closedBy: 'user', updatedAt: now })
      .where(eq(users.id, user.id));
    await tx.update(businessProfiles).set({ active: false }).where(eq(businessProfiles.userId, user.id));
    await revokeSessions(tx, user.id, now);
    await endIntegrationsOf({ db: tx, clock: deps.clock }, { userId: user.id, actorUserId: user.id });
    await deps.mailer.send(tx, accountEmails.closedByUser(userLocale(user), user.email, user.name, now));
    await recordAudit(tx, {
      action: 'account.closed_by_user',
      at: now,
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: a.meta.ip,
    });
  });
  forgetAuthenticatedKeys();
}
