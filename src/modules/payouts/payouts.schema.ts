import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { categories } from '../catalog/catalog.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Fee settings operators can change; one row (id = 1). */
export const feeSettings = pgTable('fee_settings', {
  id: integer('id').primaryKey(),
  /** Commission on the amount incl. taxes and shipping, basis points. */
  defaultCommissionBp: integer('default_commission_bp').notNull(),
  /** Funds of an order become payable this many days after it shipped. */
  payoutDelayDays: integer('payout_delay_days').notNull(),
  updatedAt: at('updated_at').notNull(),
  updatedBy: integer('updated_by'),
});

/**
 * The monthly seller fee (net, minor units) per currency, one row per market currency: a seller
 * is charged in its payout currency (payout.rules.ts sellerPayoutCurrency), from that balance.
 */
export const monthlyFeeAmounts = pgTable('monthly_fee_amounts', {
  currency: text('currency').primaryKey(),
  amountMinor: integer('amount_minor').notNull(),
});

/** A commission rate for a category, overriding the seller's plan. */
export const categoryCommissionRates = pgTable('category_commission_rates', {
  categoryId: integer('category_id')
    .primaryKey()
    .references(() => categories.id),
  rateBp: integer('rate_bp').notNull(),
});

/** A seller's negotiated plan rate, overriding the default. */
export const sellerCommissionRates = pgTable('seller_commission_rates', {
  sellerId: integer('seller_id')
    .primaryKey()
    .references(() => sellers.id),
  rateBp: integer('rate_bp').notNull(),
});

/** Money sent to a seller: its ledger transaction is `payout` with this id as reference. */
export const payouts = pgTable(
  'payouts',
  {
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    /** Orders shipped up to this instant (minus the delay) are covered. */
    coversUntil: at('covers_until').notNull(),
    providerRef: text('provider_ref'),
    createdAt: at('created_at').notNull(),
    sentAt: at('sent_at'),
  },
  (t) => [index('payouts_seller_idx').on(t.sellerId, t.createdAt)],
);
