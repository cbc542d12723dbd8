import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerRatings } from './reviews.schema.ts';
import { type Rating, ratingOf } from './seller-rating.rules.ts';

/**
 * Query functions: the seller rating (published reviews over the rolling window, kept by
 * refresh-seller-ratings.ts) for the pages and APIs of other modules. No row: no rating.
 */
export async function sellerRatingsOf(db: Db, sellerIds: readonly number[]): Promise<Map<number, Rating>> {
  const ids = [...new Set(sellerIds)];
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(sellerRatings).where(inArray(sellerRatings.sellerId, ids));
  const out = new Map<number, Rating>();
  for (const r of rows) {
    const rating = ratingOf(r.ratingSum, r.reviewCount);
    if (rating) out.set(r.sellerId, rating);
  }
  return out;
}

export async function sellerRatingOf(db: Db, sellerId: number): Promise<Rating | null> {
  return (await sellerRatingsOf(db, [sellerId])).get(sellerId) ?? null;
}

/** Every seller's rating (one row per seller with reviews), for the cached reads (review-reads.ts). */
export async function allSellerRatings(db: Db): Promise<Map<number, Rating>> {
  const out = new Map<number, Rating>();
  for (const r of await db.select().from(sellerRatings)) {
    const rating = ratingOf(r.ratingSum, r.reviewCount);
    if (rating) out.set(r.sellerId, rating);
  }
  return out;
}
