import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { formatAmount, MAX_AMOUNT_MINOR } from '../../platform/money.ts';
import { getProductBuyboxes } from '../offers/get-product-buyboxes.ts';
import { sellerRatingOf } from '../reviews/seller-ratings.ts';
import { getSeller } from '../sellers/get-seller.ts';
import {
  ZCategorySchema,
  ZMarketParamSchema,
  ZMarketSchema,
  ZProductDetailSchema,
  ZProductListSchema,
  ZProductOffersSchema,
  ZSellerPublicSchema,
} from './catalog.api-types.ts';
import {
  categoryTree,
  presentMarkets,
  presentRankedOffer,
  presentSearch,
  presentSeller,
  requireMarket,
} from './catalog.present.ts';
import { products } from './catalog.schema.ts';
import { findProduct, offeredProductCounts } from './catalog.store.ts';
import { MAX_PAGE_SIZE, searchProducts } from './search-products.ts';
import { catalogLanguage, localizedCategories } from './translations/catalog-content.ts';

/** Price filters are read by the one money parser (platform/money.ts): bounds and separators. */
const PRICE_FILTER = `In the market's currency, 0.00 to ${formatAmount(MAX_AMOUNT_MINOR, 'EUR')}; a decimal comma ("12,50") where the market writes one`;

/** Comma-separated or repeated query values: brand=Apple,Samsung or brand=Apple&brand=Samsung. */
const ZListParamSchema = z.string().max(500).optional().openapi({ description: 'Comma-separated values' });
const splitList = (all: string[] | undefined) =>
  (all ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const marketQuery = z.strictObject({ market: ZMarketParamSchema });

export const listMarketsRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/markets',
  tags: ['Catalog'],
  summary: 'Markets with currency, locale and dated VAT rates',
  responses: { 200: json(z.object({ markets: z.array(ZMarketSchema) }), 'Markets') },
});

export const listCategoriesRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/categories',
  tags: ['Catalog'],
  summary: 'The three-level category tree, with counts of products on offer in the market',
  request: { query: marketQuery },
  responses: {
    200: json(z.object({ market: z.string(), categories: z.array(ZCategorySchema) }), 'Category tree'),
    400: problemResponse('Malformed parameters'),
    404: problemResponse('Unknown market'),
  },
});

export const listProductsRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/products',
  tags: ['Catalog'],
  summary: 'Search and browse products, with facets',
  description:
    'Full-text search that tolerates typos and accents; facets count products per value with every other filter applied.',
  request: {
    query: z.strictObject({
      market: ZMarketParamSchema,
      q: z.string().max(200).optional(),
      category: z.string().max(120).optional().openapi({ description: 'Category slug, any level' }),
      brand: ZListParamSchema,
      grade: ZListParamSchema.openapi({ description: 'Comma-separated grades, e.g. EXCELLENT,GOOD' }),
      storage: ZListParamSchema.openapi({ description: 'Comma-separated storage sizes in GB' }),
      colour: ZListParamSchema,
      minPrice: z.string().max(20).optional().openapi({ example: '100.00', description: PRICE_FILTER }),
      maxPrice: z.string().max(20).optional().openapi({ example: '400.00', description: PRICE_FILTER }),
      sort: z.enum(['relevance', 'popularity', 'price_asc', 'price_desc']).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(24),
    }),
  },
  responses: {
    200: json(ZProductListSchema, 'A page of products'),
    400: problemResponse('Malformed parameters'),
    404: problemResponse('Unknown market or category'),
  },
});

const productParams = z.object({
  idOrSlug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'idOrSlug', in: 'path' }, example: 'iphone-13-128-gb-midnight' }),
});

export const getProductRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/products/{idOrSlug}',
  tags: ['Catalog'],
  summary: "A product with every grade's buybox winner and runners-up",
  request: { params: productParams, query: marketQuery },
  responses: {
    200: json(ZProductDetailSchema, 'Product'),
    400: problemResponse('Malformed parameters'),
    404: problemResponse('Unknown market or product'),
  },
});

