import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { refreshSellerRatings } from './refresh-seller-ratings.ts';
import { lockReview } from './review-moderation.store.ts';
import { reviewsChanged } from './review-reads.ts';
import { reviews } from './reviews.schema.ts';

/**
 * A removal is reversed outside the review appeal form (a DSA complaint upheld by compliance):
 * the review removed by statement `statementId` is published again and its seller's rating
 * recomputed, in the caller's transaction. Refuses a review no longer removed by that statement.
 */
export async function restoreRemovedReview(
  deps: { db: Db; clock: Clock },
  input: { reviewId: number; statementId: string },
): Promise<void> {
  const review = await lockReview(deps.db, input.reviewId);
  if (review.status !== 'removed' || review.removalStatementId !== input.statementId)
    throw new AppError('INVALID_STATE', `Review ${review.id} is not removed by this decision`);
  await deps.db
    .update(reviews)
    .set({ status: 'published', removedAt: null, removalStatementId: null, removalCriterion: null })
    .where(eq(reviews.id, review.id));
  await refreshSellerRatings({ db: deps.db, clock: deps.clock }, { sellerIds: [review.sellerId] });
  reviewsChanged();
}
