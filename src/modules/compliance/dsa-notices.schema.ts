import { boolean, index, integer, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { statementsOfReasons } from './compliance.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * DSA Art. 16 notices of illegal content sent through the public form (or the API), each resolved
 * to the content its URL names (offer, product, review, seller), and the decision a person took
 * on it. Written by submit-dsa-notice.ts and decide-dsa-notice.ts only. Reports about a review go
 * here too (with the review's id): the reviews module's own notices (review_notices) are for its
 * criteria; an illegality report is decided here and removes the review through removeReview.
 */
export const dsaNotices = pgTable(
  'dsa_notices',
  {
    id: serial('id').primaryKey(),
    /** The storefront market the form was sent from (FR, DE…). */
    market: text('market').notNull(),
    /** The locale the notifier is answered in. */
    locale: text('locale').notNull(),
    contentKind: text('content_kind', {
      enum: ['offer', 'product', 'review', 'seller', 'other'],
    }).notNull(),
    /** Art. 16(2)(b): the exact URL given. */
    url: text('url').notNull(),
    /** What the URL was resolved to (none for 'other'). */
    productId: uuid('product_id'),
    offerId: integer('offer_id'),
    reviewId: integer('review_id'),
    sellerId: integer('seller_id'),
    /** notice.rules.ts NOTICE_CATEGORIES (maps to the Transparency Database category). */
    category: text('category').notNull(),
    explanation: text('explanation').notNull(),
    /** Art. 16(2)(c): required except for child sexual abuse material. */
    notifierName: text('notifier_name'),
    notifierEmail: text('notifier_email'),
    notifierUserId: integer('notifier_user_id').references(() => users.id),
    /** Art. 16(2)(d): the bona fide statement, always true when stored. */
    goodFaith: boolean('good_faith').notNull(),
    status: text('status', { enum: ['open', 'decided'] }).notNull(),
    decision: text('decision', { enum: ['no_action', 'delist_offer', 'remove_review'] }),
    /** Why: the operator's reasoning, told to the notifier. */
    decisionReason: text('decision_reason'),
    /** The statement of reasons of the restriction (none for no action). */
    statementId: uuid('statement_id').references(() => statementsOfReasons.id),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    receivedAt: at('received_at').notNull(),
  },
  (t) => [
    index('dsa_notices_queue_idx').on(t.status, t.receivedAt),
    index('dsa_notices_statement_idx').on(t.statementId),
  ],
);

/**
 * DSA Art. 20 internal complaints: by the person a statement of reasons was addressed to (or a
 * member of the seller concerned), or by a notifier about the decision on their notice. Written
 * by submit-complaint.ts and decide-complaint.ts only.
 */
export const dsaComplaints = pgTable(
  'dsa_complaints',
  {
    id: serial('id').primaryKey(),
    /** The decision complained about: a statement of reasons, or a notice's decision. */
    statementId: uuid('statement_id').references(() => statementsOfReasons.id),
    noticeId: integer('notice_id').references(() => dsaNotices.id),
    complainantUserId: integer('complainant_user_id').references(() => users.id),
    complainantEmail: text('complainant_email').notNull(),
    complainantLocale: text('complainant_locale').notNull(),
    market: text('market').notNull(),
    explanation: text('explanation').notNull(),
    /** When the complainant was informed of the decision (the window runs from here). */
    informedAt: at('informed_at').notNull(),
    status: text('status', { enum: ['open', 'upheld', 'rejected'] }).notNull(),
    /** What upholding it did (complaint.rules.ts REVERSALS), or 'not_possible'. */
    reversal: text('reversal'),
    decisionNote: text('decision_note'),
    decidedBy: integer('decided_by').references(() => users.id),
    decidedAt: at('decided_at'),
    receivedAt: at('received_at').notNull(),
  },
  (t) => [
    index('dsa_complaints_queue_idx').on(t.status, t.receivedAt),
    index('dsa_complaints_statement_idx').on(t.statementId),
  ],
);

/**
 * DSA Art. 32: a product sold on Reloop found illegal. Buyers of the last 6 months were emailed;
 * when some could not be reached the notice is published on the product page.
 */
export const productSafetyNotices = pgTable(
  'product_safety_notices',
  {
    id: serial('id').primaryKey(),
    productId: uuid('product_id').notNull(),
    /** The trader who sold it (null: every seller of the product). */
    sellerId: integer('seller_id'),
    noticeId: integer('notice_id').references(() => dsaNotices.id),
    /** What is illegal about it, in plain words (shown to buyers). */
    illegality: text('illegality').notNull(),
    /** The law it breaks. */
    legalGround: text('legal_ground').notNull(),
    buyersNotified: integer('buyers_notified').notNull(),
    buyersWithoutContact: integer('buyers_without_contact').notNull(),
    /** Shown on the product page (buyers could not all be reached, or the operator chose so). */
    published: boolean('published').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('product_safety_notices_product_idx').on(t.productId, t.createdAt)],
);
