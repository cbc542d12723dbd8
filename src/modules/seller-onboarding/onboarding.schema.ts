import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A seller organisation's application (DSA Art. 30 trader traceability): reviewed by an operator
 * before the seller may publish offers. Documents live in the Storage interface; rows keep keys.
 */
export const sellerApplications = pgTable(
  'seller_applications',
  {
    id: serial('id').primaryKey(),
    applicantUserId: integer('applicant_user_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: ['submitted', 'needs_correction', 'approved', 'rejected'] }).notNull(),
    shopName: text('shop_name').notNull(),
    legalName: text('legal_name').notNull(),
    addressLine: text('address_line').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    country: text('country').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    tradeRegister: text('trade_register').notNull(),
    tradeRegisterNumber: text('trade_register_number').notNull(),
    vatNumber: text('vat_number'),
    vatConsultationRef: text('vat_consultation_ref'),
    iban: text('iban').notNull(),
    accountHolder: text('account_holder').notNull(),
    /** Storage key of the legal representative's ID document. */
    idDocumentKey: text('id_document_key').notNull(),
    idDocumentName: text('id_document_name').notNull(),
    selfCertifiedAt: at('self_certified_at').notNull(),
    reviewerId: integer('reviewer_id'),
    reviewNote: text('review_note'),
    reviewedAt: at('reviewed_at'),
    sellerId: integer('seller_id').references(() => sellers.id),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('seller_applications_status_idx').on(t.status, t.createdAt)],
);

/** Seller API keys (Back Market–style `Authorization: Basic <token>`), stored hashed, shown once. */
export const sellerApiKeys = pgTable(
  'seller_api_keys',
  {
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    name: text('name').notNull(),
    /** First characters, to recognise a key in the portal. */
    prefix: text('prefix').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: integer('created_by'),
    createdAt: at('created_at').notNull(),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('seller_api_keys_seller_idx').on(t.sellerId)],
);

/** Background tasks (CSV listing imports): progress and a per-line error report. */
export const sellerTasks = pgTable(
  'seller_tasks',
  {
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    kind: text('kind').notNull(),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] }).notNull(),
    total: integer('total').notNull().default(0),
    processed: integer('processed').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    input: text('input').notNull(),
    errors: jsonb('errors')
      .$type<Array<{ line: number; sku?: string; message: string }>>()
      .notNull()
      .default([]),
    createdAt: at('created_at').notNull(),
    finishedAt: at('finished_at'),
  },
  (t) => [index('seller_tasks_seller_idx').on(t.sellerId, t.createdAt)],
);

/** Every automatic price change, for the seller to see why a price moved. */
export const repricerLog = pgTable(
  'repricer_log',
  {
    id: serial('id').primaryKey(),
    offerId: integer('offer_id').notNull(),
    market: text('market').notNull(),
    fromMinor: integer('from_minor').notNull(),
    toMinor: integer('to_minor').notNull(),
    reason: text('reason').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('repricer_log_offer_idx').on(t.offerId, t.at)],
);

/** Outgoing webhooks for seller integrations, and their delivery log. */
export const sellerWebhooks = pgTable('seller_webhooks', {
  id: serial('id').primaryKey(),
  sellerId: integer('seller_id')
    .notNull()
    .references(() => sellers.id),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  events: jsonb('events').$type<string[]>().notNull(),
  createdAt: at('created_at').notNull(),
  disabledAt: at('disabled_at'),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: serial('id').primaryKey(),
    webhookId: integer('webhook_id')
      .notNull()
      .references(() => sellerWebhooks.id),
    event: text('event').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at').notNull(),
    deliveredAt: at('delivered_at'),
    lastStatus: integer('last_status'),
    lastError: text('last_error'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('webhook_deliveries_pending_idx').on(t.nextAttemptAt)],
);
