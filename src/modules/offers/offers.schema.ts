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
import { products } from '../catalog/catalog.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { ShippingOption } from './shipping.ts';

export type { ShippingOption };

export const offers = pgTable(
  'offers',
  {
    /** Back Market's listing_id. */
    id: serial('id').primaryKey(),
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    grade: text('grade').notNull(),
    sku: text('sku').notNull(),
    /** Global stock across markets; 0 = offline. */
    quantity: integer('quantity').notNull(),
    warrantyMonths: integer('warranty_months').notNull(),
    vatType: text('vat_type').notNull(),
    published: boolean('published').notNull().default(true),
    /**
     * When the platform took the offer out of sale after a DSA notice (delist-offer.ts); null
     * otherwise. While set, the seller cannot publish it again (update-offer-terms.ts): only an
     * upheld complaint (relist-offer.ts) clears it.
     */
    delistedByPlatformAt: timestamp('delisted_by_platform_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('offers_seller_sku_ci_idx').on(t.sellerId, sql`lower(${t.sku})`),
    index('offers_product_idx').on(t.productId),
    check('offers_quantity_ck', sql`${t.quantity} >= 0`),
    check('offers_warranty_ck', sql`${t.warrantyMonths} >= 12`),
    check('offers_grade_ck', sql`${t.grade} in ('PREMIUM','EXCELLENT','VERY_GOOD','GOOD','FAIR','STALLONE')`),
    check('offers_vat_type_ck', sql`${t.vatType} in ('REGULAR','MARGINAL')`),
  ],
);

/** Per-market terms of an offer: price, floor for the repricer, comment, shipping. */
export const offerPrices = pgTable(
  'offer_prices',
  {
    offerId: integer('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    market: text('market').notNull(),
    currency: text('currency').notNull(),
    priceMinor: integer('price_minor').notNull(),
    minPriceMinor: integer('min_price_minor'),
    comment: text('comment').notNull().default(''),
    shipping: jsonb('shipping').$type<ShippingOption[]>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.market] }),
    check('offer_prices_price_ck', sql`${t.priceMinor} > 0`),
  ],
);

/**
 * The buybox, materialised: the winning offer per product × market × grade. Recomputed in the
 * same transaction as any change to the product's offers (refreshBuybox); listings read it.
 */
export const buyboxWinners = pgTable(
  'buybox_winners',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    market: text('market').notNull(),
    grade: text('grade').notNull(),
    offerId: integer('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    sellerId: integer('seller_id').notNull(),
    priceMinor: integer('price_minor').notNull(),
    landedMinor: integer('landed_minor').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.market, t.grade] }),
    index('buybox_market_price_idx').on(t.market, t.priceMinor),
    // Deleting an offer cascades here: find its rows by index, not by a scan.
    index('buybox_winners_offer_idx').on(t.offerId),
  ],
);
