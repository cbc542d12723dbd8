/**
 * Hot review reads shared by the product and seller pages and the public API, cached for the
 * catalog's few seconds like the product itself (platform/read-cache.ts): a product page over
 * 2,000 reviews would otherwise cost an aggregate and a sorted page on every view. Every review
 * change in this process (`reviewsChanged`: a review written, edited, deleted, removed or
 * restored, photos decided, a reply) drops the cached pages at once; other processes follow
 * within the cache period.
 */
import type { Db } from '../../platform/db/client.ts';
import { invalidateReadCaches, ReadCache } from '../../platform/read-cache.ts';
import type { ReviewListQuery, ReviewScope } from './review-display.read-model.ts';
import { type ReviewsView, showReviews } from './review-display.ts';
import type { Rating } from './seller-rating.rules.ts';
import { allSellerRatings } from './seller-ratings.ts';

export type ReviewReads = {
  show(scope: ReviewScope, query: ReviewListQuery): Promise<ReviewsView>;
  /** The same page as an API body, serialised once per cache period (`present` shapes it for `market`). */
  showJson(
    scope: ReviewScope,
    query: ReviewListQuery,
    market: string,
    present: (v: ReviewsView) => unknown,
  ): Promise<string>;
  /** The seller rating of each of these sellers that has one (a seller without one is absent). */
  sellerRatings(sellerIds: readonly number[]): Promise<Map<number, Rating>>;
};

/** A review changed what readers see: cached pages are read again. */
export function reviewsChanged(): void {
  invalidateReadCaches();
}

const scopeKey = (s: ReviewScope) =>
  'productId' in s ? `p:${s.productId}` : `s:${s.sellerId}:${s.since.toISOString().slice(0, 10)}`;

export function createReviewReads(db: Db, ttlMs: number): ReviewReads {
  const views = new ReadCache<ReviewsView>({ max: 5000, ttlMs });
  const bodies = new ReadCache<string>({ max: 5000, ttlMs });
  const keyOf = (scope: ReviewScope, q: ReviewListQuery) =>
    `${scopeKey(scope)}|${q.sort}|${q.stars.join(',')}|${q.withPhotos}|${q.page}|${q.pageSize}|${q.language}`;
  // One row per seller: the whole table is one small map.
  const ratings = new ReadCache<Map<number, Rating>>({ max: 1, ttlMs });
  const reads: ReviewReads = {
    show: (scope, q) => views.get(keyOf(scope, q), () => showReviews(db, scope, q)),
    showJson: (scope, q, market, present) =>
      bodies.get(`${market}|${keyOf(scope, q)}`, async () =>
        JSON.stringify(present(await reads.show(scope, q))),
      ),
    async sellerRatings(sellerIds) {
      const all = await ratings.get('all', () => allSellerRatings(db));
      const out = new Map<number, Rating>();
      for (const id of sellerIds) {
        const r = all.get(id);
        if (r) out.set(id, r);
      }
      return out;
    },
  };
  return reads;
}
