/**
 * "Download my data": the person's reviews (with their photos' metadata), the removal requests
 * they filed, their appeals and any block from reviewing. Requests others filed about the
 * person's reviews are the notifiers' data and stay out; so do the seller's reply and translations.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { reviewAppeals, reviewerBlocks, reviewNotices, reviewPhotos, reviews } from './reviews.schema.ts';

export const reviewsDataExport: PersonalDataExporter = {
  module: 'reviews',
  describe: {
    reviews: 'Your reviews: order line, product, ratings, comment, status and dates.',
    review_photos: 'The photos of your reviews: type, size, dimensions, moderation status and dates.',
    review_notices: 'Requests you filed to remove a review or a reply, and their outcome.',
    review_appeals: 'Your appeals against a moderation decision, and their outcome.',
    reviewer_blocks: 'Whether and until when you were blocked from writing reviews.',
  },
  async datasets(db, userId) {
    const own = await db
      .select({
        id: reviews.id,
        orderLineId: reviews.orderLineId,
        productId: reviews.productId,
        sellerId: reviews.sellerId,
        market: reviews.market,
        rating: reviews.rating,
        ratingValue: reviews.ratingValue,
        ratingDelivery: reviews.ratingDelivery,
        ratingPackaging: reviews.ratingPackaging,
        ratingPerformance: reviews.ratingPerformance,
        ratingAesthetics: reviews.ratingAesthetics,
        comment: reviews.comment,
        language: reviews.language,
        status: reviews.status,
        licenceVersion: reviews.licenceVersion,
        authorshipCertified: reviews.authorshipCertified,
        submittedAt: reviews.submittedAt,
        publishedAt: reviews.publishedAt,
        editedAt: reviews.editedAt,
        removedAt: reviews.removedAt,
        removalStatementId: reviews.removalStatementId,
      })
      .from(reviews)
      .where(eq(reviews.authorUserId, userId))
      .orderBy(asc(reviews.id));
    const photos = own.length
      ? await db
          .select({
            id: reviewPhotos.id,
            reviewId: reviewPhotos.reviewId,
            contentType: reviewPhotos.contentType,
            bytes: reviewPhotos.bytes,
            width: reviewPhotos.width,
            height: reviewPhotos.height,
            status: reviewPhotos.status,
            uploadedAt: reviewPhotos.uploadedAt,
            decidedAt: reviewPhotos.decidedAt,
            rejectionCriterion: reviewPhotos.rejectionCriterion,
          })
          .from(reviewPhotos)
          .where(
            inArray(
              reviewPhotos.reviewId,
              own.map((r) => r.id),
            ),
          )
          .orderBy(asc(reviewPhotos.id))
      : [];
    const notices = await db
      .select({
        id: reviewNotices.id,
        reviewId: reviewNotices.reviewId,
        target: reviewNotices.target,
        criterion: reviewNotices.criterion,
        explanation: reviewNotices.explanation,
        name: reviewNotices.notifierName,
        email: reviewNotices.notifierEmail,
        status: reviewNotices.status,
        receivedAt: reviewNotices.receivedAt,
        decidedAt: reviewNotices.decidedAt,
      })
      .from(reviewNotices)
      .where(eq(reviewNotices.notifierUserId, userId))
      .orderBy(asc(reviewNotices.id));
    const appeals = await db
      .select({
        id: reviewAppeals.id,
        statementId: reviewAppeals.statementId,
        reviewId: reviewAppeals.reviewId,
        email: reviewAppeals.appellantEmail,
        orderNumber: reviewAppeals.orderNumber,
        reviewDate: reviewAppeals.reviewDate,
        explanation: reviewAppeals.explanation,
        status: reviewAppeals.status,
        receivedAt: reviewAppeals.receivedAt,
        decidedAt: reviewAppeals.decidedAt,
        decisionNote: reviewAppeals.decisionNote,
      })
      .from(reviewAppeals)
      .where(eq(reviewAppeals.appellantUserId, userId))
      .orderBy(asc(reviewAppeals.id));
    const blocks = await db
      .select({
        blockedAt: reviewerBlocks.blockedAt,
        until: reviewerBlocks.until,
        statementId: reviewerBlocks.statementId,
        liftedAt: reviewerBlocks.liftedAt,
      })
      .from(reviewerBlocks)
      .where(eq(reviewerBlocks.userId, userId))
      .orderBy(asc(reviewerBlocks.id));
    return {
      reviews: own,
      review_photos: photos,
      review_notices: notices,
      review_appeals: appeals,
      reviewer_blocks: blocks,
    };
  },
};
