/**
 * SQL the moderation use cases share: a review under its row lock, its photos, the author's
 * moderation history. Writes only the reviews module's own tables.
 */
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { commentLength } from './review-content.rules.ts';
import type { PhotoStatus, RemovalRecord } from './review-moderation.rules.ts';
import { photosPublished } from './review-moderation.rules.ts';
import { relevanceScore } from './review-ranking.rules.ts';
import { reviewerBlocks, reviewPhotos, reviews } from './reviews.schema.ts';

export type ReviewRow = typeof reviews.$inferSelect;
export type BlockRow = typeof reviewerBlocks.$inferSelect;

/** The review under its row lock until the caller's transaction ends, or 404. */
export async function lockReview(db: Db, reviewId: number): Promise<ReviewRow> {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, reviewId)).for('update');
  if (!row) throw AppError.notFound('Review');
  return row;
}

/** One review, or null. */
export async function findReview(db: Db, reviewId: number): Promise<ReviewRow | null> {
  const [row] = await db.select().from(reviews).where(eq(reviews.id, reviewId)).limit(1);
  return row ?? null;
}

/** A review's photos, in upload order. */
export async function photosOfReview(db: Db, reviewId: number) {
  return db
    .select()
    .from(reviewPhotos)
    .where(eq(reviewPhotos.reviewId, reviewId))
    .orderBy(asc(reviewPhotos.id));
}

/**
 * Keep `has_published_photos` and the relevance score in step with the photos' statuses (the
 * score rewards published photos: review-ranking.rules.ts).
 */
export async function syncPhotoPublication(db: Db, review: ReviewRow, statuses: readonly PhotoStatus[]) {
  const hasPublishedPhotos = photosPublished(statuses);
  const relevance = relevanceScore({
    rating: review.rating,
    commentLength: commentLength(review.comment),
    hasPublishedPhotos,
  });
  await db.update(reviews).set({ hasPublishedPhotos, relevance }).where(eq(reviews.id, review.id));
}

/** The author's reviews removed by moderation (and not restored), for the block rules. */
export async function removalsOfAuthor(db: Db, userId: number): Promise<RemovalRecord[]> {
  const rows = await db
    .select({ criterion: reviews.removalCriterion, removedAt: reviews.removedAt })
    .from(reviews)
    .where(
      and(eq(reviews.authorUserId, userId), eq(reviews.status, 'removed'), isNotNull(reviews.removedAt)),
    );
  return rows.map((r) => ({ criterion: r.criterion ?? '', removedAt: r.removedAt! }));
}

/** The user's blocks, newest first. */
export async function blocksOf(db: Db, userId: number): Promise<BlockRow[]> {
  const rows = await db.select().from(reviewerBlocks).where(eq(reviewerBlocks.userId, userId));
  return rows.sort((a, b) => b.blockedAt.getTime() - a.blockedAt.getTime());
}
