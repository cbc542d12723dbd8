/**
 * Who moderation emails go to and what they say about the review: its author (the account's
 * address, in the account's language), the seller team for a reply (its notice recipients), and
 * the facts every email names (product, order, the review's local day, the appeal form's link).
 * Reads only, through the owners' query functions.
 */

import { localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { findUser } from '../accounts/accounts.store.ts';
import { userLocale, userStorefront } from '../accounts/recipient-locale.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { noticeRecipients } from '../seller-onboarding/seller-notices.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import type { ReviewRow } from './review-moderation.store.ts';
import type { Recipient } from './review-moderation-emails.ts';

/** The review's local day of writing, in its market's time zone (what the appeal form asks). */
export const reviewDay = (review: Pick<ReviewRow, 'submittedAt' | 'market'>): string =>
  localDay(review.submittedAt, (marketByCode(review.market) ?? DEFAULT_MARKET).timeZone);

export type ReviewFacts = {
  product: string;
  orderId: number;
  reviewDate: string;
  /** The author, when their account still exists. */
  author: (Recipient & { userId: number }) | null;
  /** The appeal form, on the author's storefront. */
  appealLink: string;
  /** The product page on the author's storefront (where a restored review shows again). */
  storefront: string;
};

export async function reviewFacts(
  db: Db,
  review: ReviewRow,
  siteUrl: (path: string) => string,
): Promise<ReviewFacts> {
  const found = await findOrderLine(db, review.orderLineId);
  const user = review.authorUserId ? await findUser(db, review.authorUserId) : undefined;
  const market = marketByCode(review.market) ?? DEFAULT_MARKET;
  const storefront = user ? userStorefront(user) : market.locale;
  return {
    product: found?.line.productName ?? '',
    orderId: found?.order.id ?? 0,
    reviewDate: reviewDay(review),
    author: user && !user.closedAt ? { userId: user.id, email: user.email, locale: userLocale(user) } : null,
    appealLink: siteUrl(`/${storefront}/reviews/appeal`),
    storefront,
  };
}

/** A seller's notice recipients and the user its statements name. */
export async function sellerRecipients(db: Db, sellerId: number) {
  const seller = await findSeller(db, sellerId);
  if (!seller) return { recipients: [] as Recipient[], subjectUserId: null };
  const { recipients, subjectUserId } = await noticeRecipients(db, seller);
  return { recipients, subjectUserId };
}
