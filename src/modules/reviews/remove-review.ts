import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { complaintPath } from '../compliance/dsa-links.ts';
import { issueStatementOfReasons } from '../compliance/issue-statement-of-reasons.ts';
import { refreshSellerRatings } from './refresh-seller-ratings.ts';
import type { ModerationDeps } from './review-moderation.deps.ts';
import {
  checkCriterion,
  isCriterionIssue,
  MODERATION_CRITERIA,
  statementGround,
} from './review-moderation.rules.ts';
import { lockReview } from './review-moderation.store.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewFacts } from './review-moderation-recipients.ts';
import { reviewsChanged } from './review-reads.ts';
import { reviews } from './reviews.schema.ts';

export type RemoveReviewInput = {
  reviewId: number;
  criterion: string;
  /** What the operator found (Art. 17(3)(b)), quoted in the statement. */
  facts: string;
  /** For illegal content: the law it breaks (a default otherwise). */
  legalGround?: string | null;
  operatorUserId: number;
  /** A notice upheld, or the operator's own initiative. */
  source?: 'own_initiative' | 'notice';
};

export const FACTS_MAX = 2000;

/** Check the criterion (422 naming `criterion`) and the facts (400 naming `facts`). */
export function checkDecision(criterionRaw: string, facts: string, target: 'review' | 'reply' | 'photos') {
  const criterion = checkCriterion(criterionRaw, target);
  if (isCriterionIssue(criterion))
    throw new AppError('UNPROCESSABLE', 'Unknown moderation criterion', [criterion]);
  const text = facts.trim();
  if (!text) throw AppError.invalid([{ field: 'facts', message: 'is required' }]);
  if (text.length > FACTS_MAX)
    throw AppError.invalid([{ field: 'facts', message: `must be at most ${FACTS_MAX} characters` }]);
  return { criterion, facts: text };
}

/**
 * An operator removes a published review under a criterion of the closed list: the review goes
 * offline, the statement of reasons is issued in the same transaction, the seller's rating is
 * recomputed and the author receives the statement in their language with how to contest it.
 */
export async function removeReview(
  deps: ModerationDeps,
  input: RemoveReviewInput,
): Promise<{ statementId: string }> {
  const { criterion, facts } = checkDecision(input.criterion, input.facts, 'review');
  const result = await deps.db.transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.status !== 'published')
      throw new AppError('INVALID_STATE', `Review ${review.id} is ${review.status}, not published`);
    const about = await reviewFacts(tx, review, deps.siteUrl);
    const now = deps.clock.now();
    const statement = await issueStatementOfReasons(
      { db: tx, clock: deps.clock },
      {
        subjectUserId: review.authorUserId,
        measure: 'content_removal',
        reasonCode: `review_${criterion}`,
        facts: `Review ${review.id} of ${about.product} (order ${about.orderId}, written on ${about.reviewDate}): ${facts}`,
        source: input.source ?? 'own_initiative',
        ground: statementGround(criterion, input.legalGround),
        explanation: `The review breaks the review rules: ${MODERATION_CRITERIA[criterion].rule} It was removed from Reloop.`,
        audience: 'user',
        decidedBy: input.operatorUserId,
      },
    );
    await tx
      .update(reviews)
      .set({
        status: 'removed',
        removedAt: now,
        removalStatementId: statement.id,
        removalCriterion: criterion,
      })
      .where(eq(reviews.id, review.id));
    await refreshSellerRatings({ db: tx, clock: deps.clock }, { sellerIds: [review.sellerId] });
    if (about.author)
      await deps.mailer.send(
        tx,
        reviewModerationEmails.statement(about.author, {
          kind: 'removal',
          product: about.product,
          orderId: about.orderId,
          reviewDate: about.reviewDate,
          criterion,
          facts,
          statementId: statement.id,
          until: null,
          // DSA Art. 20: the complaint form of this decision (issue 16).
          link: deps.siteUrl(complaintPath(about.storefront, statement.id)),
        }),
      );
    return { statementId: statement.id };
  });
  reviewsChanged();
  return result;
}
