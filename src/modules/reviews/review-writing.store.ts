/** SQL of review writing over the module's own tables (reviews, review_photos, reviewer_blocks). */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { commentLength } from './review-content.rules.ts';
import { relevanceScore } from './review-ranking.rules.ts';
import { reviewerBlocks, reviewPhotos, reviews } from './reviews.schema.ts';

export type ReviewRow = typeof reviews.$inferSelect;
export type ReviewPhotoRow = typeof reviewPhotos.$inferSelect;

/** A review by its author, or null: another person's review is not found (never "forbidden"). */
export async function findOwnReview(db: Db, reviewId: number, userId: number): Promise<ReviewRow | null> {
  const [row] = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.id, reviewId), eq(reviews.authorUserId, userId), ne(reviews.status, 'deleted')));
  return row ?? null;
}

/** The review written about an order line, whatever its status, or null. */
export async function reviewOfLine(db: Db, orderLineId: number): Promise<ReviewRow | null> {
  const [row] = await db.select().from(reviews).where(eq(reviews.orderLineId, orderLineId));
  return row ?? null;
}

export async function blocksOf(db: Db, userId: number) {
  return db
    .select({ until: reviewerBlocks.until, liftedAt: reviewerBlocks.liftedAt })
    .from(reviewerBlocks)
    .where(eq(reviewerBlocks.userId, userId));
}

export async function photosOf(db: Db, reviewId: number): Promise<ReviewPhotoRow[]> {
  return db.select().from(reviewPhotos).where(eq(reviewPhotos.reviewId, reviewId)).orderBy(reviewPhotos.id);
}

/** The relevance column for a review's content (review-ranking.rules.ts), kept current on every write. */
export const relevanceOf = (r: { rating: number; comment: string; hasPublishedPhotos: boolean }) =>
  relevanceScore({
    rating: r.rating,
    commentLength: commentLength(r.comment),
    hasPublishedPhotos: r.hasPublishedPhotos,
  });
