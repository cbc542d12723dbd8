import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { checkCriterion, isCriterionIssue, NOTICE_EXPLANATION_MAX } from './review-moderation.rules.ts';
import { findReview } from './review-moderation.store.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewNotices } from './reviews.schema.ts';

export type ReviewNoticeInput = {
  reviewId: number;
  target?: string;
  criterion: string;
  explanation: string;
  name: string;
  email: string;
  /** Signed in: their account; else null. */
  userId: number | null;
  /** The locale the notifier is answered in. */
  locale: string;
};

/**
 * Anyone (a seller, a brand, a reader; signed in or not) asks for a published review or its
 * seller's reply to be removed: a criterion of the closed list (422 naming `criterion` otherwise),
 * an explanation, their name and email, acknowledged by email at once. A person decides
 * (decide-review-notice.ts).
 */
export async function submitReviewNotice(
  deps: { db: Db; clock: Clock; mailer: Mailer },
  input: ReviewNoticeInput,
): Promise<{ noticeId: number }> {
  const target =
    input.target === 'reply' ? 'reply' : input.target && input.target !== 'review' ? null : 'review';
  const issues: FieldIssue[] = [];
  if (!target) issues.push({ field: 'target', message: 'must be review or reply' });
  const explanation = input.explanation.trim();
  if (!explanation) issues.push({ field: 'explanation', message: 'is required' });
  else if (explanation.length > NOTICE_EXPLANATION_MAX)
    issues.push({ field: 'explanation', message: `must be at most ${NOTICE_EXPLANATION_MAX} characters` });
  const name = input.name.trim();
  if (!name || name.length > 200) issues.push({ field: 'name', message: 'is required' });
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    issues.push({ field: 'email', message: 'must be an email address' });
  const criterion = checkCriterion(input.criterion, target ?? 'review');
  if (isCriterionIssue(criterion)) {
    // An unknown criterion is refused as unprocessable, with the other fields' issues.
    if (input.criterion.trim())
      throw new AppError('UNPROCESSABLE', 'Unknown moderation criterion', [criterion, ...issues]);
    issues.push(criterion);
  }
  if (issues.length) throw AppError.invalid(issues);
  const review = await findReview(deps.db, input.reviewId);
  if (review?.status !== 'published') throw AppError.notFound('Review');
  if (target === 'reply' && review.replyStatus !== 'published') throw AppError.notFound('Reply');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviewNotices)
      .values({
        reviewId: review.id,
        target: target!,
        criterion: criterion as string,
        explanation,
        notifierName: name,
        notifierEmail: email,
        notifierUserId: input.userId,
        notifierLocale: input.locale,
        status: 'open',
        receivedAt: now,
      })
      .returning({ id: reviewNotices.id });
    // DSA Art. 16(4): the sender is told at once that the notice was received.
    await deps.mailer.send(
      tx,
      reviewModerationEmails.noticeReceived(
        { email, locale: input.locale },
        { noticeId: row!.id, target: target!, reviewId: review.id, criterion: criterion as string, at: now },
      ),
    );
    return { noticeId: row!.id };
  });
}
