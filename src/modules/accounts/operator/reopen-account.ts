import { eq } from 'drizzle-orm';
import { AppError } from '../../../platform/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { businessProfiles, users } from '../accounts.schema.ts';
import { findActiveUserByEmail, findUser, vatNumberHolder } from '../accounts.store.ts';
import { assertOperatorMayActOn } from './operator-authority.ts';

/** Reactivate a closed account (e.g. after a successful appeal), if its email and VAT number are still free. */
export async function reopenAccount(
  deps: AccountsDeps,
  a: { operatorId: number; userId: number; note: string; meta: RequestMeta },
): Promise<void> {
  const user = await findUser(deps.db, a.userId);
  if (!user) throw AppError.notFound('Account');
  await assertOperatorMayActOn(deps.db, { operatorId: a.operatorId, subjectId: user.id });
  if (user.status !== 'closed') throw new AppError('CONFLICT', 'This account is not closed');
  if (await findActiveUserByEmail(deps.db, user.email)) {
    throw new AppError('CONFLICT', 'Another active account now uses this email address');
  }
  const [profile] = await deps.db.select().from(businessProfiles).where(eq(businessProfiles.userId, user.id));
  if (profile?.vatNumber && (await vatNumberHolder(deps.db, profile.vatNumber))?.active) {
    throw new AppError('CONFLICT', 'Another active Reloop Pro account now holds this VAT number');
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ status: 'active', closedAt: null, closedBy: null, updatedAt: now })
      .where(eq(users.id, user.id));
    await tx.update(businessProfiles).set({ active: true }).where(eq(businessProfiles.userId, user.id));
    await recordAudit(tx, {
      action: 'account.reopened',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId: user.id,
      ip: a.meta.ip,
      details: { note: a.note.slice(0, 2000) },
      before: { status: user.status, closedBy: user.closedBy, closedAt: user.closedAt },
      after: { status: 'active', closedBy: null, closedAt: null },
    });
  });
}

/** Release a closed account's email and VAT number so they may register a new account. */
export async function authoriseReregistration(
  deps: AccountsDeps,
  a: { operatorId: number; userId: number; meta: RequestMeta },
): Promise<void> {
  const user = await findUser(deps.db, a.userId);
  if (!user) throw AppError.notFound('Account');
  await assertOperatorMayActOn(deps.db, { operatorId: a.operatorId, subjectId: user.id });
  if (user.status !== 'closed') throw new AppError('CONFLICT', 'Only a closed account can be released');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ reregistrationAllowedAt: now, reregistrationAllowedBy: a.operatorId, updatedAt: now })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      action: 'account.reregistration_authorised',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId: user.id,
      ip: a.meta.ip,
      before: {
        reregistrationAllowedAt: user.reregistrationAllowedAt,
        reregistrationAllowedBy: user.reregistrationAllowedBy,
      },
      after: { reregistrationAllowedAt: now, reregistrationAllowedBy: a.operatorId },
    });
  });
}
