import { eq, inArray, sql } from 'drizzle-orm';
import { type Clock, DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { invalidateReadCaches } from '../../platform/read-cache.ts';
import { bestsellerIds } from './catalog.rules.ts';
import { products } from './catalog.schema.ts';
import { refreshListingPopularity } from './refresh-listings.ts';

export const POPULARITY_WINDOW_DAYS = 30;

/** Recount units sold in the last 30 days per product and re-derive the Bestseller labels. */
export async function refreshPopularity({
  db,
  clock,
}: {
  db: Db;
  clock: Clock;
}): Promise<{ bestsellers: number }> {
  const since = new Date(clock.now().getTime() - POPULARITY_WINDOW_DAYS * DAY_MS);
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      WITH s AS (
        SELECT product_id, sum(quantity)::int AS units FROM product_sales
        WHERE sold_at >= ${since.toISOString()}::timestamptz GROUP BY product_id
      )
      UPDATE products p SET orders_30d = coalesce(s.units, 0)
      FROM products p2 LEFT JOIN s ON s.product_id = p2.id
      WHERE p.id = p2.id AND p.orders_30d <> coalesce(s.units, 0)`);
    const rows = await tx
      .select({ id: products.id, categoryId: products.categoryId, units30d: products.orders30d })
      .from(products);
    const ids = [...bestsellerIds(rows)];
    await tx.update(products).set({ bestseller: false }).where(eq(products.bestseller, true));
    for (let i = 0; i < ids.length; i += 1000) {
      await tx
        .update(products)
        .set({ bestseller: true })
        .where(inArray(products.id, ids.slice(i, i + 1000)));
    }
    await refreshListingPopularity({ db: tx });
    invalidateReadCaches();
    return { bestsellers: ids.length };
  });
}

/** Rebuild the vocabulary used to correct typos, from the words products are indexed by. */
export async function rebuildSearchTerms({ db }: { db: Db }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM search_terms`);
    await tx.execute(sql`
      INSERT INTO search_terms (term, frequency)
      SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM products') WHERE length(word) >= 2`);
  });
  invalidateReadCaches();
}
