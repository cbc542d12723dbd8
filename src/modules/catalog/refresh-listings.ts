import { sql } from 'drizzle-orm';
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
  await db.execute(sql`DELETE FROM listings WHERE ${ids ? sql`product_id IN (${ids})` : sql`TRUE`}`);
  await db.execute(sql`
    INSERT INTO listings (market, product_id, category_id, slug, name, brand, model, storage_gb, colour, image_hue,
      orders_30d, bestseller, search_vector, grades, min_price_minor,
      price_premium, price_excellent, price_very_good, price_good, price_fair, price_stallone)
    SELECT b.market, p.id, p.category_id, p.slug, p.name, p.brand, p.model, p.storage_gb, p.colour, p.image_hue,
      p.orders_30d, p.bestseller, p.search_vector, array_agg(b.grade ORDER BY b.grade), min(b.price_minor),
      min(b.price_minor) FILTER (WHERE b.grade = 'PREMIUM'),
      min(b.price_minor) FILTER (WHERE b.grade = 'EXCELLENT'),
      min(b.price_minor) FILTER (WHERE b.grade = 'VERY_GOOD'),
      min(b.price_minor) FILTER (WHERE b.grade = 'GOOD'),
      min(b.price_minor) FILTER (WHERE b.grade = 'FAIR'),
      min(b.price_minor) FILTER (WHERE b.grade = 'STALLONE')
    FROM products p JOIN buybox_winners b ON b.product_id = p.id
    WHERE ${ids ? sql`p.id IN (${ids})` : sql`TRUE`}
    GROUP BY b.market, p.id`);
}

/** Copy popularity and Bestseller labels into the listing index. */
export async function refreshListingPopularity({ db }: { db: Db }): Promise<void> {
  await db.execute(sql`
    UPDATE listings l SET orders_30d = p.orders_30d, bestseller = p.bestseller
    FROM products p
    WHERE p.id = l.product_id AND (l.orders_30d <> p.orders_30d OR l.bestseller <> p.bestseller)`);
}
