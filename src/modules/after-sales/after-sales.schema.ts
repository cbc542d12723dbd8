import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * "Get help" care folders: one per order line and problem, between the buyer and the seller, with
 * customer service able to step in. Owned by the after-sales module.
 */
export const careFolders = pgTable(
  'care_folders',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    buyerUserId: integer('buyer_user_id').references(() => users.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    market: text('market').notNull(),
    problem: text('problem').notNull(),
    status: text('status', {
      enum: ['awaiting_seller', 'awaiting_buyer', 'with_customer_service', 'closed'],
    }).notNull(),
    /** Customer service was asked in (by the buyer, the seller or an operator). */
    escalated: boolean('escalated').notNull().default(false),
    assignedOperatorId: integer('assigned_operator_id').references(() => users.id),
    closingReason: text('closing_reason'),
    openedAt: at('opened_at').notNull(),
    /** When the turn passed to whoever must answer now (response targets count from it). */
    turnSince: at('turn_since').notNull(),
    lastMessageAt: at('last_message_at').notNull(),
    closedAt: at('closed_at'),
    reopenedCount: integer('reopened_count').notNull().default(0),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('care_folders_buyer_idx').on(t.buyerUserId, t.id),
    index('care_folders_seller_idx').on(t.sellerId, t.status, t.id),
    index('care_folders_queue_idx').on(t.status, t.turnSince),
    uniqueIndex('care_folders_open_line_uq').on(t.orderLineId).where(sql`status <> 'closed'`),
  ],
);

export const careMessages = pgTable(
  'care_messages',
  {
    id: serial('id').primaryKey(),
    folderId: integer('folder_id')
      .notNull()
      .references(() => careFolders.id),
    party: text('party', { enum: ['buyer', 'seller', 'operator'] }).notNull(),
    authorUserId: integer('author_user_id').references(() => users.id),
    body: text('body').notNull(),
    /** An operators' note the buyer and seller never see. */
    internal: boolean('internal').notNull().default(false),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('care_messages_folder_idx').on(t.folderId, t.id)],
);

export const careAttachments = pgTable(
  'care_attachments',
  {
    id: serial('id').primaryKey(),
    folderId: integer('folder_id')
      .notNull()
      .references(() => careFolders.id),
    messageId: integer('message_id')
      .notNull()
      .references(() => careMessages.id),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('care_attachments_folder_idx').on(t.folderId)],
);

/**
 * Returns of delivered lines: the legal withdrawal or a commercial return, from the request to
 * the refund. The refund itself is the refunds module's (refundOrderLine), the restock the offers
 * module's; this table follows the parcel coming back.
 */
export const returns = pgTable(
  'returns',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    buyerUserId: integer('buyer_user_id').references(() => users.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    kind: text('kind', { enum: ['withdrawal', 'commercial'] }).notNull(),
    status: text('status', {
      enum: ['requested', 'label_issued', 'received', 'refunded', 'refused'],
    }).notNull(),
    reason: text('reason').notNull(),
    /** The buyer's statement (the model withdrawal form, filled in) for a withdrawal. */
    statement: text('statement'),
    quantity: integer('quantity').notNull(),
    refundAmountMinor: integer('refund_amount_minor').notNull(),
    /** The last day of the window the request was made in, and the day the refund is due by. */
    windowEndsOn: text('window_ends_on').notNull(),
    refundDueOn: text('refund_due_on'),
    carrier: text('carrier'),
    trackingNumber: text('tracking_number'),
    requestedAt: at('requested_at').notNull(),
    labelIssuedAt: at('label_issued_at'),
    receivedAt: at('received_at'),
    refundedAt: at('refunded_at'),
    refundId: integer('refund_id'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('returns_seller_idx').on(t.sellerId, t.status, t.id),
    index('returns_buyer_idx').on(t.buyerUserId, t.id),
    uniqueIndex('returns_open_line_uq').on(t.orderLineId).where(sql`status NOT IN ('refunded', 'refused')`),
  ],
);

/**
 * Warranty claims: a defect within the commercial warranty (≥ 12 months from delivery) or the
 * legal guarantee of conformity (24 months), and what the seller does about it — repair,
 * replacement or refund — followed to completion.
 */
export const warrantyClaims = pgTable(
  'warranty_claims',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    buyerUserId: integer('buyer_user_id').references(() => users.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** Under which promise: the seller's warranty, or the legal guarantee after it. */
    basis: text('basis', { enum: ['commercial_warranty', 'legal_guarantee'] }).notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'completed', 'refused'] }).notNull(),
    outcome: text('outcome', { enum: ['repair', 'replacement', 'refund'] }),
    warrantyEndsOn: text('warranty_ends_on').notNull(),
    legalGuaranteeEndsOn: text('legal_guarantee_ends_on').notNull(),
    openedAt: at('opened_at').notNull(),
    decidedAt: at('decided_at'),
    completedAt: at('completed_at'),
    refundId: integer('refund_id'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('warranty_claims_seller_idx').on(t.sellerId, t.status, t.id),
    index('warranty_claims_buyer_idx').on(t.buyerUserId, t.id),
  ],
);

