import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { products } from '../catalog/catalog.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A person's marketing choices (issue 16): channels, newsletter categories and frequency, and the
 * legal basis with its time — explicit opt-in (a box the person ticked) or soft opt-in (ePrivacy
 * Art. 13(2): an existing customer, similar products, opt-out offered at collection). An objection
 * to marketing (`objectedAt`) stops everything, whatever else is stored. `saleOptOutAt`: the US
 * "do not sell or share" opt-out (CCPA/CPRA), recorded for the account.
 */
export const marketingPreferences = pgTable(
  'marketing_preferences',
  {
    userId: integer('user_id')
      .primaryKey()
      .references(() => users.id),
    email: boolean('email').notNull().default(false),
    sms: boolean('sms').notNull().default(false),
    push: boolean('push').notNull().default(false),
    categories: jsonb('categories').$type<string[]>().notNull().default([]),
    frequency: text('frequency', { enum: ['weekly', 'monthly'] })
      .notNull()
      .default('monthly'),
    basis: text('basis', { enum: ['none', 'explicit', 'soft_opt_in'] })
      .notNull()
      .default('none'),
    basisAt: at('basis_at'),
    /** Where the basis was given: 'account', 'sign_up', 'checkout', 'demo'. */
    basisSource: text('basis_source'),
    objectedAt: at('objected_at'),
    saleOptOutAt: at('sale_opt_out_at'),
    /** 'account', 'gpc' (the browser's Global Privacy Control signal), 'email' (confirmed form). */
    saleOptOutSource: text('sale_opt_out_source'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [check('marketing_preferences_basis_ck', sql`${t.basis} = 'none' OR ${t.basisAt} IS NOT NULL`)],
);

/** One newsletter issue sent to one person: the job's idempotency (one email per person and issue). */
export const newsletterSends = pgTable(
  'newsletter_sends',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** 'M2026-11' (monthly) or 'W2026-47' (weekly, ISO week). */
    issue: text('issue').notNull(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.issue] })],
);

/**
 * "Do not sell or share" requests of people without an account (US market): recorded once the
 * emailed link is opened. Only the token's SHA-256 is stored.
 */
export const saleOptOutRequests = pgTable(
  'sale_opt_out_requests',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    market: text('market').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: at('created_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    confirmedAt: at('confirmed_at'),
  },
  (t) => [
    uniqueIndex('sale_opt_out_requests_token_uq').on(t.tokenHash),
    index('sale_opt_out_requests_email_idx').on(t.email),
  ],
);

/**
 * Availability and price alerts: "email me when this product, in this grade and market, is back
 * in stock / costs at most this price". Emailed once, then fulfilled; the person may re-arm it.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    market: text('market').notNull(),
    grade: text('grade').notNull(),
    kind: text('kind', { enum: ['back_in_stock', 'price_below'] }).notNull(),
    /** The price at or below which to email (price_below), in the market's currency. */
    targetMinor: integer('target_minor'),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['active', 'paused', 'fulfilled'] })
      .notNull()
      .default('active'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    fulfilledAt: at('fulfilled_at'),
    /** The buybox price the email announced. */
    fulfilledPriceMinor: integer('fulfilled_price_minor'),
  },
  (t) => [
    index('alerts_user_idx').on(t.userId, t.id),
    index('alerts_active_idx').on(t.productId, t.market, t.grade).where(sql`status = 'active'`),
    check(
      'alerts_target_ck',
      sql`(${t.kind} = 'price_below' AND ${t.targetMinor} > 0) OR (${t.kind} = 'back_in_stock' AND ${t.targetMinor} IS NULL)`,
    ),
  ],
);

/**
 * A new version of the privacy policy or the terms, announced to one person before it takes
 * effect: once per person, document kind, market and version (the job's idempotency).
 */
export const policyNotices = pgTable(
  'policy_notices',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    market: text('market').notNull(),
    version: text('version').notNull(),
    sentAt: at('sent_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.market, t.version] })],
);
