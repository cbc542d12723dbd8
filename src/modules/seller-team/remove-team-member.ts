import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { forgetAuthenticatedKeys } from '../seller-api/api-keys.ts';
import { revokeMemberApiKeys } from '../seller-api/revoke-member-api-keys.ts';
import { disableMemberWebhooks } from '../seller-webhooks/disable-member-webhooks.ts';
import { sellerMembers } from './seller-team.schema.ts';

/**
 * An owner removes someone (possibly themselves) from the seller's team. The last owner cannot be
 * removed. In the same transaction, the API keys the member created for this seller are revoked
 * and the webhooks they added disabled (an integration must not outlive its creator's access);
 * all of it is audited. The caller checks that the actor is an owner of the seller.
 */
export async function removeTeamMember(
  deps: { db: Db; clock: Clock },
  a: { sellerId: number; userId: number; removedBy?: number | null; ip?: string | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    // Lock the seller's owners so two owners cannot remove each other at the same time.
    const owners = await tx
      .select({ userId: sellerMembers.userId })
      .from(sellerMembers)
      .where(and(eq(sellerMembers.sellerId, a.sellerId), eq(sellerMembers.role, 'owner')))
      .for('update');
    const [member] = await tx
      .select({ role: sellerMembers.role })
      .from(sellerMembers)
      .where(and(eq(sellerMembers.sellerId, a.sellerId), eq(sellerMembers.userId, a.userId)));
    if (!member) throw AppError.notFound('Member');
    if (member.role === 'owner' && owners.length <= 1)
      throw new AppError('CONFLICT', 'The last owner cannot be removed: make someone else owner first');
    await tx
      .delete(sellerMembers)
      .where(and(eq(sellerMembers.sellerId, a.sellerId), eq(sellerMembers.userId, a.userId)));
    const now = deps.clock.now();
    const actorUserId = a.removedBy ?? null;
    const scope = { userId: a.userId, sellerId: a.sellerId, actorUserId, reason: 'member_removed' as const };
    const keys = await revokeMemberApiKeys({ db: tx, clock: deps.clock }, scope);
    const hooks = await disableMemberWebhooks({ db: tx, clock: deps.clock }, scope);
    await recordAudit(tx, {
      action: 'seller.staff_removed',
      at: now,
      actorUserId,
      subjectUserId: a.userId,
      ip: a.ip ?? null,
      details: {
        sellerId: a.sellerId,
        role: member.role,
        keysRevoked: keys.revoked,
        webhooksDisabled: hooks.disabled,
      },
    });
  });
  forgetAuthenticatedKeys();
}
