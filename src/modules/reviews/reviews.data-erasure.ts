/**
 * Erasure of a person's reviews and what they did in review moderation. Their own content is
 * theirs to take back (the licence they granted ends with it): every review they wrote is deleted
 * with its photos (rows and files), translations and the notices about it, and the seller ratings
 * are recomputed. Notices and appeals they sent lose their name, address and text; blocks of their
 * account are deleted. Nothing here is held: the order line a review was about is the order's.
 */
import { eq, inArray } from 'drizzle-orm';
import { type DataEraser, erasedEmail, tally } from '../privacy/data-erasure.types.ts';
import { refreshSellerRatings } from './refresh-seller-ratings.ts';
import { reviewsChanged } from './review-reads.ts';
import {
  reviewAppeals,
  reviewerBlocks,
  reviewNotices,
  reviewPhotos,
  reviews,
  reviewTranslations,
} from './reviews.schema.ts';

export const reviewsEraser: DataEraser = {
  module: 'reviews',
  async erase({ db, clock, storage }, { userId }) {
    const own = await db
      .select({ id: reviews.id, sellerId: reviews.sellerId })
      .from(reviews)
      .where(eq(reviews.authorUserId, userId));
    const ids = own.map((r) => r.id);
    let photos = 0;
    if (ids.length) {
      const files = await db
        .delete(reviewPhotos)
        .where(inArray(reviewPhotos.reviewId, ids))
        .returning({ key: reviewPhotos.storageKey });
      for (const f of files) await storage.delete(f.key);
      photos = files.length;
      await db.delete(reviewTranslations).where(inArray(reviewTranslations.reviewId, ids));
      await db.delete(reviewNotices).where(inArray(reviewNotices.reviewId, ids));
      await db.update(reviewAppeals).set({ reviewId: null }).where(inArray(reviewAppeals.reviewId, ids));
      await db.delete(reviews).where(inArray(reviews.id, ids));
      await refreshSellerRatings({ db, clock }, { sellerIds: own.map((r) => r.sellerId) });
      reviewsChanged();
    }
    const notices = await db
      .update(reviewNotices)
      .set({ notifierName: '', notifierEmail: erasedEmail(userId), notifierUserId: null })
      .where(eq(reviewNotices.notifierUserId, userId))
      .returning({ id: reviewNotices.id });
    const blocks = await db
      .select({ id: reviewerBlocks.id })
      .from(reviewerBlocks)
      .where(eq(reviewerBlocks.userId, userId));
    const blockIds = blocks.map((b) => b.id);
    if (blockIds.length)
      await db.update(reviewAppeals).set({ blockId: null }).where(inArray(reviewAppeals.blockId, blockIds));
    const appeals = await db
      .update(reviewAppeals)
      .set({ appellantEmail: erasedEmail(userId), appellantUserId: null, explanation: '', orderNumber: '' })
      .where(eq(reviewAppeals.appellantUserId, userId))
      .returning({ id: reviewAppeals.id });
    if (blockIds.length) await db.delete(reviewerBlocks).where(inArray(reviewerBlocks.id, blockIds));
    return {
      tallies: [
        tally('reviews', { deleted: ids.length }),
        tally('review_photos', { deleted: photos }),
        tally('review_notices', { anonymised: notices.length }),
        tally('review_appeals', { anonymised: appeals.length }),
        tally('reviewer_blocks', { deleted: blockIds.length }),
      ],
      held: [],
    };
  },
};
