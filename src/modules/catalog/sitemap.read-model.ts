/**
 * Read model for the sitemaps and the hreflang alternates of catalog pages: which products,
 * categories and sellers each market offers, with their last change. Serves `web/shop/seo`.
 * Reads the listing index (catalog), the offers' buybox winners and offers, and sellers; never writes.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

/** A page of the sitemap: its slug, the markets (codes) where it exists, its last change (ISO, UTC). */
export type SitemapRow = { slug: string; markets: string[]; lastmod: string | null };

const ISO = (expr: ReturnType<typeof sql>) =>
  sql`to_char((${expr}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** How many products are listed (have a buybox winner) in a market. */
export async function listedProductCount(db: Db, market: string): Promise<number> {
  const [r] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM listings WHERE market = ${market}`,
  );
  return r?.n ?? 0;
}

/**
 * Products listed in a market, by slug, a page at a time: the markets where each is listed too,
 * and its last change (creation, or the latest change of a winning offer in this market).
 */
export async function listedProducts(
  db: Db,
  market: string,
  page: { offset: number; limit: number },
): Promise<SitemapRow[]> {
  return rows<SitemapRow>(
    db,
    sql`SELECT l.slug,
      (SELECT array_agg(x.market ORDER BY x.market) FROM listings x WHERE x.product_id = l.product_id) AS markets,
      ${ISO(sql`greatest(p.created_at, (SELECT max(o.updated_at) FROM buybox_winners b JOIN offers o ON o.id = b.offer_id
        WHERE b.product_id = l.product_id AND b.market = l.market))`)} AS lastmod
    FROM listings l JOIN products p ON p.id = l.product_id
    WHERE l.market = ${market}
    ORDER BY l.slug
    LIMIT ${page.limit} OFFSET ${page.offset}`,
  );
}

/** The markets where one product is listed (its product page shows an offer there). */
export async function productListedMarkets(db: Db, productId: string): Promise<string[]> {
  const r = await rows<{ market: string }>(
    db,
    sql`SELECT market FROM listings WHERE product_id = ${productId}::uuid ORDER BY market`,
  );
  return r.map((x) => x.market);
}

/**
 * Categories with at least one listed product (in their subtree) per market, with the latest
 * change among those products' winning offers.
 */
export async function listedCategories(db: Db): Promise<SitemapRow[]> {
  return rows<SitemapRow>(
    db,
    sql`WITH RECURSIVE tree(ancestor_id, id) AS (
        SELECT id, id FROM categories
        UNION ALL SELECT t.ancestor_id, c.id FROM tree t JOIN categories c ON c.parent_id = t.id
      ), per_market AS (
        SELECT t.ancestor_id, l.market, max(o.updated_at) AS changed
        FROM tree t JOIN listings l ON l.category_id = t.id
        JOIN buybox_winners b ON b.product_id = l.product_id AND b.market = l.market
        JOIN offers o ON o.id = b.offer_id
        GROUP BY t.ancestor_id, l.market
      )
      SELECT c.slug, array_agg(m.market ORDER BY m.market) AS markets, ${ISO(sql`max(m.changed)`)} AS lastmod
      FROM per_market m JOIN categories c ON c.id = m.ancestor_id
      GROUP BY c.slug ORDER BY c.slug`,
  );
}

/** Active sellers with a buybox-winning offer per market, with the latest change of their offers. */
export async function listedSellers(db: Db): Promise<SitemapRow[]> {
  return rows<SitemapRow>(
    db,
    sql`SELECT s.slug, array_agg(DISTINCT b.market ORDER BY b.market) AS markets,
        ${ISO(sql`greatest(s.created_at, max(o.updated_at))`)} AS lastmod
      FROM sellers s JOIN buybox_winners b ON b.seller_id = s.id JOIN offers o ON o.id = b.offer_id
      WHERE s.status = 'active'
      GROUP BY s.id, s.slug ORDER BY s.slug`,
  );
}
