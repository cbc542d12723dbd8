import { sql } from 'drizzle-orm';
import { categories, productSales, products } from '../modules/catalog/catalog.schema.ts';
import { rebuildSearchTerms, refreshPopularity } from '../modules/catalog/refresh-popularity.ts';
import { offerPrices, offers } from '../modules/offers/offers.schema.ts';
import { refreshBuybox } from '../modules/offers/refresh-buybox.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import type { Clock } from '../platform/clock.ts';
import { DAY_MS } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import {
  flattenCategories,
  type GenOffer,
  type GenProduct,
  type GenSeller,
  generateSales,
  withSearchText,
} from './generate.ts';

export type Progress = (step: string, done: number, total: number) => void;

async function inBatches<T>(
  items: T[],
  size: number,
  fn: (batch: T[]) => Promise<void>,
  onBatch?: (done: number) => void,
) {
  for (let i = 0; i < items.length; i += size) {
    await fn(items.slice(i, i + size));
    onBatch?.(Math.min(i + size, items.length));
  }
}

/** Bulk-load a generated dataset: categories, sellers, products, offers, sales; then derived data. */
export async function loadDataset({
  db,
  clock,
  products: genProducts,
  sellers: genSellers,
  offers: genOffers,
  offerCount,
  sales,
  onProgress = () => {},
}: {
  db: Db;
  clock: Clock;
  products: GenProduct[];
  sellers: GenSeller[];
  offers: Iterable<GenOffer>;
  offerCount: number;
  sales: { days: number; unitsPerDay: number };
  onProgress?: Progress;
}): Promise<void> {
  const now = clock.now().getTime();
  const cats = flattenCategories();
  const catIds = new Map<number, number>();
  for (const c of cats) {
    const [row] = await db
      .insert(categories)
      .values({
        parentId: c.parentKey ? catIds.get(c.parentKey)! : null,
        level: c.level,
        slug: c.slug,
        name: c.name,
        position: c.position,
      })
      .returning({ id: categories.id });
    catIds.set(c.key, row!.id);
  }
  const catBySlug = new Map(cats.map((c) => [c.slug, c]));
  const namesOf = (slug: string): string[] => {
    const names: string[] = [];
    let c = catBySlug.get(slug);
    while (c) {
      names.unshift(c.name);
      c = c.parentKey ? cats[c.parentKey - 1] : undefined;
    }
    return names;
  };

  const sellerIds: number[] = [];
  await inBatches(genSellers, 500, async (batch) => {
    const rows = await db
      .insert(sellers)
      .values(batch.map(({ rates, markets: _m, ...s }) => ({ ...s, ...rates })))
      .returning({ id: sellers.id });
    sellerIds.push(...rows.map((r) => r.id));
  });
  onProgress('sellers', genSellers.length, genSellers.length);

  const productIds: string[] = [];
  await inBatches(
    genProducts,
    500,
    async (batch) => {
      const rows = await db
        .insert(products)
        .values(
          batch.map((p) => {
            const full = withSearchText(p, namesOf(p.categorySlug));
            const leaf = catBySlug.get(p.categorySlug)!;
            return {
              slug: full.slug,
              categoryId: catIds.get(leaf.key)!,
              brand: full.brand,
              model: full.model,
              name: full.name,
              storageGb: full.storageGb,
              colour: full.colour,
              ean: full.ean,
              releaseYear: full.releaseYear,
              description: full.description,
              attributes: full.attributes,
              imageHue: full.imageHue,
              searchText: full.searchText,
            };
          }),
        )
        .returning({ id: products.id });
      productIds.push(...rows.map((r) => r.id));
    },
    (done) => onProgress('products', done, genProducts.length),
  );

  let offerBatch: GenOffer[] = [];
  let loaded = 0;
  const flush = async () => {
    if (offerBatch.length === 0) return;
    const batch = offerBatch;
    offerBatch = [];
    const rows = await db
      .insert(offers)
      .values(
        batch.map((o) => ({
          sellerId: sellerIds[o.sellerIndex]!,
          productId: productIds[o.productIndex]!,
          grade: o.grade,
          sku: o.sku,
          quantity: o.quantity,
          warrantyMonths: o.warrantyMonths,
          vatType: o.vatType,
          published: o.published,
          createdAt: new Date(now - o.createdAtOffsetMs),
          updatedAt: new Date(now - o.createdAtOffsetMs),
        })),
      )
      .returning({ id: offers.id });
    const prices = batch.flatMap((o, i) => o.prices.map((p) => ({ offerId: rows[i]!.id, ...p })));
    await inBatches(prices, 2000, async (b) => {
      await db.insert(offerPrices).values(b);
    });
    loaded += batch.length;
    onProgress('offers', loaded, offerCount);
  };
  for (const o of genOffers) {
    offerBatch.push(o);
    if (offerBatch.length >= 1000) await flush();
  }
  await flush();

  const salesRows = [...generateSales({ products: genProducts, ...sales })].map((s) => ({
    productId: productIds[s.productIndex]!,
    market: s.market,
    quantity: s.quantity,
    soldAt: new Date(now - s.daysAgo * DAY_MS),
  }));
  await inBatches(
    salesRows,
    2000,
    async (b) => {
      await db.insert(productSales).values(b);
    },
    (done) => onProgress('sales', done, salesRows.length),
  );

  await inBatches(
    productIds,
    500,
    async (batch) => {
      await refreshBuybox({ db, productIds: batch });
    },
    (done) => onProgress('buybox', done, productIds.length),
  );
  await refreshPopularity({ db, clock });
  await rebuildSearchTerms({ db });
  await db.execute(sql`ANALYZE`);
  onProgress('done', 1, 1);
}
