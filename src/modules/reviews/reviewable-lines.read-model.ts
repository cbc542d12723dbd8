/**
 * Read model: order lines as review writing sees them — who bought the line, whether its parcel
 * was delivered and when, who sold it, and the buyer's account (email and language for the
 * request email); and whether a product is still sold (a published offer with stock), for
 * retention. Joins orders, delivery, accounts and offers; never writes.
 */
import { and, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { shipments } from '../delivery/delivery.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { LINE } from '../orders/order-states.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { processingNotRestricted } from '../privacy/processing-choices.read-model.ts';
import { reviewRequests, reviews } from './reviews.schema.ts';

/** Lines that reached the buyer: handed to the carrier, possibly refunded after it. */
const SHIPPED: readonly number[] = [LINE.shipped, LINE.refundedAfterShipping];

export type ReviewableLine = {
  lineId: number;
  orderId: number;
  checkoutId: string;
  buyerUserId: number | null;
  market: string;
  sellerId: number;
  offerId: number;
  productId: string;
  productName: string;
  shipped: boolean;
  deliveredAt: Date | null;
};

const lineColumns = {
  lineId: orderLines.id,
  orderId: orders.id,
  checkoutId: orders.checkoutId,
  buyerUserId: orders.buyerUserId,
  market: orders.market,
  sellerId: orders.sellerId,
  offerId: orderLines.offerId,
  productId: orderLines.productId,
  productName: orderLines.productName,
  state: orderLines.state,
  deliveredAt: shipments.deliveredAt,
};

type Row = { [K in keyof typeof lineColumns]: unknown } & Record<string, unknown>;
const toLine = (r: Row): ReviewableLine => ({
  lineId: r.lineId as number,
  orderId: r.orderId as number,
  checkoutId: r.checkoutId as string,
  buyerUserId: r.buyerUserId as number | null,
  market: r.market as string,
  sellerId: r.sellerId as number,
  offerId: r.offerId as number,
  productId: r.productId as string,
  productName: r.productName as string,
  shipped: SHIPPED.includes(r.state as number),
  deliveredAt: (r.deliveredAt as Date | null) ?? null,
});

/** One order line with what decides whether it may be reviewed, or null. */
export async function reviewableLine(db: Db, lineId: number): Promise<ReviewableLine | null> {
  const [row] = await db
    .select(lineColumns)
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .leftJoin(shipments, eq(shipments.orderId, orders.id))
    .where(eq(orderLines.id, lineId));
  return row ? toLine(row) : null;
}

/** The lines of some orders, with their review (id) when written: the buyer's order pages. */
export async function reviewStateOfLines(
  db: Db,
  orderIds: readonly number[],
): Promise<Map<number, ReviewableLine & { reviewId: number | null; reviewStatus: string | null }>> {
  if (!orderIds.length) return new Map();
  const rows = await db
    .select({ ...lineColumns, reviewId: reviews.id, reviewStatus: reviews.status })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .leftJoin(shipments, eq(shipments.orderId, orders.id))
    .leftJoin(reviews, eq(reviews.orderLineId, orderLines.id))
    .where(inArray(orderLines.orderId, [...orderIds]));
  return new Map(
    rows.map((r) => [
      r.lineId,
      { ...toLine(r), reviewId: r.reviewId ?? null, reviewStatus: r.reviewStatus ?? null },
    ]),
  );
}

export type DueRequest = ReviewableLine & {
  buyerUserId: number;
  email: string;
  language: string | null;
  accountMarket: string;
};

/**
 * Lines of account buyers delivered at or before `cutoff`, with neither a review nor a request
 * yet: the review requests to send, oldest delivery first.
 */
export async function linesDueForRequest(db: Db, cutoff: Date, limit: number): Promise<DueRequest[]> {
  const rows = await db
    .select({ ...lineColumns, email: users.email, language: users.language, accountMarket: users.market })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(shipments, eq(shipments.orderId, orders.id))
    .innerJoin(users, eq(users.id, orders.buyerUserId))
    .leftJoin(reviews, eq(reviews.orderLineId, orderLines.id))
    .leftJoin(reviewRequests, eq(reviewRequests.orderLineId, orderLines.id))
    .where(
      and(
        inArray(orderLines.state, [...SHIPPED]),
        isNotNull(shipments.deliveredAt),
        lte(shipments.deliveredAt, cutoff),
        isNull(reviews.id),
        isNull(reviewRequests.orderLineId),
        eq(users.status, 'active'),
        // Restricted processing (GDPR Art. 18): no request while it stands.
        processingNotRestricted(users.id),
      ),
    )
    .orderBy(shipments.deliveredAt, orderLines.id)
    .limit(limit);
  return rows.map((r) => ({
    ...toLine(r),
    buyerUserId: r.buyerUserId as number,
    email: r.email,
    language: r.language,
    accountMarket: r.accountMarket,
  }));
}

/** Of these products, those still sold: a published offer with stock. */
export async function productsStillSold(db: Db, productIds: readonly string[]): Promise<Set<string>> {
  if (!productIds.length) return new Set();
  const rows = await db
    .selectDistinct({ productId: offers.productId })
    .from(offers)
    .where(
      and(
        inArray(offers.productId, [...productIds]),
        eq(offers.published, true),
        sql`${offers.quantity} > 0`,
      ),
    );
  return new Set(rows.map((r) => r.productId));
}
