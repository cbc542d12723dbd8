import { eq } from 'drizzle-orm';
import { localDay } from '../../platform/calendar.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { detectLanguage } from './detect-language.ts';
import { type SubRating, validateReviewContent } from './review-content.rules.ts';
import { reviewsChanged } from './review-reads.ts';
import { editWindow } from './review-time.rules.ts';
import { findOwnReview, relevanceOf } from './review-writing.store.ts';
import { fieldIssues, type WriteRefusal } from './review-writing.types.ts';
import type { ReviewsDeps } from './reviews.deps.ts';
import { reviews } from './reviews.schema.ts';

export type EditReviewInput = {
  userId: number;
  reviewId: number;
  rating: unknown;
  comment: unknown;
  subRatings?: Partial<Record<SubRating, unknown>>;
  /** The page's language: the detection's fallback. */
  language: string;
};

/**
 * The author changes their published review, within 30 days of receiving the product; after that
 * it is refused with the day the window ended, and nothing changes. Its language is detected
 * again and its relevance recomputed.
 */
export async function editReview(
  deps: ReviewsDeps,
  input: EditReviewInput,
): Promise<{ ok: true; editableUntil: string } | WriteRefusal> {
  const review = await findOwnReview(deps.db, input.reviewId, input.userId);
  if (!review) return { ok: false, reason: 'not_found' };
  if (review.status !== 'published') return { ok: false, reason: 'not_published' };
  const market = marketByCode(review.market) ?? DEFAULT_MARKET;
  const window = editWindow(
    localDay(review.deliveredAt, market.timeZone),
    localDay(deps.clock.now(), market.timeZone),
  );
  if (!window.open) return { ok: false, reason: 'window_closed', endedOn: window.endedOn };
  const content = validateReviewContent(input);
  if (!content.ok) return { ok: false, reason: 'invalid', fields: fieldIssues(content.problems) };
  const { rating, comment, subRatings } = content.content;
  await deps.db
    .update(reviews)
    .set({
      rating,
      ratingValue: subRatings.value ?? null,
      ratingDelivery: subRatings.delivery ?? null,
      ratingPackaging: subRatings.packaging ?? null,
      ratingPerformance: subRatings.performance ?? null,
      ratingAesthetics: subRatings.aesthetics ?? null,
      comment,
      language: comment === review.comment ? review.language : detectLanguage(comment, input.language),
      relevance: relevanceOf({ rating, comment, hasPublishedPhotos: review.hasPublishedPhotos }),
      editedAt: deps.clock.now(),
    })
    .where(eq(reviews.id, review.id));
  reviewsChanged();
  return { ok: true, editableUntil: window.endsOn };
}
