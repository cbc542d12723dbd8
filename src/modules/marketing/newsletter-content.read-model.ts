/**
 * Read model: what a newsletter shows in one market — the best-selling products with their lowest
 * winning price, and the newest products on sale (the catalog's listing index). Never writes.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { listings, products } from '../catalog/catalog.schema.ts';

export type NewsletterPick = { slug: string; name: string; priceMinor: number };

export async function newsletterPicks(
  db: Db,
  market: string,
  limit = 3,
): Promise<{ deals: NewsletterPick[]; newArrivals: NewsletterPick[] }> {
  const columns = { slug: listings.slug, name: listings.name, priceMinor: listings.minPriceMinor };
  const deals = await db
    .select(columns)
    .from(listings)
    .where(eq(listings.market, market))
    .orderBy(desc(listings.orders30d), listings.slug)
    .limit(limit);
  const newArrivals = await db
    .select(columns)
    .from(listings)
    .innerJoin(products, and(eq(products.id, listings.productId)))
    .where(eq(listings.market, market))
    .orderBy(desc(products.createdAt), listings.slug)
    .limit(limit);
  return { deals, newArrivals };
}
