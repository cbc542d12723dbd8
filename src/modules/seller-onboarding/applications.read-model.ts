/**
 * Read model: seller applications with their applicant's email (seller_applications × users).
 * Serves the console's review queue. Never writes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { sellerApplications } from './onboarding.schema.ts';
import type { ApplicationStatus } from './onboarding.store.ts';

export const APPLICATION_LIST_LIMIT = 200;

/** Oldest first: the review queue is worked in arrival order. */
export async function listApplications(db: Db, status: ApplicationStatus) {
  return db
    .select({
      id: sellerApplications.id,
      shopName: sellerApplications.shopName,
      legalName: sellerApplications.legalName,
      country: sellerApplications.country,
      status: sellerApplications.status,
      createdAt: sellerApplications.createdAt,
      updatedAt: sellerApplications.updatedAt,
      applicantEmail: users.email,
    })
    .from(sellerApplications)
    .innerJoin(users, eq(users.id, sellerApplications.applicantUserId))
    .where(eq(sellerApplications.status, status))
    .orderBy(asc(sellerApplications.updatedAt), asc(sellerApplications.id))
    .limit(APPLICATION_LIST_LIMIT);
}
