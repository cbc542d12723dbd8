import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerMembers } from './seller-team.schema.ts';

/** Query functions over seller_members alone (with names and emails: team.read-model.ts). */

export type TeamMemberRole = (typeof sellerMembers.$inferSelect)['role'];

/** The sellers a user works for and as what: part of the signed-in actor. */
export async function sellerRolesOfUser(
  db: Db,
  userId: number,
): Promise<Array<{ sellerId: number; role: TeamMemberRole; canManageIntegrations: boolean }>> {
  return db
    .select({
      sellerId: sellerMembers.sellerId,
      role: sellerMembers.role,
      canManageIntegrations: sellerMembers.canManageIntegrations,
    })
    .from(sellerMembers)
    .where(eq(sellerMembers.userId, userId));
}
