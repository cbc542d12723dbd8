import { and, eq, inArray } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { issueStatementOfReasons } from '../compliance/issue-statement-of-reasons.ts';
import { checkDecision } from './remove-review.ts';
import type { ModerationDeps } from './review-moderation.deps.ts';
import { MODERATION_CRITERIA, photosAfterDecision, statementGround } from './review-moderation.rules.ts';
import { lockReview, photosOfReview, syncPhotoPublication } from './review-moderation.store.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewFacts } from './review-moderation-recipients.ts';
import { reviewsChanged } from './review-reads.ts';
import { reviewPhotos, reviews } from './reviews.schema.ts';

export type ModerateReviewPhotosInput = {
  reviewId: number;
  operatorUserId: number;
} & ({ decision: 'approve' } | { decision: 'reject'; criterion: string; facts: string });

/**
 * A person decides on a review's pending photos, all at once: approved, they are published (and
 * the review's relevance rises); rejected under a criterion, none of that review's photos is
 * published, a statement of reasons is issued in the same transaction and emailed to the author
 * with how to contest it.
 */
export async function moderateReviewPhotos(
  deps: ModerationDeps,
  input: ModerateReviewPhotosInput,
): Promise<{ status: 'approved' | 'rejected'; statementId: string | null }> {
  const checked = input.decision === 'reject' ? checkDecision(input.criterion, input.facts, 'photos') : null;
  const result = await deps.db.transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    const photos = await photosOfReview(tx, review.id);
    if (!photos.some((p) => p.status === 'pending'))
      throw new AppError('INVALID_STATE', `Review ${review.id} has no photo waiting for moderation`);
    const now = deps.clock.now();
    const next = photosAfterDecision(
      photos,
      checked ? { approve: false, criterion: checked.criterion } : { approve: true },
    );
    const status = next[0]!.status;
    await tx
      .update(reviewPhotos)
      .set({
        status,
        decidedAt: now,
        decidedBy: input.operatorUserId,
        rejectionCriterion: checked?.criterion ?? null,
      })
      .where(
        and(
          eq(reviewPhotos.reviewId, review.id),
          inArray(
            reviewPhotos.id,
            next.map((p) => p.id),
          ),
        ),
      );
    await syncPhotoPublication(
      tx,
      review,
      next.map((p) => p.status),
    );
    if (!checked) {
      if (review.photoStatementId)
        await tx.update(reviews).set({ photoStatementId: null }).where(eq(reviews.id, review.id));
      return { status, statementId: null };
    }
    const about = await reviewFacts(tx, review, deps.siteUrl);
    const statement = await issueStatementOfReasons(
      { db: tx, clock: deps.clock },
      {
        subjectUserId: review.authorUserId,
        measure: 'content_removal',
        reasonCode: `review_photos_${checked.criterion}`,
        facts: `The ${photos.length} photo(s) of review ${review.id} of ${about.product} (order ${about.orderId}, written on ${about.reviewDate}): ${checked.facts}`,
        source: 'own_initiative',
        ground: statementGround(checked.criterion),
        explanation: `At least one photo breaks the review rules (${MODERATION_CRITERIA[checked.criterion].rule}); when one photo of a review does, none of its photos is published. The review's text stays online.`,
        audience: 'user',
        decidedBy: input.operatorUserId,
      },
    );
    await tx.update(reviews).set({ photoStatementId: statement.id }).where(eq(reviews.id, review.id));
    if (about.author)
      await deps.mailer.send(
        tx,
        reviewModerationEmails.statement(about.author, {
          kind: 'photos',
          product: about.product,
          orderId: about.orderId,
          reviewDate: about.reviewDate,
          criterion: checked.criterion,
          facts: checked.facts,
          statementId: statement.id,
          until: null,
          link: about.appealLink,
        }),
      );
    return { status, statementId: statement.id };
  });
  reviewsChanged();
  return result;
}
