/**
 * Catalog query functions for other modules (offers, the seller API, the seller portal): does a
 * product exist, which product has this EAN, which products match what a seller typed.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { normaliseSearchText } from './catalog.rules.ts';
import { categories, products } from './catalog.schema.ts';

const UUID_RE = /^[0-9a-f-]{36}$/i;

export async function productExists(db: Pick<Db, 'select'>, productId: string): Promise<boolean> {
  const r = await db.select({ id: products.id }).from(products).where(eq(products.id, productId)).limit(1);
  return r.length > 0;
}

/** The id of the product with this id (any case), or null; null for text that is no UUID. */
export async function productIdIfExists(db: Pick<Db, 'select'>, id: string): Promise<string | null> {
  if (!UUID_RE.test(id)) return null;
  const [p] = await db.select({ id: products.id }).from(products).where(eq(products.id, id.toLowerCase()));
  return p?.id ?? null;
}

/** The id of the product with this EAN, or null. */
export async function productIdByEan(db: Pick<Db, 'select'>, ean: string): Promise<string | null> {
  const [p] = await db.select({ id: products.id }).from(products).where(eq(products.ean, ean));
  return p?.id ?? null;
}

export type ProductSummary = { id: string; name: string; ean: string; brand: string };

/** Name, EAN and brand of a product, or null (also for text that is no UUID). */
export async function productSummary(db: Db, productId: string): Promise<ProductSummary | null> {
  if (!UUID_RE.test(productId)) return null;
  const [p] = await db
    .select({ id: products.id, name: products.name, ean: products.ean, brand: products.brand })
    .from(products)
    .where(eq(products.id, productId));
  return p ?? null;
}

/** Catalog products by exact EAN or by name words (for listing a new offer), at most 20. */
export async function findProductsForListing(db: Db, q: string) {
  const text = q.trim();
  if (!text) return [];
  const cols = {
    id: products.id,
    name: products.name,
    brand: products.brand,
    ean: products.ean,
    slug: products.slug,
  };
  if (/^\d{8,14}$/.test(text)) return db.select(cols).from(products).where(eq(products.ean, text)).limit(20);
  const words = normaliseSearchText(text).split(' ').filter(Boolean).slice(0, 6);
  if (!words.length) return [];
  return db
    .select(cols)
    .from(products)
    .where(and(...words.map((w) => sql`${products.searchText} like ${`%${w}%`}`)))
    .orderBy(asc(products.name))
    .limit(20);
}

/** Every category, by position then name (uncached: the seller API's tree). */
export async function categoriesByPosition(db: Db) {
  return db.select().from(categories).orderBy(asc(categories.position), asc(categories.name));
}

/**
 * Per category and attribute key: how many products carry it, out of how many, and its first
 * `maxValues` distinct values (the seller API's category attributes).
 */
export async function categoryAttributeStats(db: Db, maxValues: number) {
  const res = (await db.execute(sql`
    WITH attrs AS (
      SELECT p.category_id, p.id, a->>'key' AS key, a->>'label' AS label, a->>'type' AS type, a->>'value' AS value
      FROM products p, jsonb_array_elements(p.attributes) a
    ), totals AS (SELECT category_id, count(*)::int AS n FROM products GROUP BY category_id)
    SELECT attrs.category_id, key, min(label) AS label, min(type) AS type,
      count(DISTINCT attrs.id)::int AS n, totals.n AS total,
      (array_agg(DISTINCT value ORDER BY value))[1:${maxValues}] AS "values"
    FROM attrs JOIN totals USING (category_id)
    GROUP BY attrs.category_id, key, totals.n
    ORDER BY attrs.category_id, key`)) as unknown as {
    rows: Array<{
      category_id: number;
      key: string;
      label: string;
      type: string;
      n: number;
      total: number;
      values: string[];
    }>;
  };
  return res.rows;
}
