import { sql } from 'drizzle-orm';
import { categories, products } from '../modules/catalog/catalog.schema.ts';
import { rebuildSearchTerms, refreshPopularity } from '../modules/catalog/refresh-popularity.ts';
import { invalidateCatalogDictionary } from '../modules/catalog/translations/catalog-content.ts';
import { refreshBuybox } from '../modules/offers/refresh-buybox.ts';
import { QUALITY_WINDOW_DAYS, qualityDay } from '../modules/quality/quality.rules.ts';
import { sellers } from '../modules/sellers/sellers.schema.ts';
import type { Clock } from '../platform/clock.ts';
import { DAY_MS } from '../platform/clock.ts';
import { bulkInsert } from '../platform/db/bulk.ts';
import type { Db } from '../platform/db/client.ts';
import {
  ATTRIBUTE_LABELS,
  COLOUR_NAMES,
  CONTENT_LANGUAGES,
  categoryNameIn,
  colourIn,
  describeProduct,
} from './catalog-translations.ts';
import {
  flattenCategories,
  type GenOffer,
  type GenProduct,
  type GenSeller,
  generateQualityHistory,
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
  await loadCatalogDictionary(db, cats, catIds);
  const catBySlug = new Map(cats.map((c) => [c.slug, c]));
  // A product is found by its category names and colour in every language ("ordinateur", "schwarz").
  const namesOf = (slug: string, colour: string): string[] => {
    const names: string[] = [];
    let c = catBySlug.get(slug);
    while (c) {
      names.unshift(c.name, ...CONTENT_LANGUAGES.map((l) => categoryNameIn(c!.name, l)));
      c = c.parentKey ? cats[c.parentKey - 1] : undefined;
    }
    names.push(...CONTENT_LANGUAGES.map((l) => colourIn(colour, l)));
    return [...new Set(names)];
  };

  const sellerIds: number[] = [];
  await inBatches(genSellers, 500, async (batch) => {
    const rows = await db
      .insert(sellers)
      .values(batch.map(({ rates, markets: _m, ...s }) => ({ ...s, ...rates })))
      .returning({ id: sellers.id });
    sellerIds.push(...rows.map((r) => r.id));
  });
  const historyRows = genSellers.flatMap((g, i) =>
    generateQualityHistory(g.rates, QUALITY_WINDOW_DAYS, 1_000 + i).map((h) => ({
      seller_id: sellerIds[i]!,
      day: qualityDay(new Date(now - h.daysAgo * DAY_MS)),
      aesthetic_defect_bp: h.rates.aestheticDefectBp,
      wrong_product_bp: h.rates.wrongProductBp,
      defective_product_bp: h.rates.defectiveProductBp,
      wrong_accessories_bp: h.rates.wrongAccessoriesBp,
      late_delivery_bp: h.rates.lateDeliveryBp,
      cancellation_bp: h.rates.cancellationBp,
    })),
  );
  await inBatches(historyRows, 10_000, async (b) => {
    await bulkInsert(
      db,
      'seller_quality_days',
      {
        seller_id: 'int',
        day: 'date',
        aesthetic_defect_bp: 'int',
        wrong_product_bp: 'int',
        defective_product_bp: 'int',
        wrong_accessories_bp: 'int',
        late_delivery_bp: 'int',
        cancellation_bp: 'int',
      },
      b,
    );
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
            const full = withSearchText(p, namesOf(p.categorySlug, p.colour));
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
      await bulkInsert(
        db,
        'product_descriptions',
        { product_id: 'uuid', language: 'text', text: 'text' },
        batch.flatMap((p, i) =>
          CONTENT_LANGUAGES.map((language) => ({
            product_id: rows[i]!.id,
            language,
            text: describeProduct(language, p),
          })),
        ),
      );
    },
    (done) => onProgress('products', done, genProducts.length),
  );

  let offerBatch: GenOffer[] = [];
  let loaded = 0;
  const flush = async () => {
    if (offerBatch.length === 0) return;
    const batch = offerBatch;
    offerBatch = [];
    const rows = await bulkInsert<{ id: number; seller_id: number; sku: string }>(
      db,
      'offers',
      {
        seller_id: 'int',
        product_id: 'uuid',
        grade: 'text',
        sku: 'text',
        quantity: 'int',
        warranty_months: 'int',
        vat_type: 'text',
        published: 'bool',
        created_at: 'timestamptz',
        updated_at: 'timestamptz',
      },
      batch.map((o) => ({
        seller_id: sellerIds[o.sellerIndex]!,
        product_id: productIds[o.productIndex]!,
        grade: o.grade,
        sku: o.sku,
        quantity: o.quantity,
        warranty_months: o.warrantyMonths,
        vat_type: o.vatType,
        published: o.published,
        created_at: new Date(now - o.createdAtOffsetMs),
        updated_at: new Date(now - o.createdAtOffsetMs),
      })),
      ['id', 'seller_id', 'sku'],
    );
    const idOf = new Map(rows.map((r) => [`${r.seller_id}|${r.sku}`, r.id]));
    const prices = batch.flatMap((o) =>
      o.prices.map((p) => ({
        offer_id: idOf.get(`${sellerIds[o.sellerIndex]}|${o.sku}`)!,
        market: p.market,
        currency: p.currency,
        price_minor: p.priceMinor,
        min_price_minor: p.minPriceMinor,
        comment: p.comment,
        shipping: p.shipping,
      })),
    );
    await bulkInsert(
      db,
      'offer_prices',
      {
        offer_id: 'int',
        market: 'text',
        currency: 'text',
        price_minor: 'int',
        min_price_minor: 'int',
        comment: 'text',
        shipping: 'jsonb',
      },
      prices,
    );
    loaded += batch.length;
    onProgress('offers', loaded, offerCount);
  };
  for (const o of genOffers) {
    offerBatch.push(o);
    if (offerBatch.length >= 1000) await flush();
  }
  await flush();

  const salesRows = [...generateSales({ products: genProducts, ...sales })].map((s) => ({
    product_id: productIds[s.productIndex]!,
    market: s.market,
    quantity: s.quantity,
    sold_at: new Date(now - s.daysAgo * DAY_MS),
  }));
  await inBatches(
    salesRows,
    10_000,
    async (b) => {
      const columns = {
        product_id: 'uuid',
        market: 'text',
        quantity: 'int',
        sold_at: 'timestamptz',
      } as const;
      await bulkInsert(db, 'product_sales', columns, b);
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

/** Category names, attribute labels and colour names in every content language. */
async function loadCatalogDictionary(
  db: Db,
  cats: ReturnType<typeof flattenCategories>,
  catIds: Map<number, number>,
): Promise<void> {
  await bulkInsert(
    db,
    'category_names',
    { category_id: 'int', language: 'text', name: 'text' },
    cats.flatMap((c) =>
      CONTENT_LANGUAGES.map((language) => ({
        category_id: catIds.get(c.key)!,
        language,
        name: categoryNameIn(c.name, language),
      })),
    ),
  );
  await bulkInsert(
    db,
    'attribute_labels',
    { attribute_key: 'text', language: 'text', label: 'text' },
    Object.entries(ATTRIBUTE_LABELS).flatMap(([key, words]) =>
      CONTENT_LANGUAGES.map((language) => ({ attribute_key: key, language, label: words[language] })),
    ),
    undefined,
    sql`ON CONFLICT DO NOTHING`,
  );
  await bulkInsert(
    db,
    'attribute_values',
    { attribute_key: 'text', value: 'text', language: 'text', label: 'text' },
    Object.entries(COLOUR_NAMES).flatMap(([value, words]) =>
      CONTENT_LANGUAGES.map((language) => ({
        attribute_key: 'colour',
        value,
        language,
        label: words[language],
      })),
    ),
    undefined,
    sql`ON CONFLICT DO NOTHING`,
  );
  invalidateCatalogDictionary();
}
