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
import { payouts } from '../payouts/payouts.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A seller's connected account at the payment provider (Stripe Connect `acct_…`, or the sandbox's
 * test account), which receives the seller's payouts. One per seller and provider. Payouts are
 * held while `transfers_enabled` and `payouts_enabled` are not both true.
 */
export const sellerPaymentAccounts = pgTable(
  'seller_payment_accounts',
  {
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    provider: text('provider', { enum: ['sandbox', 'stripe'] }).notNull(),
    accountRef: text('account_ref').notNull(),
    transfersEnabled: boolean('transfers_enabled').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    detailsSubmitted: boolean('details_submitted').notNull().default(false),
    requirementsDue: jsonb('requirements_due').$type<string[]>().notNull().default([]),
    testMode: boolean('test_mode').notNull(),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('seller_payment_accounts_seller_uq').on(t.sellerId, t.provider),
    uniqueIndex('seller_payment_accounts_ref_uq').on(t.provider, t.accountRef),
  ],
);

/** The provider transfer that carried a payout to the seller's connected account (one per payout). */
export const sellerPayoutTransfers = pgTable(
  'seller_payout_transfers',
  {
    id: serial('id').primaryKey(),
    payoutId: integer('payout_id')
      .notNull()
      .references(() => payouts.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    provider: text('provider', { enum: ['sandbox', 'stripe'] }).notNull(),
    accountRef: text('account_ref').notNull(),
    transferRef: text('transfer_ref').notNull(),
    transferGroup: text('transfer_group').notNull(),
    /** The payment whose charge funded the transfer (Stripe `source_transaction`), if one did. */
    sourcePaymentRef: text('source_payment_ref'),
    sourceTransaction: text('source_transaction'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    /** Taken back so far by reversals that completed. */
    reversedMinor: integer('reversed_minor').notNull().default(0),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('seller_payout_transfers_payout_uq').on(t.payoutId),
    index('seller_payout_transfers_seller_idx').on(t.sellerId, t.currency),
  ],
);

/**
 * A reversal of (part of) a payout transfer, when a refund followed the payout. Written 'pending'
 * before the provider is called (its id is the idempotency key), 'done' once the provider answered.
 */
export const sellerTransferReversals = pgTable(
  'seller_transfer_reversals',
  {
    id: serial('id').primaryKey(),
    transferId: integer('transfer_id')
      .notNull()
      .references(() => sellerPayoutTransfers.id),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['pending', 'done'] }).notNull(),
    reversalRef: text('reversal_ref'),
    reason: text('reason').notNull(),
    createdAt: at('created_at').notNull(),
    doneAt: at('done_at'),
  },
  (t) => [index('seller_transfer_reversals_seller_idx').on(t.sellerId, t.currency)],
);