/**
 * Items the seller sends back to the buyer within a care folder (a repaired or replaced device),
 * declared with the carrier's tracking number (Back Market's item transfer). A tracking number is
 * declared once.
 */
export const careItemTransfers = pgTable(
  'care_item_transfers',
  {
    id: serial('id').primaryKey(),
    folderId: integer('folder_id')
      .notNull()
      .references(() => careFolders.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    /** The carrier as the seller named it, and its code in the delivery module's carriers. */
    shipperName: text('shipper_name').notNull(),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull(),
    /** The tracking number normalised (delivery's trackingKey): what must be unique. */
    trackingKey: text('tracking_key').notNull(),
    action: text('action', { enum: ['REPAIR', 'REPLACE', 'NOTHING'] }),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('care_item_transfers_tracking_uq').on(t.trackingKey),
    index('care_item_transfers_folder_idx').on(t.folderId),
  ],
);

/**
 * Claims on the device insurance (breakage, theft, liquid damage where covered), filed by the
 * buyer on a policy of their insured line and followed at the insurer (refresh-insurance-claims
 * polls it). At most one open claim per policy. The policy is checkout's (insurance_policies).
 */
export const insuranceClaims = pgTable(
  'insurance_claims',
  {
    id: serial('id').primaryKey(),
    policyId: integer('policy_id').notNull(),
    policyRef: text('policy_ref').notNull(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    buyerUserId: integer('buyer_user_id').references(() => users.id),
    cover: text('cover', { enum: ['breakage', 'theft', 'liquid_damage'] }).notNull(),
    incidentOn: text('incident_on').notNull(),
    description: text('description').notNull(),
    /** The photos and documents sent with it (stored under `insurance-claims/…`). */
    attachments: jsonb('attachments')
      .$type<Array<{ key: string; name: string; contentType: string; sizeBytes: number }>>()
      .notNull()
      .default([]),
    provider: text('provider').notNull(),
    providerClaimRef: text('provider_claim_ref').notNull(),
    status: text('status', { enum: ['under_review', 'accepted', 'refused', 'settled'] }).notNull(),
    outcome: text('outcome', { enum: ['repair', 'replacement', 'payout'] }),
    refusalReason: text('refusal_reason'),
    filedAt: at('filed_at').notNull(),
    decidedAt: at('decided_at'),
    settledAt: at('settled_at'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('insurance_claims_buyer_idx').on(t.buyerUserId, t.id),
    index('insurance_claims_line_idx').on(t.orderLineId),
    uniqueIndex('insurance_claims_ref_uq').on(t.providerClaimRef),
    uniqueIndex('insurance_claims_open_policy_uq')
      .on(t.policyId)
      .where(sql`status IN ('under_review', 'accepted')`),
    index('insurance_claims_open_idx').on(t.status).where(sql`status IN ('under_review', 'accepted')`),
  ],
);
