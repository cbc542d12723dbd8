import type { Db } from '../../platform/db/client.ts';
import { sellerMembers } from './seller-team.schema.ts';
import type { TeamMemberRole } from './team-members.ts';

/**
 * A user joins a seller's team with a role: after an invitation, or as first owner when the
 * seller's application is approved. Someone already a member keeps their role; returns whether
 * they were added. Pass the transaction of the change that causes it.
 */
export async function addTeamMember(
  deps: { db: Db },
  a: { sellerId: number; userId: number; role: TeamMemberRole; now: Date },
): Promise<{ added: boolean }> {
  const added = await deps.db
    .insert(sellerMembers)
    .values({ sellerId: a.sellerId, userId: a.userId, role: a.role, createdAt: a.now })
    .onConflictDoNothing()
    .returning({ userId: sellerMembers.userId });
  return { added: added.length > 0 };
}
