import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { userLocale } from '../accounts/recipient-locale.ts';
import { sellerApplications } from './onboarding.schema.ts';

export type SellerApplication = typeof sellerApplications.$inferSelect;
export type ApplicationStatus = SellerApplication['status'];
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'needs_correction',
  'approved',
  'rejected',
];

export async function findApplication(db: Db, id: number): Promise<SellerApplication | undefined> {
  const [row] = await db.select().from(sellerApplications).where(eq(sellerApplications.id, id)).limit(1);
  return row;
}

/** The applicant's newest application, whatever its status. */
export async function latestApplicationOf(db: Db, userId: number): Promise<SellerApplication | undefined> {
  const [row] = await db
    .select()
    .from(sellerApplications)
    .where(eq(sellerApplications.applicantUserId, userId))
    .orderBy(desc(sellerApplications.createdAt), desc(sellerApplications.id))
    .limit(1);
  return row;
}

/** An application still being handled: submitted, or waiting for the applicant's corrections. */
export async function openApplicationOf(db: Db, userId: number): Promise<SellerApplication | undefined> {
  const [row] = await db
    .select()
    .from(sellerApplications)
    .where(
      and(
        eq(sellerApplications.applicantUserId, userId),
        inArray(sellerApplications.status, ['submitted', 'needs_correction']),
      ),
    )
    .limit(1);
  return row;
}

/** The applicant's contact details (from accounts). */
export async function findUserContact(db: Db, userId: number) {
  const u = await findUser(db, userId);
  return (
    u && {
      id: u.id,
      email: u.email,
      name: u.name,
      market: u.market,
      /** The locale the applicant reads their emails in. */
      locale: userLocale(u),
      status: u.status,
      emailVerified: u.emailVerifiedAt !== null,
    }
  );
}
