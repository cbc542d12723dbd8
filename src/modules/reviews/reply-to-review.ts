import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { REPLY_MAX } from './review-moderation.rules.ts';
import { lockReview } from './review-moderation.store.ts';
import { reviewsChanged } from './review-reads.ts';
import { reviews } from './reviews.schema.ts';

/**
 * The seller's one public reply to a published review of its own, from the portal: written or
 * edited (the same reply, replaced). A reply removed by moderation cannot be written again.
 */
export async function replyToReview(
  deps: { db: Db; clock: Clock },
  input: { reviewId: number; sellerId: number; text: string },
): Promise<void> {
  const text = input.text.trim();
  if (!text) throw AppError.invalid([{ field: 'reply', message: 'is required' }]);
  if ([...text].length > REPLY_MAX)
    throw AppError.invalid([{ field: 'reply', message: `must be at most ${REPLY_MAX} characters` }]);
  await deps.db.transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.sellerId !== input.sellerId || review.status !== 'published')
      throw AppError.notFound('Review');
    if (review.replyStatus === 'removed')
      throw new AppError('INVALID_STATE', 'This reply was removed by moderation and cannot be written again');
    await tx
      .update(reviews)
      .set({ replyText: text, replyStatus: 'published', replyAt: deps.clock.now() })
      .where(eq(reviews.id, review.id));
  });
  reviewsChanged();
}
