import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import { refreshSellerBuyboxes } from '../offers/refresh-seller-buyboxes.ts';
import { reviews, sellerRatings } from './reviews.schema.ts';
import { sellerRatingSince } from './seller-rating.rules.ts';

/**
 * Recompute the seller ratings (seller_ratings) from published reviews over the rolling window
 * (seller-rating.rules.ts), for some sellers or all; the buybox weighs them, so the offers module
 * refreshes the buyboxes of each seller whose figures changed. Hourly, as the window moves, and
 * after any change of a review's publication (publish, removal, deletion, expiry, reinstatement),
 * in the caller's transaction when it has one.
 */
export async function refreshSellerRatings(
  deps: { db: Db; clock: Clock },
  input: { sellerIds?: number[] } = {},
): Promise<{ changed: number[] }> {
  const { db, clock } = deps;
  const now = clock.now();
  const since = sellerRatingSince(now);
  const only = input.sellerIds ? [...new Set(input.sellerIds)] : null;
  if (only && only.length === 0) return { changed: [] };
  const fresh = await db
    .select({
      sellerId: reviews.sellerId,
      count: sql<number>`count(*)::int`,
      sum: sql<number>`coalesce(sum(${reviews.rating}), 0)::int`,
    })
    .from(reviews)
    .where(
      and(
        eq(reviews.status, 'published'),
        gte(reviews.publishedAt, since),
        only ? inArray(reviews.sellerId, only) : undefined,
      ),
    )
    .groupBy(reviews.sellerId);
  const stored = await db
    .select()
    .from(sellerRatings)
    .where(only ? inArray(sellerRatings.sellerId, only) : undefined);
  const before = new Map(stored.map((s) => [s.sellerId, s]));
  const changed: number[] = [];
  for (const f of fresh) {
    const b = before.get(f.sellerId);
    before.delete(f.sellerId);
    if (b && b.reviewCount === f.count && b.ratingSum === f.sum) continue;
    changed.push(f.sellerId);
    await db
      .insert(sellerRatings)
      .values({ sellerId: f.sellerId, reviewCount: f.count, ratingSum: f.sum, since, refreshedAt: now })
      .onConflictDoUpdate({
        target: sellerRatings.sellerId,
        set: { reviewCount: f.count, ratingSum: f.sum, since, refreshedAt: now },
      });
  }
  // Sellers left without a published review in the window: no rating any more.
  const gone = [...before.keys()];
  if (gone.length) {
    await db.delete(sellerRatings).where(inArray(sellerRatings.sellerId, gone));
    changed.push(...gone);
  }
  for (const sellerId of changed) await refreshSellerBuyboxes({ db, clock }, { sellerId });
  return { changed };
}

export const refreshSellerRatingsJob = (deps: { db: Db; clock: Clock }): Job => ({
  name: 'refresh-seller-ratings',
  everyMs: 60 * 60_000,
  run: () => refreshSellerRatings(deps),
});
