import { and, eq, gt, lt } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import { localDay } from '../../platform/calendar.ts';
import type { Job } from '../../platform/jobs.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { isExpired, RETENTION_MONTHS } from './review-time.rules.ts';
import { productsStillSold } from './reviewable-lines.read-model.ts';
import type { ReviewsDeps } from './reviews.deps.ts';
import { reviews } from './reviews.schema.ts';

const BATCH = 1_000;

/**
 * Retention: a published review goes offline (`expired`) once its 24 months from publication
 * have passed, unless its product is still sold (a published offer with stock), in which case it
 * stays as long as that lasts. Idempotent; reviews removed or deleted are left as they are.
 */
export async function expireReviews(deps: Pick<ReviewsDeps, 'db' | 'clock'>): Promise<{ expired: number }> {
  const now = deps.clock.now();
  // Candidates: published more than 24 months ago (a day's margin for time zones); the rule decides.
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - RETENTION_MONTHS);
  cutoff.setUTCDate(cutoff.getUTCDate() + 1);
  let expired = 0;
  let afterId = 0;
  for (;;) {
    const rows = await deps.db
      .select({
        id: reviews.id,
        productId: reviews.productId,
        market: reviews.market,
        publishedAt: reviews.publishedAt,
      })
      .from(reviews)
      .where(and(eq(reviews.status, 'published'), lt(reviews.publishedAt, cutoff), gtId(afterId)))
      .orderBy(reviews.id)
      .limit(BATCH);
    if (!rows.length) break;
    afterId = rows[rows.length - 1]!.id;
    const sold = await productsStillSold(deps.db, [...new Set(rows.map((r) => r.productId))]);
    for (const r of rows) {
      const tz = (marketByCode(r.market) ?? DEFAULT_MARKET).timeZone;
      const expire = isExpired({
        publishedOn: localDay(r.publishedAt!, tz),
        today: localDay(now, tz),
        productStillSold: sold.has(r.productId),
      });
      if (!expire) continue;
      const done = await deps.db
        .update(reviews)
        .set({ status: 'expired' })
        .where(and(eq(reviews.id, r.id), eq(reviews.status, 'published')))
        .returning({ id: reviews.id });
      expired += done.length;
    }
    if (rows.length < BATCH) break;
  }
  return { expired };
}

const gtId = (id: number) => gt(reviews.id, id);

export const expireReviewsJob = (deps: Deps): Job => ({
  name: 'expire-reviews',
  everyMs: 6 * 60 * 60_000,
  run: () => expireReviews(deps),
});
