import { sql } from 'drizzle-orm';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import { generateOffers, generateProducts, generateSellers } from './generate.ts';
import { loadDataset, type Progress } from './load.ts';

export const DEMO_SIZE = { sellers: 30, products: 300, offers: 3000 };

/** Load the demo marketplace once; a second call sees sellers and does nothing. */
export async function seedDemo({
  db,
  clock,
  onProgress,
}: {
  db: Db;
  clock: Clock;
  onProgress?: Progress;
}): Promise<boolean> {
  const res = (await db.execute(sql`SELECT count(*)::int AS n FROM sellers`)) as unknown as {
    rows: Array<{ n: number }>;
  };
  if ((res.rows[0]?.n ?? 0) > 0) return false;
  const products = generateProducts(DEMO_SIZE.products);
  const sellers = generateSellers(DEMO_SIZE.sellers);
  await loadDataset({
    db,
    clock,
    products,
    sellers,
    offers: generateOffers({ count: DEMO_SIZE.offers, products, sellers }),
    offerCount: DEMO_SIZE.offers,
    sales: { days: 60, unitsPerDay: 120 },
    onProgress,
  });
  return true;
}
