import { eq } from 'drizzle-orm';
import { reviewsChanged } from './review-reads.ts';
import { findOwnReview, photosOf } from './review-writing.store.ts';
import type { WriteRefusal } from './review-writing.types.ts';
import type { ReviewsDeps } from './reviews.deps.ts';
import { reviews } from './reviews.schema.ts';

/**
 * The author has their review deleted, at any time, at once: it leaves every page and count, its
 * comment is erased and its photos' files are removed from storage (their rows stay, without a
 * file, so nothing can serve them).
 */
export async function deleteReview(
  deps: ReviewsDeps,
  input: { userId: number; reviewId: number },
): Promise<{ ok: true } | WriteRefusal> {
  const review = await findOwnReview(deps.db, input.reviewId, input.userId);
  if (!review) return { ok: false, reason: 'not_found' };
  const photos = await photosOf(deps.db, review.id);
  await deps.db
    .update(reviews)
    .set({ status: 'deleted', comment: '', hasPublishedPhotos: false, editedAt: deps.clock.now() })
    .where(eq(reviews.id, review.id));
  for (const p of photos) await deps.storage.delete(p.storageKey);
  reviewsChanged();
  return { ok: true };
}
