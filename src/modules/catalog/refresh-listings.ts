import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

/**
 * Rebuild the listing index rows of some products (or of all): one row per product and market
 * with a buybox winner. A read model joining the catalog with the offers' materialised buyboxes,
 * so search never touches wide product rows or counts distinct products (decision 0006).
 */
export async function refreshListings({ db, productIds }: { db: Db; productIds?: string[] }): Promise<void> {
  if (productIds && productIds.length === 0) return;
  const ids =
    productIds &&
    sql.join(
      productIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
  const scope = (col: SQL) => (ids ? sql`${col} IN (${ids})` : sql`TRUE`);
  // Rows whose product has no winner left in that market go; the others are upserted, and only
  // when something changed: rewriting a row rewrites its search index entries (GIN), the cost
  // of a bulk import that touches thousands of products.
  await db.execute(sql`
    DELETE FROM listings l WHERE ${scope(sql`l.product_id`)}
      AND NOT EXISTS (SELECT 1 FROM buybox_winners b WHERE b.product_id = l.product_id AND b.market = l.market)`);
  await db.execute(sql`
    INSERT INTO listings (market, product_id, category_id, slug, name, brand, model, storage_gb, colour, image_hue,
      orders_30d, bestseller, search_vector, grades, min_price_minor,
      price_premium, price_excellent, price_very_good, price_good, price_fair, price_stallone, margin_grades)
    SELECT b.market, p.id, p.category_id, p.slug, p.name, p.brand, p.model, p.storage_gb, p.colour, p.image_hue,
      p.orders_30d, p.bestseller, p.search_vector, array_agg(b.grade ORDER BY b.grade), min(b.price_minor),
      min(b.price_minor) FILTER (WHERE b.grade = 'PREMIUM'),
      min(b.price_minor) FILTER (WHERE b.grade = 'EXCELLENT'),
      min(b.price_minor) FILTER (WHERE b.grade = 'VERY_GOOD'),
      min(b.price_minor) FILTER (WHERE b.grade = 'GOOD'),
      min(b.price_minor) FILTER (WHERE b.grade = 'FAIR'),
      min(b.price_minor) FILTER (WHERE b.grade = 'STALLONE'),
      coalesce(array_agg(b.grade ORDER BY b.grade) FILTER (WHERE o.vat_type = 'MARGINAL'), '{}')
    FROM products p JOIN buybox_winners b ON b.product_id = p.id JOIN offers o ON o.id = b.offer_id
    WHERE ${scope(sql`p.id`)}
    GROUP BY b.market, p.id
    ON CONFLICT (market, product_id) DO UPDATE SET
      category_id = excluded.category_id, slug = excluded.slug, name = excluded.name, brand = excluded.brand,
      model = excluded.model, storage_gb = excluded.storage_gb, colour = excluded.colour,
      image_hue = excluded.image_hue, orders_30d = excluded.orders_30d, bestseller = excluded.bestseller,
      search_vector = excluded.search_vector, grades = excluded.grades, min_price_minor = excluded.min_price_minor,
      price_premium = excluded.price_premium, price_excellent = excluded.price_excellent,
      price_very_good = excluded.price_very_good, price_good = excluded.price_good,
      price_fair = excluded.price_fair, price_stallone = excluded.price_stallone,
      margin_grades = excluded.margin_grades
    WHERE (listings.category_id, listings.slug, listings.name, listings.brand, listings.model, listings.storage_gb,
        listings.colour, listings.image_hue, listings.orders_30d, listings.bestseller, listings.search_vector,
        listings.grades, listings.min_price_minor, listings.price_premium, listings.price_excellent,
        listings.price_very_good, listings.price_good, listings.price_fair, listings.price_stallone,
        listings.margin_grades)
      IS DISTINCT FROM (excluded.category_id, excluded.slug, excluded.name, excluded.brand, excluded.model,
        excluded.storage_gb, excluded.colour, excluded.image_hue, excluded.orders_30d, excluded.bestseller,
        excluded.search_vector, excluded.grades, excluded.min_price_minor, excluded.price_premium,
        excluded.price_excellent, excluded.price_very_good, excluded.price_good, excluded.price_fair,
        excluded.price_stallone, excluded.margin_grades)`);
}

/** Copy popularity and Bestseller labels into the listing index. */
export async function refreshListingPopularity({ db }: { db: Db }): Promise<void> {
  await db.execute(sql`
    UPDATE listings l SET orders_30d = p.orders_30d, bestseller = p.bestseller
    FROM products p
    WHERE p.id = l.product_id AND (l.orders_30d <> p.orders_30d OR l.bestseller <> p.bestseller)`);
}
