import { sql } from 'drizzle-orm';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import { seedDemoAccounts } from './demo-accounts.ts';
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
  if ((res.rows[0]?.n ?? 0) > 0) {
    await seedDemoAccounts({ db, clock });
    return false;
  }
  await loadGeneratedMarketplace({
    db,
    clock,
    size: DEMO_SIZE,
    sales: { days: 60, unitsPerDay: 120 },
    onProgress,
  });
  await seedDemoAccounts({ db, clock });
  return true;
}

/** Generate a deterministic marketplace of the given size and load it (demo, tests, benchmarks). */
export async function loadGeneratedMarketplace({
  db,
  clock,
  size,
  sales,
  onProgress,
}: {
  db: Db;
  clock: Clock;
  size: { sellers: number; products: number; offers: number };
  sales: { days: number; unitsPerDay: number };
  onProgress?: Progress;
}): Promise<void> {
  const products = generateProducts(size.products);
  const sellers = generateSellers(size.sellers);
  await loadDataset({
    db,
    clock,
    products,
    sellers,
    offers: generateOffers({ count: size.offers, products, sellers }),
    offerCount: size.offers,
    sales,
    onProgress,
  });
}
