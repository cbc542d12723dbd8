/**
 * Read model for "Download my data" (seller-team.data-export.ts): the seller organisations the
 * person works for, with the seller's shop name. Joins memberships with sellers; never writes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { sellerMembers } from './seller-team.schema.ts';

export async function membershipsOfPerson(db: Db, userId: number) {
  return db
    .select({
      sellerId: sellerMembers.sellerId,
      shopName: sellers.name,
      role: sellerMembers.role,
      canManageIntegrations: sellerMembers.canManageIntegrations,
      since: sellerMembers.createdAt,
    })
    .from(sellerMembers)
    .innerJoin(sellers, eq(sellers.id, sellerMembers.sellerId))
    .where(eq(sellerMembers.userId, userId))
    .orderBy(asc(sellerMembers.createdAt), asc(sellerMembers.sellerId));
}
