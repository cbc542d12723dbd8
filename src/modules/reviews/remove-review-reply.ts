import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { issueStatementOfReasons } from '../compliance/issue-statement-of-reasons.ts';
import { checkDecision } from './remove-review.ts';
import type { ModerationDeps } from './review-moderation.deps.ts';
import { MODERATION_CRITERIA, statementGround } from './review-moderation.rules.ts';
import { lockReview } from './review-moderation.store.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewFacts, sellerRecipients } from './review-moderation-recipients.ts';
import { reviewsChanged } from './review-reads.ts';
import { reviews } from './reviews.schema.ts';

/**
 * Moderation removes a seller's public reply under a criterion of the same closed list: the
 * reply goes offline (the review stays), a statement of reasons addressed to the seller is issued
 * in the same transaction and emailed to the seller's notice recipients.
 */
export async function removeReviewReply(
  deps: ModerationDeps,
  input: {
    reviewId: number;
    criterion: string;
    facts: string;
    operatorUserId: number;
    source?: 'own_initiative' | 'notice';
  },
): Promise<{ statementId: string }> {
  const { criterion, facts } = checkDecision(input.criterion, input.facts, 'reply');
  const result = await deps.db.transaction(async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.replyStatus !== 'published')
      throw new AppError('INVALID_STATE', `Review ${review.id} has no published reply`);
    const about = await reviewFacts(tx, review, deps.siteUrl);
    const seller = await sellerRecipients(tx, review.sellerId);
    const statement = await issueStatementOfReasons(
      { db: tx, clock: deps.clock },
      {
        subjectUserId: seller.subjectUserId,
        subjectSellerId: review.sellerId,
        measure: 'content_removal',
        reasonCode: `review_reply_${criterion}`,
        facts: `The seller's reply to review ${review.id} of ${about.product} (order ${about.orderId}): ${facts}`,
        source: input.source ?? 'own_initiative',
        ground: statementGround(criterion),
        explanation: `The reply breaks the review rules, which apply to replies as well: ${MODERATION_CRITERIA[criterion].rule}`,
        audience: 'seller',
        decidedBy: input.operatorUserId,
      },
    );
    await tx.update(reviews).set({ replyStatus: 'removed' }).where(eq(reviews.id, review.id));
    for (const to of seller.recipients)
      await deps.mailer.send(
        tx,
        reviewModerationEmails.statement(to, {
          kind: 'reply',
          product: about.product,
          orderId: about.orderId,
          reviewDate: about.reviewDate,
          criterion,
          facts,
          statementId: statement.id,
          until: null,
          link: deps.siteUrl(`/seller/${review.sellerId}/reviews`),
        }),
      );
    return { statementId: statement.id };
  });
  reviewsChanged();
  return result;
}
