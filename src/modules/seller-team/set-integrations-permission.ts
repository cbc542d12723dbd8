import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { sellerMembers } from './seller-team.schema.ts';

/**
 * An owner allows (or no longer allows) a staff member to create and revoke the seller's API keys
 * and webhooks; audited. Owners always may, so the permission is for staff only. Keys and
 * webhooks already created stay: withdrawing the permission stops new ones, removal revokes them.
 * The caller checks that the actor is an owner of the seller.
 */
export async function setIntegrationsPermission(
  deps: { db: Db; clock: Clock },
  a: { sellerId: number; userId: number; allowed: boolean; grantedBy: number; ip?: string | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [member] = await tx
      .select({ role: sellerMembers.role, allowed: sellerMembers.canManageIntegrations })
      .from(sellerMembers)
      .where(and(eq(sellerMembers.sellerId, a.sellerId), eq(sellerMembers.userId, a.userId)))
      .for('update');
    if (!member) throw AppError.notFound('Member');
    if (member.role !== 'staff')
      throw new AppError('INVALID_STATE', 'Owners always manage API keys and webhooks');
    if (member.allowed === a.allowed) return;
    await tx
      .update(sellerMembers)
      .set({ canManageIntegrations: a.allowed })
      .where(and(eq(sellerMembers.sellerId, a.sellerId), eq(sellerMembers.userId, a.userId)));
    await recordAudit(tx, {
      action: 'seller.integrations_permission_changed',
      at: deps.clock.now(),
      actorUserId: a.grantedBy,
      subjectUserId: a.userId,
      ip: a.ip ?? null,
      details: { sellerId: a.sellerId, permission: 'manage_integrations', allowed: a.allowed },
    });
  });
}
