import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { sellerMembers } from './seller-team.schema.ts';

/**
 * An owner removes someone (possibly themselves) from the seller's team. The last owner cannot be
 * removed. The caller checks that the actor is an owner of the seller.
 */
export async function removeTeamMember(
  deps: { db: Db },
  a: { sellerId: number; userId: number },
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
  });
}
