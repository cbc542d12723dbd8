import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { MARKET_CODES } from '../../platform/markets.ts';

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

export const categories = pgTable(
  'categories',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id'),
    level: smallint('level').notNull(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('categories_parent_idx').on(t.parentId)],
);

/** A typed product attribute: how it is displayed and compared. */
export type ProductAttribute =
  | { key: string; label: string; type: 'string'; value: string }
  | { key: string; label: string; type: 'integer' | 'decimal'; value: number; unit?: string }
  | { key: string; label: string; type: 'boolean'; value: boolean };

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id),
    brand: text('brand').notNull(),
    model: text('model').notNull(),
    name: text('name').notNull(),
    storageGb: integer('storage_gb'),
    colour: text('colour'),
    ean: text('ean').notNull().unique(),
    releaseYear: smallint('release_year').notNull(),
    description: text('description').notNull().default(''),
    attributes: jsonb('attributes').$type<ProductAttribute[]>().notNull().default([]),
    imageHue: smallint('image_hue').notNull().default(210),
    /** Lower-cased, accent-free text the search matches against (see catalog.rules normaliseSearchText). */
    searchText: text('search_text').notNull(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('simple'::regconfig, search_text)`,
    ),
    /** Units sold in the last 30 days, all markets; refreshed by the popularity job. */
    orders30d: integer('orders_30d').notNull().default(0),
    bestseller: boolean('bestseller').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('products_category_idx').on(t.categoryId),
    index('products_brand_idx').on(t.brand),
    index('products_search_vector_idx').using('gin', t.searchVector),
    index('products_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('products_popularity_idx').on(t.orders30d),
  ],
);

/** Vocabulary of product words, for correcting typos in queries ("iphnoe" → "iphone"). */
export const searchTerms = pgTable(
  'search_terms',
  {
    term: text('term').primaryKey(),
    frequency: integer('frequency').notNull().default(1),
  },
  (t) => [index('search_terms_trgm_idx').using('gin', t.term.op('gin_trgm_ops'))],
);

/**
 * One row per unit sold (written when an order line is paid). Popularity and the Bestseller
 * label are derived from it; the checkout issue writes it, the seed fills history.
 */
export const productSales = pgTable(
  'product_sales',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    market: text('market').notNull(),
    quantity: integer('quantity').notNull(),
    soldAt: timestamp('sold_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('product_sales_sold_at_idx').on(t.soldAt, t.productId)],
);

/**
 * The listing index: one narrow row per product and market where the product has at least one
 * buybox winner, carrying what search, facets and sorting need (winning price per grade, brand,
 * storage, colour, popularity, the search vector). Derived data: rebuilt by refreshListings
 * whenever a product's buyboxes or popularity change. See docs/decisions/0006.
 */
export const listings = pgTable(
  'listings',
  {
    market: text('market').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    categoryId: integer('category_id').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    brand: text('brand').notNull(),
    model: text('model').notNull(),
    storageGb: integer('storage_gb'),
    colour: text('colour'),
    imageHue: smallint('image_hue').notNull(),
    orders30d: integer('orders_30d').notNull(),
    bestseller: boolean('bestseller').notNull(),
    searchVector: tsvector('search_vector').notNull(),
    /** Grades with a winning offer, and the winner's price per grade (null = not offered). */
    grades: text('grades').array().notNull(),
    minPriceMinor: integer('min_price_minor').notNull(),
    pricePremium: integer('price_premium'),
    priceExcellent: integer('price_excellent'),
    priceVeryGood: integer('price_very_good'),
    priceGood: integer('price_good'),
    priceFair: integer('price_fair'),
    priceStallone: integer('price_stallone'),
    /** Grades whose winning offer sells under the margin scheme (no VAT shown separately). */
    marginGrades: text('margin_grades').array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.market, t.productId] }),
    index('listings_product_idx').on(t.productId),
    // One full-text index per market: far smaller posting lists than one index keyed by market.
    ...MARKET_CODES.map((m) =>
      index(`listings_search_${m.toLowerCase()}_idx`)
        .using('gin', t.searchVector)
        .where(sql.raw(`market = '${m}'`)),
    ),
    index('listings_category_idx').on(t.market, t.categoryId),
    index('listings_popularity_idx').on(t.market, t.orders30d),
  ],
);

/**
 * Catalog content per language (issue 13). The English text stays on the row it describes
 * (`categories.name`, `products.description`, the attribute's `label`/`value`) and is the fallback;
 * these tables hold the other languages. Language = the catalog language of a locale (`fr` for fr-BE).
 */
export const categoryNames = pgTable(
  'category_names',
  {
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.categoryId, t.language] })],
);

/** An attribute's label per language, by attribute key (`colour` → "Couleur"). */
export const attributeLabels = pgTable(
  'attribute_labels',
  {
    attributeKey: text('attribute_key').notNull(),
    language: text('language').notNull(),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.attributeKey, t.language] })],
);

/** A text attribute value per language, by attribute key and English value (`colour`, `Black` → "Noir"). */
export const attributeValues = pgTable(
  'attribute_values',
  {
    attributeKey: text('attribute_key').notNull(),
    value: text('value').notNull(),
    language: text('language').notNull(),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.attributeKey, t.value, t.language] })],
);

/** A product's description per language (the English one is `products.description`). */
export const productDescriptions = pgTable(
  'product_descriptions',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.productId, t.language] })],
);
