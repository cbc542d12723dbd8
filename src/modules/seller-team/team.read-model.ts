/**
 * Read model: seller teams with the members' names and emails (seller_members × users, and the
 * sellers' names). Serves the portal's team page, GET /api/v1/sellers/{id}/members, the seller
 * notices (owners receive a seller's legal notices) and the console's user page. Never writes.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { sellerMembers } from './seller-team.schema.ts';
import type { TeamMemberRole } from './team-members.ts';

export type TeamMemberRow = {
  userId: number;
  name: string;
  email: string;
  role: TeamMemberRole;
  /** Staff allowed to manage API keys and webhooks (owners always may). */
  canManageIntegrations: boolean;
  createdAt: Date;
};

/** A seller's team: owners first, then by name. */
export async function listTeamMembers(db: Db, sellerId: number): Promise<TeamMemberRow[]> {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: sellerMembers.role,
      canManageIntegrations: sellerMembers.canManageIntegrations,
      createdAt: sellerMembers.createdAt,
    })
    .from(sellerMembers)
    .innerJoin(users, eq(users.id, sellerMembers.userId))
    .where(eq(sellerMembers.sellerId, sellerId))
    .orderBy(sellerMembers.role, users.name, users.id);
}

/** The owners of a seller organisation, who receive its legal notices; the first owner first. */
export async function sellerOwners(db: Db, sellerId: number) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, market: users.market })
    .from(sellerMembers)
    .innerJoin(users, eq(users.id, sellerMembers.userId))
    .where(and(eq(sellerMembers.sellerId, sellerId), eq(sellerMembers.role, 'owner')))
    .orderBy(asc(sellerMembers.createdAt), asc(users.id));
}

/** The sellers a user is a member of, with their names, by name. */
export async function membershipsOfUser(db: Db, userId: number) {
  return db
    .select({
      sellerId: sellerMembers.sellerId,
      role: sellerMembers.role,
      since: sellerMembers.createdAt,
      name: sellers.name,
      slug: sellers.slug,
    })
    .from(sellerMembers)
    .innerJoin(sellers, eq(sellers.id, sellerMembers.sellerId))
    .where(eq(sellerMembers.userId, userId))
    .orderBy(asc(sellers.name));
}
