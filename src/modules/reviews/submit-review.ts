import { localDay } from '../../platform/calendar.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { readerStorefront, userLocale } from '../accounts/recipient-locale.ts';
import { sellerRolesOfUser } from '../seller-team/team-members.ts';
import { detectLanguage } from './detect-language.ts';
import { reviewEligibility, type SubRating, validateReviewContent } from './review-content.rules.ts';
import { reviewEmails } from './review-emails.ts';
import { reviewLicenceVersion } from './review-licence.ts';
import { reviewsChanged } from './review-reads.ts';
import { editWindowEndsOn } from './review-time.rules.ts';
import { blocksOf, relevanceOf, reviewOfLine } from './review-writing.store.ts';
import { fieldIssues, type WriteRefusal } from './review-writing.types.ts';
import { reviewableLine } from './reviewable-lines.read-model.ts';
import type { ReviewsDeps } from './reviews.deps.ts';
import { reviews } from './reviews.schema.ts';

export type SubmitReviewInput = {
  userId: number;
  orderLineId: number;
  rating: unknown;
  comment: unknown;
  subRatings?: Partial<Record<SubRating, unknown>>;
  /** The buyer accepted the review licence of the line's market, shown in `language`. */
  licenceAccepted: boolean;
  /** The buyer certified they wrote the review themselves, about their own purchase. */
  authorshipCertified: boolean;
  /** The language of the page the review was written on (the licence's, and the detection's fallback). */
  language: string;
};

/**
 * The buyer of a delivered order line reviews it: checked, its language detected, published at
 * once (text and rating need no prior moderation), the buyer emailed a confirmation with the page
 * to edit or delete it. Nothing but the review is written: no payment, credit or discount follows.
 */
export async function submitReview(
  deps: ReviewsDeps,
  input: SubmitReviewInput,
): Promise<{ ok: true; reviewId: number } | WriteRefusal> {
  const now = deps.clock.now();
  const line = await reviewableLine(deps.db, input.orderLineId);
  if (!line || line.buyerUserId !== input.userId) return { ok: false, reason: 'not_found' };
  const content = validateReviewContent(input);
  const fields = content.ok ? [] : fieldIssues(content.problems);
  if (!input.licenceAccepted) fields.push({ field: 'licenceAccepted', message: 'must be accepted' });
  if (!input.authorshipCertified) fields.push({ field: 'authorshipCertified', message: 'must be certified' });
  if (!content.ok || fields.length) return { ok: false, reason: 'invalid', fields };

  const [roles, blocks, existing] = await Promise.all([
    sellerRolesOfUser(deps.db, input.userId),
    blocksOf(deps.db, input.userId),
    reviewOfLine(deps.db, line.lineId),
  ]);
  const eligible = reviewEligibility(
    { ...line, alreadyReviewed: existing !== null },
    { userId: input.userId, memberOfSellers: roles.map((r) => r.sellerId), blocks },
    now,
  );
  if (!eligible.ok) {
    return eligible.reason === 'not_buyer'
      ? { ok: false, reason: 'not_found' }
      : { ok: false, reason: eligible.reason };
  }

  const { rating, comment, subRatings } = content.content;
  const market = marketByCode(line.market) ?? DEFAULT_MARKET;
  const reviewId = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviews)
      .values({
        orderLineId: line.lineId,
        authorUserId: input.userId,
        productId: line.productId,
        sellerId: line.sellerId,
        market: market.code,
        rating,
        ratingValue: subRatings.value ?? null,
        ratingDelivery: subRatings.delivery ?? null,
        ratingPackaging: subRatings.packaging ?? null,
        ratingPerformance: subRatings.performance ?? null,
        ratingAesthetics: subRatings.aesthetics ?? null,
        comment,
        language: detectLanguage(comment, input.language),
        status: 'published',
        relevance: relevanceOf({ rating, comment, hasPublishedPhotos: false }),
        licenceVersion: reviewLicenceVersion(market.code, input.language),
        authorshipCertified: true,
        deliveredAt: line.deliveredAt!,
        submittedAt: now,
        publishedAt: now,
      })
      // A second submission racing this one finds the line reviewed.
      .onConflictDoNothing({ target: reviews.orderLineId })
      .returning({ id: reviews.id });
    if (!row) return null;
    if (deps.mailer && deps.siteUrl) {
      const buyer = await findUser(tx, input.userId);
      if (buyer) {
        const locale = userLocale(buyer);
        const editUntil = editWindowEndsOn(localDay(line.deliveredAt!, market.timeZone));
        await deps.mailer.send(
          tx,
          reviewEmails.published(
            { email: buyer.email, locale },
            {
              orderId: line.orderId,
              product: line.productName,
              link: deps.siteUrl(`/${readerStorefront(locale, market.code)}/account/reviews/${row.id}`),
              editUntil: new Date(`${editUntil}T12:00:00Z`),
              timeZone: 'UTC',
            },
          ),
        );
      }
    }
    return row.id;
  });
  reviewsChanged();
  return reviewId === null ? { ok: false, reason: 'already_reviewed' } : { ok: true, reviewId };
}