export const getProductOffersRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/products/{idOrSlug}/offers',
  tags: ['Catalog'],
  summary: 'Every eligible offer, ranked, with landed price, seller quality rates and price to win',
  request: { params: productParams, query: marketQuery },
  responses: {
    200: json(ZProductOffersSchema, 'Offers'),
    400: problemResponse('Malformed parameters'),
    404: problemResponse('Unknown market or product'),
  },
});

export const getSellerRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/sellers/{slug}',
  tags: ['Catalog'],
  summary: "A seller's public trader details (DSA Art. 30)",
  request: {
    params: z.object({
      slug: z
        .string()
        .min(1)
        .max(120)
        .openapi({ param: { name: 'slug', in: 'path' } }),
    }),
  },
  responses: { 200: json(ZSellerPublicSchema, 'Seller'), 404: problemResponse('Unknown seller') },
});

export const benchFloorRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/_bench/floor',
  tags: ['Internal'],
  summary: 'Benchmark floor: one primary-key lookup, nothing else',
  request: { query: z.strictObject({ id: z.uuid() }) },
  responses: {
    200: json(z.object({ id: z.string(), slug: z.string() }), 'Row'),
    404: problemResponse('No row'),
  },
});

export function registerCatalogRoutes(app: App, deps: Deps): void {
  const { db } = deps;
  app.openapi(listMarketsRoute, (c) => c.json({ markets: presentMarkets(deps.clock.now()) }, 200));

  app.openapi(listCategoriesRoute, async (c) => {
    const market = requireMarket(c.req.valid('query').market);
    const [rows, counts] = await Promise.all([
      localizedCategories(db, catalogLanguage(market.locale)),
      offeredProductCounts(db, market.code),
    ]);
    return c.json({ market: market.locale, categories: categoryTree(rows, counts) }, 200);
  });

  app.openapi(listProductsRoute, async (c) => {
    const q = c.req.valid('query');
    const market = requireMarket(q.market);
    const { result } = await searchProducts({
      db,
      search: deps.search,
      input: {
        market,
        q: q.q,
        category: q.category,
        brand: splitList(c.req.queries('brand')),
        grade: splitList(c.req.queries('grade')),
        storage: splitList(c.req.queries('storage')),
        colour: splitList(c.req.queries('colour')),
        minPrice: q.minPrice,
        maxPrice: q.maxPrice,
        sort: q.sort,
        page: q.page,
        pageSize: q.pageSize,
      },
    });
    return c.json(presentSearch(result, market, q.page, q.pageSize), 200);
  });

  app.openapi(getProductRoute, async (c) => {
    const market = requireMarket(c.req.valid('query').market);
    const body = await deps.reads.productJson(c.req.valid('param').idOrSlug, market);
    // Already serialised (and schema-shaped by presentProduct): send the cached bytes as they are.
    return c.body(body, 200, { 'content-type': 'application/json' }) as never;
  });

  app.openapi(getProductOffersRoute, async (c) => {
    const market = requireMarket(c.req.valid('query').market);
    const product = await findProduct(db, c.req.valid('param').idOrSlug);
    if (!product) throw AppError.notFound('Product');
    const grades = await getProductBuyboxes({ db, productId: product.id, market });
    return c.json(
      {
        productId: product.id,
        market: market.locale,
        offers: grades.flatMap((g) => g.ranking.map(presentRankedOffer)),
      },
      200,
    );
  });

  app.openapi(getSellerRoute, async (c) => {
    const seller = await getSeller({ db, slug: c.req.valid('param').slug });
    return c.json(presentSeller(seller, await sellerRatingOf(db, seller.id)), 200);
  });

  // The benchmarks' floor (one primary-key lookup): only in benchmark mode (BENCHMARK=true).
  if (!deps.config.BENCHMARK) return;
  app.openapi(benchFloorRoute, async (c) => {
    const [row] = await db
      .select({ id: products.id, slug: products.slug })
      .from(products)
      .where(eq(products.id, c.req.valid('query').id))
      .limit(1);
    if (!row) throw AppError.notFound('Product');
    return c.json(row, 200);
  });
}
