import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Verified reviews (issue 15): one per delivered order line, by its buyer, of the product and its
 * delivery. Owned by the reviews module; the statements of reasons it refers to belong to compliance.
 *
 * status: `published` (text and rating online; photos follow their own moderation), `removed` (by
 * moderation, with a statement of reasons; an upheld appeal publishes it again), `deleted` (by its
 * author, at once), `expired` (retention: 24 months, or longer while the product is sold).
 */
export const reviews = pgTable(
  'reviews',
  {
    id: serial('id').primaryKey(),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    authorUserId: integer('author_user_id').references(() => users.id),
    productId: uuid('product_id').notNull(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** Market of purchase (its country is stated beside the review). */
    market: text('market').notNull(),
    rating: smallint('rating').notNull(),
    /** Optional sub-ratings, 1–5 each. */
    ratingValue: smallint('rating_value'),
    ratingDelivery: smallint('rating_delivery'),
    ratingPackaging: smallint('rating_packaging'),
    ratingPerformance: smallint('rating_performance'),
    ratingAesthetics: smallint('rating_aesthetics'),
    comment: text('comment').notNull(),
    /** Language of the comment, detected locally at submission and at each edit (BCP 47 primary tag). */
    language: text('language').notNull(),
    status: text('status', { enum: ['published', 'removed', 'deleted', 'expired'] }).notNull(),
    /** The relevance score (review-ranking.rules.ts), kept current on every change that moves it. */
    relevance: integer('relevance').notNull().default(0),
    /** At least one photo approved and shown. */
    hasPublishedPhotos: boolean('has_published_photos').notNull().default(false),
    licenceVersion: text('licence_version').notNull(),
    authorshipCertified: boolean('authorship_certified').notNull(),
    deliveredAt: at('delivered_at').notNull(),
    submittedAt: at('submitted_at').notNull(),
    publishedAt: at('published_at'),
    editedAt: at('edited_at'),
    removedAt: at('removed_at'),
    /** The statement of reasons of the removal in force (compliance.statements_of_reasons). */
    removalStatementId: uuid('removal_statement_id'),
    removalCriterion: text('removal_criterion'),
    /** The statement of reasons of the rejection of its photos in force (none of them published). */
    photoStatementId: uuid('photo_statement_id'),
    /** The seller's one public reply, moderated by the same rules. */
    replyText: text('reply_text'),
    replyStatus: text('reply_status', { enum: ['published', 'removed'] }),
    replyAt: at('reply_at'),
  },
  (t) => [
    uniqueIndex('reviews_order_line_uq').on(t.orderLineId),
    index('reviews_product_published_idx').on(t.productId, t.relevance).where(sql`status = 'published'`),
    index('reviews_seller_published_idx').on(t.sellerId, t.publishedAt).where(sql`status = 'published'`),
    index('reviews_author_idx').on(t.authorUserId),
  ],
);

/**
 * A review's photos: stored re-encoded without metadata, published only after a person approves
 * them (within 7 business days: `moderationDueOn`); one rejected photo withholds all of them.
 */
export const reviewPhotos = pgTable(
  'review_photos',
  {
    id: serial('id').primaryKey(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    storageKey: text('storage_key').notNull(),
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    /** `YYYY-MM-DD` in the market's calendar. */
    moderationDueOn: text('moderation_due_on').notNull(),
    uploadedAt: at('uploaded_at').notNull(),
    decidedAt: at('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id),
    rejectionCriterion: text('rejection_criterion'),
  },
  (t) => [
    index('review_photos_review_idx').on(t.reviewId),
    index('review_photos_pending_idx').on(t.moderationDueOn).where(sql`status = 'pending'`),
  ],
);

/** Machine translations of a comment, by the Translator; the original stays in `reviews.comment`. */
export const reviewTranslations = pgTable(
  'review_translations',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    language: text('language').notNull(),
    comment: text('comment').notNull(),
    /** Which adapter translated it (e.g. `deepl`). */
    translator: text('translator').notNull(),
    translatedAt: at('translated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.reviewId, t.language] })],
);

/** The review request sent about 7 days after delivery: one per order line, so the job is idempotent. */
export const reviewRequests = pgTable('review_requests', {
  orderLineId: integer('order_line_id')
    .primaryKey()
    .references(() => orderLines.id),
  sentAt: at('sent_at').notNull(),
});

/**
 * Removal requests by third parties (a seller, a brand, anyone) and reports by operators: a
 * criterion from the closed list (review-moderation.rules.ts) and an explanation; a person decides.
 */
export const reviewNotices = pgTable(
  'review_notices',
  {
    id: serial('id').primaryKey(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    /** `review` or `reply` (the seller's reply is moderated by the same rules). */
    target: text('target', { enum: ['review', 'reply'] }).notNull(),
    criterion: text('criterion').notNull(),
    explanation: text('explanation').notNull(),
    notifierName: text('notifier_name').notNull(),
    notifierEmail: text('notifier_email').notNull(),
    notifierUserId: integer('notifier_user_id').references(() => users.id),
    /** The locale the notifier is answered in (the form's page). */
    notifierLocale: text('notifier_locale').notNull().default('en'),
    status: text('status', { enum: ['open', 'upheld', 'dismissed'] }).notNull(),
    receivedAt: at('received_at').notNull(),
    decidedAt: at('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id),
  },
  (t) => [index('review_notices_open_idx').on(t.receivedAt).where(sql`status = 'open'`)],
);

/**
 * Appeals (DSA Art. 20) against a decision about a review or its photos, or a block of the
 * reviewer's account: given with the review date and order number; a person decides; `reversed`
 * restores what the decision took away.
 */
export const reviewAppeals = pgTable(
  'review_appeals',
  {
    id: serial('id').primaryKey(),
    /** The statement of reasons appealed against. */
    statementId: uuid('statement_id').notNull(),
    reviewId: integer('review_id').references(() => reviews.id),
    blockId: integer('block_id').references(() => reviewerBlocks.id),
    appellantUserId: integer('appellant_user_id').references(() => users.id),
    appellantEmail: text('appellant_email').notNull(),
    orderNumber: text('order_number').notNull(),
    reviewDate: text('review_date').notNull(),
    explanation: text('explanation').notNull(),
    status: text('status', { enum: ['open', 'upheld', 'reversed'] }).notNull(),
    receivedAt: at('received_at').notNull(),
    decidedAt: at('decided_at'),
    decidedBy: integer('decided_by').references(() => users.id),
    decisionNote: text('decision_note'),
  },
  (t) => [index('review_appeals_open_idx').on(t.receivedAt).where(sql`status = 'open'`)],
);

/** A buyer's account blocked from reviewing after serious or repeated violations (temporary or permanent). */
export const reviewerBlocks = pgTable(
  'reviewer_blocks',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** Null: permanent. */
    until: at('until'),
    statementId: uuid('statement_id').notNull(),
    blockedAt: at('blocked_at').notNull(),
    blockedBy: integer('blocked_by').references(() => users.id),
    liftedAt: at('lifted_at'),
  },
  (t) => [index('reviewer_blocks_user_idx').on(t.userId)],
);

/**
 * The seller rating (the one shown anywhere and used by the buybox): the published reviews of the
 * seller published in the last 12 months (SELLER_RATING_WINDOW_MONTHS, seller-rating.rules.ts).
 * Kept by `refresh-seller-ratings.ts` (hourly, as the window moves, and after each change of a
 * review's publication); a seller without a row has no rating, and none is shown.
 */
export const sellerRatings = pgTable('seller_ratings', {
  sellerId: integer('seller_id')
    .primaryKey()
    .references(() => sellers.id),
  reviewCount: integer('review_count').notNull(),
  ratingSum: integer('rating_sum').notNull(),
  /** Start of the window the figures cover. */
  since: at('since').notNull(),
  refreshedAt: at('refreshed_at').notNull(),
});
