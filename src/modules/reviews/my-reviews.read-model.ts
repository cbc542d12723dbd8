/**
 * Read model: a buyer's own reviews (the API's `GET /api/v1/me/reviews` and the account's review
 * pages): each with its product name, order, photos and their moderation state, and until when it
 * can be edited. Joins reviews with orders (the line's order and product name); never writes.
 */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { type Day, localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { DEFAULT_MARKET, marketByCode } from '../../platform/markets.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { editWindowEndsOn } from './review-time.rules.ts';
import { reviewPhotos, reviews } from './reviews.schema.ts';

export type MyReview = {
  id: number;
  orderLineId: number;
  orderId: number;
  checkoutId: string;
  productId: string;
  productName: string;
  market: string;
  rating: number;
  subRatings: {
    value: number | null;
    delivery: number | null;
    packaging: number | null;
    performance: number | null;
    aesthetics: number | null;
  };
  comment: string;
  language: string;
  status: 'published' | 'removed' | 'expired';
  submittedAt: Date;
  publishedAt: Date | null;
  editedAt: Date | null;
  editableUntil: Day;
  photos: { id: number; status: 'pending' | 'approved' | 'rejected'; moderationDueOn: Day }[];
};

export async function myReviews(db: Db, userId: number, o: { reviewId?: number } = {}): Promise<MyReview[]> {
  const rows = await db
    .select({
      review: reviews,
      orderId: orders.id,
      checkoutId: orders.checkoutId,
      productName: orderLines.productName,
    })
    .from(reviews)
    .innerJoin(orderLines, eq(orderLines.id, reviews.orderLineId))
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        eq(reviews.authorUserId, userId),
        ne(reviews.status, 'deleted'),
        o.reviewId === undefined ? undefined : eq(reviews.id, o.reviewId),
      ),
    )
    .orderBy(desc(reviews.submittedAt), desc(reviews.id))
    .limit(500);
  const photos = rows.length
    ? await db
        .select()
        .from(reviewPhotos)
        .where(
          inArray(
            reviewPhotos.reviewId,
            rows.map((r) => r.review.id),
          ),
        )
        .orderBy(reviewPhotos.id)
    : [];
  return rows.map(({ review: r, orderId, checkoutId, productName }) => ({
    id: r.id,
    orderLineId: r.orderLineId,
    orderId,
    checkoutId,
    productId: r.productId,
    productName,
    market: r.market,
    rating: r.rating,
    subRatings: {
      value: r.ratingValue,
      delivery: r.ratingDelivery,
      packaging: r.ratingPackaging,
      performance: r.ratingPerformance,
      aesthetics: r.ratingAesthetics,
    },
    comment: r.comment,
    language: r.language,
    status: r.status as MyReview['status'],
    submittedAt: r.submittedAt,
    publishedAt: r.publishedAt,
    editedAt: r.editedAt,
    editableUntil: editWindowEndsOn(
      localDay(r.deliveredAt, (marketByCode(r.market) ?? DEFAULT_MARKET).timeZone),
    ),
    photos: photos
      .filter((p) => p.reviewId === r.id)
      .map((p) => ({ id: p.id, status: p.status, moderationDueOn: p.moderationDueOn })),
  }));
}
