/**
 * Read model: a seller's listings (offers) with their terms in one market and their product's
 * title, for the seller API's listing reads (/ws/listings…, listings_bi). Joins offers, offer
 * terms and products; never writes.
 * `publication_state` follows Back Market's values: 0 missing price in this market, 1 pending
 * validation (never in Reloop: offers on catalog products need none), 2 online, 3 offline
 * (quantity 0), 4 deactivated (unpublished).
 */
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { products } from '../catalog/catalog.schema.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';

export const PUBLICATION_STATES = [0, 1, 2, 3, 4] as const;

const publicationState = sql<number>`(CASE WHEN ${offerPrices.offerId} IS NULL THEN 0 WHEN NOT ${offers.published} THEN 4 WHEN ${offers.quantity} > 0 THEN 2 ELSE 3 END)`;

export type ListingFilter = {
  publicationState?: number;
  minQuantity?: number;
  maxQuantity?: number;
  offerId?: number;
  sku?: string;
};

function base(db: Db, market: Market) {
  return db
    .select({
      offer: offers,
      terms: offerPrices,
      title: products.name,
      publicationState: sql<number>`${publicationState}::int`,
    })
    .from(offers)
    .innerJoin(products, eq(products.id, offers.productId))
    .leftJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, market.code)));
}

export type SellerListingRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function where(sellerId: number, f: ListingFilter): SQL {
  const conds: SQL[] = [eq(offers.sellerId, sellerId)];
  if (f.publicationState !== undefined) conds.push(sql`${publicationState} = ${f.publicationState}`);
  if (f.minQuantity !== undefined) conds.push(gte(offers.quantity, f.minQuantity));
  if (f.maxQuantity !== undefined) conds.push(lte(offers.quantity, f.maxQuantity));
  if (f.offerId !== undefined) conds.push(eq(offers.id, f.offerId));
  if (f.sku !== undefined) conds.push(sql`lower(${offers.sku}) = lower(${f.sku})`);
  return and(...conds)!;
}

export async function listSellerListings(
  db: Db,
  a: { sellerId: number; market: Market; filter: ListingFilter; offset: number; limit: number },
): Promise<{ count: number; rows: SellerListingRow[] }> {
  const w = where(a.sellerId, a.filter);
  const [countRow] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(offers)
    .leftJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, a.market.code)))
    .where(w);
  const rows = await base(db, a.market).where(w).orderBy(asc(offers.id)).limit(a.limit).offset(a.offset);
  return { count: Number(countRow?.n ?? 0), rows };
}

/** One of the seller's listings by id or SKU, or null (another seller's listing does not exist). */
export async function getSellerListing(
  db: Db,
  a: { sellerId: number; market: Market; offerId?: number; sku?: string },
): Promise<SellerListingRow | null> {
  const filter: ListingFilter = {};
  if (a.offerId !== undefined) filter.offerId = a.offerId;
  if (a.sku !== undefined) filter.sku = a.sku;
  if (filter.offerId === undefined && filter.sku === undefined) return null;
  const [row] = await base(db, a.market).where(where(a.sellerId, filter)).limit(1);
  return row ?? null;
}
