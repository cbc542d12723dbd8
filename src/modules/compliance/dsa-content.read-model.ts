/**
 * Read model of the DSA notice desk: what a notice's URL names (product, offer, seller, review, by
 * their owners' tables), what the operator sees of it (names, text, publication), which seller or
 * user a statement of reasons concerns, and the buyers of a product (Art. 32). Reads only.
 */
import { and, eq, gte, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { products } from '../catalog/catalog.schema.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { offers } from '../offers/offers.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { reviews } from '../reviews/reviews.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { ContentLocation, NoticeTarget } from './notice.rules.ts';

/** The ids a located URL names, when they exist (nothing is resolved for another page). */
export async function resolveLocation(db: Db, loc: ContentLocation): Promise<NoticeTarget> {
  const target: NoticeTarget = { productId: null, offerId: null, reviewId: null, sellerId: null };
  if (loc.kind === 'page') return target;
  if (loc.kind === 'product') {
    const [p] = await db.select({ id: products.id }).from(products).where(eq(products.slug, loc.slug));
    if (!p) return target;
    target.productId = p.id;
    if (loc.offerId !== null) {
      const [o] = await db
        .select({ id: offers.id, sellerId: offers.sellerId })
        .from(offers)
        .where(and(eq(offers.id, loc.offerId), eq(offers.productId, p.id)));
      if (o) {
        target.offerId = o.id;
        target.sellerId = o.sellerId;
      }
    }
  }
  if (loc.kind === 'seller') {
    const [s] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.slug, loc.slug));
    if (!s) return target;
    target.sellerId = s.id;
  }
  if (loc.reviewId !== null) {
    const [r] = await db
      .select({ id: reviews.id, productId: reviews.productId, sellerId: reviews.sellerId })
      .from(reviews)
      .where(eq(reviews.id, loc.reviewId));
    const onPage = r && (loc.kind === 'review' || (target.productId ?? r.productId) === r.productId);
    if (r && onPage) {
      target.reviewId = r.id;
      target.productId ??= r.productId;
      if (loc.kind === 'review' || loc.kind === 'seller') target.sellerId ??= r.sellerId;
    }
  }
  return target;
}

export type NoticeContent = {
  product: { id: string; name: string; slug: string } | null;
  offer: { id: number; sku: string; grade: string; published: boolean; quantity: number } | null;
  seller: { id: number; name: string; slug: string; status: string } | null;
  review: { id: number; text: string; status: string; authorUserId: number | null } | null;
};

/** What the operator sees of a notice's content. */
export async function noticeContent(db: Db, t: NoticeTarget): Promise<NoticeContent> {
  const [product] = t.productId
    ? await db
        .select({ id: products.id, name: products.name, slug: products.slug })
        .from(products)
        .where(eq(products.id, t.productId))
    : [];
  const [offer] = t.offerId
    ? await db
        .select({
          id: offers.id,
          sku: offers.sku,
          grade: offers.grade,
          published: offers.published,
          quantity: offers.quantity,
        })
        .from(offers)
        .where(eq(offers.id, t.offerId))
    : [];
  const [seller] = t.sellerId
    ? await db
        .select({ id: sellers.id, name: sellers.name, slug: sellers.slug, status: sellers.status })
        .from(sellers)
        .where(eq(sellers.id, t.sellerId))
    : [];
  const [review] = t.reviewId
    ? await db
        .select({
          id: reviews.id,
          text: reviews.comment,
          status: reviews.status,
          authorUserId: reviews.authorUserId,
        })
        .from(reviews)
        .where(eq(reviews.id, t.reviewId))
    : [];
  return { product: product ?? null, offer: offer ?? null, seller: seller ?? null, review: review ?? null };
}

/** The seller whose suspension a statement explains (seller-onboarding records it on the seller). */
export async function sellerSuspendedBy(db: Db, statementId: string): Promise<number | null> {
  const [s] = await db
    .select({ id: sellers.id })
    .from(sellers)
    .where(eq(sellers.suspensionStatementId, statementId));
  return s?.id ?? null;
}

/** The review a statement removed (reviews records it on the review). */
export async function reviewRemovedBy(db: Db, statementId: string): Promise<number | null> {
  const [r] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.removalStatementId, statementId));
  return r?.id ?? null;
}

export type ProductBuyer = {
  orderId: number;
  sellerId: number;
  checkoutId: string;
  email: string;
  buyerUserId: number | null;
  market: string;
  orderedAt: Date;
};

/**
 * Art. 32: paid orders of a product between `from` and `to`, from one seller (or one offer) or
 * every seller, with the checkout's contact email. One row per order.
 */
export async function buyersOfProduct(
  db: Db,
  a: { productId: string; sellerId: number | null; offerId: number | null; from: Date; to: Date },
): Promise<ProductBuyer[]> {
  const rows = await db
    .selectDistinct({
      orderId: orders.id,
      sellerId: orders.sellerId,
      checkoutId: orders.checkoutId,
      email: checkouts.buyerEmail,
      buyerUserId: orders.buyerUserId,
      market: orders.market,
      orderedAt: orders.createdAt,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(checkouts, eq(checkouts.id, orders.checkoutId))
    .where(
      and(
        eq(orderLines.productId, a.productId),
        a.offerId !== null ? eq(orderLines.offerId, a.offerId) : undefined,
        a.sellerId !== null ? eq(orders.sellerId, a.sellerId) : undefined,
        isNotNull(orders.paidAt),
        gte(orders.createdAt, a.from),
        lte(orders.createdAt, a.to),
      ),
    );
  return rows.sort((x, y) => x.orderId - y.orderId);
}

/** Product names by id (for emails and pages). */
export async function productNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(inArray(products.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}
