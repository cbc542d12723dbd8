/**
 * What moderators and sellers read about reviews (issue 15): the console's queues (reviews with
 * photos waiting, overdue first, each photo's deadline; open notices; open appeals; blocks in
 * force), one review with its photos, notices and appeals, and a seller's published reviews with
 * their replies. Reads the reviews tables, the order lines (product names, order numbers) and
 * accounts (authors' emails); never writes.
 */
import { and, asc, count, desc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';
import { reviewAppeals, reviewerBlocks, reviewNotices, reviewPhotos, reviews } from './reviews.schema.ts';

export type QueuedPhoto = { id: number; dueOn: string; overdue: boolean };
export type PhotoQueueItem = {
  reviewId: number;
  product: string;
  rating: number;
  comment: string;
  submittedAt: Date;
  /** The earliest deadline of its pending photos (`YYYY-MM-DD`, the market's calendar). */
  dueOn: string;
  overdue: boolean;
  photos: QueuedPhoto[];
};

/** Reviews with photos waiting for a person, overdue first, then by deadline. `today`: `YYYY-MM-DD`. */
export async function photoQueue(db: Db, today: string): Promise<PhotoQueueItem[]> {
  const rows = await db
    .select({
      photoId: reviewPhotos.id,
      dueOn: reviewPhotos.moderationDueOn,
      reviewId: reviews.id,
      rating: reviews.rating,
      comment: reviews.comment,
      submittedAt: reviews.submittedAt,
      product: orderLines.productName,
    })
    .from(reviewPhotos)
    .innerJoin(reviews, eq(reviews.id, reviewPhotos.reviewId))
    .innerJoin(orderLines, eq(orderLines.id, reviews.orderLineId))
    .where(and(eq(reviewPhotos.status, 'pending'), inArray(reviews.status, ['published', 'removed'])))
    .orderBy(asc(reviewPhotos.moderationDueOn), asc(reviewPhotos.id));
  const byReview = new Map<number, PhotoQueueItem>();
  for (const r of rows) {
    const overdue = r.dueOn < today;
    const item =
      byReview.get(r.reviewId) ??
      ({
        reviewId: r.reviewId,
        product: r.product,
        rating: r.rating,
        comment: r.comment,
        submittedAt: r.submittedAt,
        dueOn: r.dueOn,
        overdue,
        photos: [],
      } satisfies PhotoQueueItem);
    item.photos.push({ id: r.photoId, dueOn: r.dueOn, overdue });
    byReview.set(r.reviewId, item);
  }
  return [...byReview.values()].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn) || a.reviewId - b.reviewId,
  );
}

export type NoticeRow = typeof reviewNotices.$inferSelect;
export type AppealRow = typeof reviewAppeals.$inferSelect;
export type BlockView = typeof reviewerBlocks.$inferSelect & { email: string };

export const openNotices = (db: Db): Promise<NoticeRow[]> =>
  db
    .select()
    .from(reviewNotices)
    .where(eq(reviewNotices.status, 'open'))
    .orderBy(asc(reviewNotices.receivedAt));

export const openAppeals = (db: Db): Promise<AppealRow[]> =>
  db
    .select()
    .from(reviewAppeals)
    .where(eq(reviewAppeals.status, 'open'))
    .orderBy(asc(reviewAppeals.receivedAt));

/** Blocks in force at `now`, newest first. */
export const blocksInForce = (db: Db, now: Date): Promise<BlockView[]> =>
  db
    .select({ ...tableColumns(), email: users.email })
    .from(reviewerBlocks)
    .innerJoin(users, eq(users.id, reviewerBlocks.userId))
    .where(
      and(isNull(reviewerBlocks.liftedAt), or(isNull(reviewerBlocks.until), gt(reviewerBlocks.until, now))),
    )
    .orderBy(desc(reviewerBlocks.blockedAt));

function tableColumns() {
  const { id, userId, until, statementId, blockedAt, blockedBy, liftedAt } = reviewerBlocks;
  return { id, userId, until, statementId, blockedAt, blockedBy, liftedAt };
}

export type ReviewCase = typeof reviews.$inferSelect & {
  product: string;
  orderId: number;
  authorEmail: string | null;
  photos: Array<typeof reviewPhotos.$inferSelect>;
  notices: NoticeRow[];
  appeals: AppealRow[];
};

/** One review as a moderator reads it, or null. */
export async function reviewCase(db: Db, reviewId: number): Promise<ReviewCase | null> {
  const [row] = await db
    .select({
      review: reviews,
      product: orderLines.productName,
      orderId: orderLines.orderId,
      authorEmail: users.email,
    })
    .from(reviews)
    .innerJoin(orderLines, eq(orderLines.id, reviews.orderLineId))
    .leftJoin(users, eq(users.id, reviews.authorUserId))
    .where(eq(reviews.id, reviewId))
    .limit(1);
  if (!row) return null;
  const [photos, notices, appeals] = await Promise.all([
    db.select().from(reviewPhotos).where(eq(reviewPhotos.reviewId, reviewId)).orderBy(asc(reviewPhotos.id)),
    db
      .select()
      .from(reviewNotices)
      .where(eq(reviewNotices.reviewId, reviewId))
      .orderBy(desc(reviewNotices.receivedAt)),
    db
      .select()
      .from(reviewAppeals)
      .where(eq(reviewAppeals.reviewId, reviewId))
      .orderBy(desc(reviewAppeals.receivedAt)),
  ]);
  return {
    ...row.review,
    product: row.product,
    orderId: row.orderId,
    authorEmail: row.authorEmail,
    photos,
    notices,
    appeals,
  };
}

/** A photo of a review, for a moderator to look at (any status). */
export async function reviewPhotoFile(db: Db, photoId: number) {
  const [row] = await db
    .select({ storageKey: reviewPhotos.storageKey, contentType: reviewPhotos.contentType })
    .from(reviewPhotos)
    .where(eq(reviewPhotos.id, photoId))
    .limit(1);
  return row ?? null;
}

export type SellerReview = {
  id: number;
  product: string;
  orderId: number;
  rating: number;
  comment: string;
  publishedAt: Date | null;
  replyText: string | null;
  replyStatus: 'published' | 'removed' | null;
};

export const SELLER_REVIEWS_PAGE = 20;

/** A seller's published reviews, newest first, a page at a time, and how many there are. */
export async function sellerReviews(
  db: Db,
  sellerId: number,
  page: number,
): Promise<{ total: number; reviews: SellerReview[] }> {
  const where = and(eq(reviews.sellerId, sellerId), eq(reviews.status, 'published'));
  const [total] = await db.select({ n: count() }).from(reviews).where(where);
  const rows = await db
    .select({
      id: reviews.id,
      product: orderLines.productName,
      orderId: orderLines.orderId,
      rating: reviews.rating,
      comment: reviews.comment,
      publishedAt: reviews.publishedAt,
      replyText: reviews.replyText,
      replyStatus: reviews.replyStatus,
    })
    .from(reviews)
    .innerJoin(orderLines, eq(orderLines.id, reviews.orderLineId))
    .where(where)
    .orderBy(desc(reviews.submittedAt), desc(reviews.id))
    .limit(SELLER_REVIEWS_PAGE)
    .offset((page - 1) * SELLER_REVIEWS_PAGE);
  return { total: Number(total?.n ?? 0), reviews: rows };
}
