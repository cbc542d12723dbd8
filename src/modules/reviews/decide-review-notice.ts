import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { removeReview } from './remove-review.ts';
import { removeReviewReply } from './remove-review-reply.ts';
import type { ModerationDeps } from './review-moderation.deps.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewNotices } from './reviews.schema.ts';

/**
 * A person decides on a removal notice: upheld, the review (or the seller's reply) is removed
 * under the notice's criterion with its statement of reasons (source: a notice); dismissed, it
 * stays online. Either way the notifier hears the outcome in their language.
 */
export async function decideReviewNotice(
  deps: ModerationDeps,
  input: { noticeId: number; uphold: boolean; facts: string; operatorUserId: number },
): Promise<{ status: 'upheld' | 'dismissed'; statementId: string | null }> {
  return deps.db.transaction(async (tx) => {
    const [notice] = await tx
      .select()
      .from(reviewNotices)
      .where(eq(reviewNotices.id, input.noticeId))
      .for('update');
    if (!notice) throw AppError.notFound('Notice');
    if (notice.status !== 'open')
      throw new AppError('INVALID_STATE', `Notice ${notice.id} is already ${notice.status}`);
    const inTx = { ...deps, db: tx };
    let statementId: string | null = null;
    if (input.uphold) {
      const removal = {
        reviewId: notice.reviewId,
        criterion: notice.criterion,
        facts: input.facts.trim() || notice.explanation,
        operatorUserId: input.operatorUserId,
        source: 'notice' as const,
      };
      statementId = (
        notice.target === 'reply' ? await removeReviewReply(inTx, removal) : await removeReview(inTx, removal)
      ).statementId;
    }
    const status = input.uphold ? 'upheld' : 'dismissed';
    await tx
      .update(reviewNotices)
      .set({ status, decidedAt: deps.clock.now(), decidedBy: input.operatorUserId })
      .where(and(eq(reviewNotices.id, notice.id), eq(reviewNotices.status, 'open')));
    await deps.mailer.send(
      tx,
      reviewModerationEmails.noticeOutcome(
        { email: notice.notifierEmail, locale: notice.notifierLocale },
        {
          upheld: input.uphold,
          target: notice.target,
          reviewId: notice.reviewId,
          criterion: notice.criterion,
        },
      ),
    );
    return { status, statementId };
  });
}
