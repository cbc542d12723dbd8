import { and, asc, desc, eq, inArray, like, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerMembers, users } from '../accounts/accounts.schema.ts';
import { statementsOfReasons } from '../compliance/compliance.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { sellerApplications } from './onboarding.schema.ts';

export type SellerApplication = typeof sellerApplications.$inferSelect;
export type ApplicationStatus = SellerApplication['status'];
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'needs_correction',
  'approved',
  'rejected',
];
export type SellerRow = typeof sellers.$inferSelect;
export type SellerStatus = SellerRow['status'];
export const SELLER_STATUSES: readonly SellerStatus[] = ['active', 'suspended', 'closed'];

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

export async function findUserContact(db: Db, userId: number) {
  const [u] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      market: users.market,
      status: users.status,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return u;
}

export async function findSeller(db: Db, sellerId: number): Promise<SellerRow | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, sellerId)).limit(1);
  return row;
}

export const SELLER_LIST_LIMIT = 500;

export async function listSellers(db: Db, status: SellerStatus | '') {
  return db
    .select({
      id: sellers.id,
      slug: sellers.slug,
      name: sellers.name,
      legalName: sellers.legalName,
      country: sellers.country,
      status: sellers.status,
      verified: sellers.verified,
      createdAt: sellers.createdAt,
    })
    .from(sellers)
    .where(status ? eq(sellers.status, status) : undefined)
    .orderBy(asc(sellers.name), asc(sellers.id))
    .limit(SELLER_LIST_LIMIT);
}

/** The owners of a seller organisation, who receive its legal notices with the trader email. */
export async function sellerOwners(db: Db, sellerId: number) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, market: users.market })
    .from(sellerMembers)
    .innerJoin(users, eq(users.id, sellerMembers.userId))
    .where(and(eq(sellerMembers.sellerId, sellerId), eq(sellerMembers.role, 'owner')))
    .orderBy(asc(sellerMembers.createdAt), asc(users.id));
}

export async function statementById(db: Db, id: string) {
  const [row] = await db.select().from(statementsOfReasons).where(eq(statementsOfReasons.id, id)).limit(1);
  return row;
}

/** Unpublish every published offer of a seller; the products whose buyboxes must be refreshed. */
export async function unpublishSellerOffers(db: Db, sellerId: number, now: Date): Promise<string[]> {
  const rows = await db
    .update(offers)
    .set({ published: false, updatedAt: now })
    .where(and(eq(offers.sellerId, sellerId), eq(offers.published, true)))
    .returning({ productId: offers.productId });
  return [...new Set(rows.map((r) => r.productId))];
}

/** `Refurb Lab Paris` → `refurb-lab-paris`; accents dropped; never empty. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return s || 'shop';
}

/** A slug no seller has: the shop name's, or with `-2`, `-3`, … appended. */
export async function uniqueSellerSlug(db: Db, shopName: string): Promise<string> {
  const base = slugify(shopName);
  const taken = new Set(
    (
      await db
        .select({ slug: sellers.slug })
        .from(sellers)
        .where(or(eq(sellers.slug, base), like(sellers.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
