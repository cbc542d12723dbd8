import { boolean, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const sellers = pgTable('sellers', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  /** Shop name shown to buyers. */
  name: text('name').notNull(),
  // Trader details (DSA Art. 30), shown on listings.
  legalName: text('legal_name').notNull(),
  addressLine: text('address_line').notNull(),
  postalCode: text('postal_code').notNull(),
  city: text('city').notNull(),
  country: text('country').notNull(),
  tradeRegister: text('trade_register').notNull(),
  tradeRegisterNumber: text('trade_register_number').notNull(),
  vatNumber: text('vat_number'),
  email: text('email').notNull(),
  phone: text('phone').notNull(),
  status: text('status', { enum: ['active', 'suspended', 'closed'] })
    .notNull()
    .default('active'),
  verified: boolean('verified').notNull().default(false),
  /**
   * The seller's OSS option (VATD Art. 59c): established in one member state and under the EU-wide
   * EUR 10 000 threshold of cross-border distance sales, it charges its own state's VAT on them.
   * False (the default): destination VAT.
   */
  underOssThreshold: boolean('under_oss_threshold').notNull().default(false),
  /** IBAN for payouts (checksum-validated at onboarding) and its holder. */
  iban: text('iban'),
  accountHolder: text('account_holder'),
  /** Trader data is kept until this date (end of contract + 6 months); null while the contract runs. */
  retainTraderDataUntil: timestamp('retain_trader_data_until', { withTimezone: true }),
  /** Statement of reasons of the current suspension, if any. */
  suspensionStatementId: text('suspension_statement_id'),
  // Quality rates in basis points (100 = 1 %), rolling 90 days; seeded now, computed later.
  aestheticDefectBp: integer('aesthetic_defect_bp').notNull().default(0),
  wrongProductBp: integer('wrong_product_bp').notNull().default(0),
  defectiveProductBp: integer('defective_product_bp').notNull().default(0),
  wrongAccessoriesBp: integer('wrong_accessories_bp').notNull().default(0),
  lateDeliveryBp: integer('late_delivery_bp').notNull().default(0),
  cancellationBp: integer('cancellation_bp').notNull().default(0),
  /** Since when some rate is above its review threshold (null while all are within). */
  qualityFlaggedAt: timestamp('quality_flagged_at', { withTimezone: true }),
  /** The last operator review of the quality flag, its outcome and note. */
  qualityReviewedAt: timestamp('quality_reviewed_at', { withTimezone: true }),
  qualityReviewOutcome: text('quality_review_outcome', { enum: ['no_action', 'warned', 'suspended'] }),
  qualityReviewNote: text('quality_review_note'),
  /** Days after delivery a buyer may return an item (commercial window; never below the legal 14). */
  returnWindowDays: integer('return_window_days').notNull().default(30),
  description: text('description').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
