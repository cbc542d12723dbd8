import { asc, eq, inArray, like, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';

/** Query functions of the sellers module: other modules read sellers through these. */

export type SellerRow = typeof sellers.$inferSelect;
export type SellerStatus = SellerRow['status'];
export const SELLER_STATUSES: readonly SellerStatus[] = ['active', 'suspended', 'closed'];

export async function sellersByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(sellers)
    .where(inArray(sellers.id, [...new Set(ids)]));
}

/** Name and country of each seller: what checkout needs (narrow: it runs on every checkout). */
export async function sellerSummaries(
  db: Db,
  ids: number[],
): Promise<Array<{ id: number; country: string; name: string; underOssThreshold: boolean }>> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: sellers.id,
      country: sellers.country,
      name: sellers.name,
      underOssThreshold: sellers.underOssThreshold,
    })
    .from(sellers)
    .where(inArray(sellers.id, [...new Set(ids)]));
}

export async function findSeller(db: Db, sellerId: number): Promise<SellerRow | undefined> {
  const [row] = await db.select().from(sellers).where(eq(sellers.id, sellerId)).limit(1);
  return row;
}

/**
 * The seller's id and name, its row locked until the transaction ends: serialises changes that
 * hang off one seller (e.g. two owners inviting the same address at once).
 */
export async function lockSeller(
  tx: Db,
  sellerId: number,
): Promise<{ id: number; name: string } | undefined> {
  const [row] = await tx
    .select({ id: sellers.id, name: sellers.name })
    .from(sellers)
    .where(eq(sellers.id, sellerId))
    .for('update');
  return row;
}

export const SELLER_LIST_LIMIT = 500;

/** The console's seller list, by name. */
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

/** Slugs equal to `base` or of the form `base-…`. */
export async function slugsLike(db: Db, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: sellers.slug })
    .from(sellers)
    .where(or(eq(sellers.slug, base), like(sellers.slug, `${base}-%`)));
  return new Set(rows.map((r) => r.slug));
}
