import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { userLocale } from '../accounts/recipient-locale.ts';
import { refreshSellerRatings } from './refresh-seller-ratings.ts';
import type { ModerationDeps } from './review-moderation.deps.ts';
import { lockReview, photosOfReview, syncPhotoPublication } from './review-moderation.store.ts';
import { reviewModerationEmails } from './review-moderation-emails.ts';
import { reviewFacts } from './review-moderation-recipients.ts';
import { reviewsChanged } from './review-reads.ts';
import { reviewAppeals, reviewerBlocks, reviewPhotos, reviews } from './reviews.schema.ts';

export const APPEAL_NOTE_MAX = 2000;

type AppealDecision = { status: 'reversed' | 'upheld'; kind: 'removal' | 'photos' | 'block' };

/**
 * A person decides on an appeal: reversed, what the decision took away is restored (the review
 * is published again, its photos published, or the block lifted); upheld, nothing changes. The
 * author hears the outcome in their language.
 */
export async function decideReviewAppeal(
  deps: ModerationDeps,
  input: { appealId: number; reverse: boolean; note: string; operatorUserId: number },
): Promise<AppealDecision> {
  const note = input.note.trim();
  if (note.length > APPEAL_NOTE_MAX)
    throw AppError.invalid([{ field: 'note', message: `must be at most ${APPEAL_NOTE_MAX} characters` }]);
  const result = await deps.db.transaction(async (tx): Promise<AppealDecision> => {
    const [appeal] = await tx
      .select()
      .from(reviewAppeals)
      .where(eq(reviewAppeals.id, input.appealId))
      .for('update');
    if (!appeal) throw AppError.notFound('Appeal');
    if (appeal.status !== 'open')
      throw new AppError('INVALID_STATE', `Appeal ${appeal.id} is already decided`);
    const now = deps.clock.now();
    const review = appeal.reviewId ? await lockReview(tx, appeal.reviewId) : null;
    const kind = appeal.blockId
      ? 'block'
      : review?.removalStatementId === appeal.statementId
        ? 'removal'
        : review?.photoStatementId === appeal.statementId
          ? 'photos'
          : null;
    if (!kind) throw new AppError('INVALID_STATE', 'The decision appealed against is no longer in force');
    if (input.reverse) {
      if (kind === 'block')
        await tx.update(reviewerBlocks).set({ liftedAt: now }).where(eq(reviewerBlocks.id, appeal.blockId!));
      else if (kind === 'removal') {
        await tx
          .update(reviews)
          .set({ status: 'published', removedAt: null, removalStatementId: null, removalCriterion: null })
          .where(eq(reviews.id, review!.id));
        await refreshSellerRatings({ db: tx, clock: deps.clock }, { sellerIds: [review!.sellerId] });
      } else {
        await tx
          .update(reviewPhotos)
          .set({
            status: 'approved',
            decidedAt: now,
            decidedBy: input.operatorUserId,
            rejectionCriterion: null,
          })
          .where(eq(reviewPhotos.reviewId, review!.id));
        await tx.update(reviews).set({ photoStatementId: null }).where(eq(reviews.id, review!.id));
        const photos = await photosOfReview(tx, review!.id);
        await syncPhotoPublication(
          tx,
          review!,
          photos.map((p) => p.status),
        );
      }
    }
    const status = input.reverse ? 'reversed' : 'upheld';
    await tx
      .update(reviewAppeals)
      .set({ status, decidedAt: now, decidedBy: input.operatorUserId, decisionNote: note || null })
      .where(and(eq(reviewAppeals.id, appeal.id), eq(reviewAppeals.status, 'open')));
    const user = appeal.appellantUserId ? await findUser(tx, appeal.appellantUserId) : undefined;
    const about = review ? await reviewFacts(tx, review, deps.siteUrl) : null;
    await deps.mailer.send(
      tx,
      reviewModerationEmails.appealOutcome(
        { email: appeal.appellantEmail, locale: user ? userLocale(user) : 'en' },
        {
          kind,
          reversed: input.reverse,
          product: about?.product ?? '',
          note,
          link: deps.siteUrl(`/${about?.storefront ?? 'fr-fr'}`),
        },
      ),
    );
    return { status, kind };
  });
  reviewsChanged();
  return result;
}
