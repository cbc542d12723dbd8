import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../app/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { json, problemResponse } from '../../platform/http/openapi.ts';
import { marketByLocale } from '../../platform/markets.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import { findProduct } from '../catalog/catalog.store.ts';
import { getSeller } from '../sellers/get-seller.ts';
import { ZReviewListQuerySchema, ZReviewListSchema } from './review-display.api-types.ts';
import { publishedPhoto } from './review-display.read-model.ts';
import { parseReviewFilters, type ReviewsView } from './review-display.ts';
import { sellerRatingSince } from './seller-rating.rules.ts';

const TAGS = ['Reviews'];
const LIST_RESPONSES = {
  200: json(ZReviewListSchema, 'Published reviews with their summary'),
  400: problemResponse('Malformed parameters (the field is named)'),
  404: problemResponse('Unknown market, product or seller'),
};

export const listProductReviewsRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/products/{idOrSlug}/reviews',
  tags: TAGS,
  summary: "A product's published reviews: total, average, distribution, sub-ratings and a page",
  description:
    'Verified reviews of buyers whose order line was delivered. Comments come in the market’s language when a translation exists (`translated`), with the original and its language; `country` is the country of purchase.',
  request: {
    params: z.object({
      idOrSlug: z
        .string()
        .min(1)
        .max(200)
        .openapi({ param: { name: 'idOrSlug', in: 'path' }, example: 'iphone-13-128-gb-midnight' }),
    }),
    query: ZReviewListQuerySchema,
  },
  responses: LIST_RESPONSES,
});

export const listSellerReviewsRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/sellers/{slug}/reviews',
  tags: TAGS,
  summary: "A seller's published reviews; the summary is its seller rating (last 12 months)",
  request: {
    params: z.object({
      slug: z
        .string()
        .min(1)
        .max(120)
        .openapi({ param: { name: 'slug', in: 'path' } }),
    }),
    query: ZReviewListQuerySchema,
  },
  responses: LIST_RESPONSES,
});

export const reviewPhotoRoute = createRoute({
  middleware: [PUBLIC] as const,
  method: 'get',
  path: '/api/v1/review-photos/{id}',
  tags: TAGS,
  summary: 'A published review photo (approved by moderation); 404 for any other',
  request: {
    params: z.object({
      id: z.coerce
        .number()
        .int()
        .min(1)
        .max(2_147_483_647)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
  },
  responses: {
    200: {
      description: 'The image',
      content: { 'image/jpeg': { schema: z.any() }, 'image/webp': { schema: z.any() } },
    },
    400: problemResponse('Malformed id'),
    404: problemResponse('No published photo'),
  },
});

export const reviewPhotoUrl = (id: number) => `/api/v1/review-photos/${id}`;

export function presentReviews(v: ReviewsView, market: string) {
  return {
    market,
    sort: v.query.sort,
    page: v.query.page,
    pageSize: v.query.pageSize,
    total: v.total,
    average: v.rating?.average ?? null,
    ratingCount: v.rating?.count ?? 0,
    distribution: v.distribution,
    subRatings: v.subRatings,
    reviews: v.reviews.map((r) => ({
      id: r.id,
      rating: r.rating,
      subRatings: r.subRatings,
      comment: r.comment,
      translated: r.translated,
      language: r.language,
      originalComment: r.originalComment,
      country: r.market,
      author: r.author,
      publishedAt: r.publishedAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      photos: r.photos.map((p) => ({ ...p, url: reviewPhotoUrl(p.id) })),
      reply: r.reply ? { text: r.reply.text, at: r.reply.at.toISOString(), seller: r.reply.seller } : null,
    })),
  };
}

type ListQuery = z.infer<typeof ZReviewListQuerySchema>;

function listQuery(q: ListQuery, repeatedStars: string[] | undefined) {
  const market = marketByLocale(q.market);
  if (!market) throw AppError.notFound(`Market "${q.market}"`);
  const filters = parseReviewFilters({ sort: q.sort, stars: repeatedStars, withPhotos: q.withPhotos });
  return {
    market,
    query: { ...filters, page: q.page, pageSize: q.pageSize, language: q.market.slice(0, 2) },
  };
}

/** The public reviews API and the photo route (the display side of the reviews module). */
export function registerReviewDisplayApi(app: App, deps: Deps): void {
  const { db } = deps;
  // Slug or id → product, cached like the catalog's reads (the answer itself is cached by showJson).
  const products = new ReadCache<{ id: string } | null>({
    max: 5000,
    ttlMs: deps.config.CATALOG_CACHE_TTL_MS,
  });
  app.openapi(listProductReviewsRoute, async (c) => {
    const { market, query } = listQuery(c.req.valid('query'), c.req.queries('stars'));
    const idOrSlug = c.req.valid('param').idOrSlug;
    const product = await products.get(idOrSlug, async () => (await findProduct(db, idOrSlug)) ?? null);
    if (!product) throw AppError.notFound('Product');
    const body = await deps.reviewReads.showJson({ productId: product.id }, query, market.locale, (v) =>
      presentReviews(v, market.locale),
    );
    // Already serialised (and shaped by presentReviews) once per cache period: sent as it is.
    return c.body(body, 200, { 'content-type': 'application/json' }) as never;
  });

  app.openapi(listSellerReviewsRoute, async (c) => {
    const { market, query } = listQuery(c.req.valid('query'), c.req.queries('stars'));
    const seller = await getSeller({ db, slug: c.req.valid('param').slug });
    const scope = { sellerId: seller.id, since: sellerRatingSince(deps.clock.now()) };
    const [view, ratings] = await Promise.all([
      deps.reviewReads.show(scope, query),
      deps.reviewReads.sellerRatings([seller.id]),
    ]);
    const rating = ratings.get(seller.id) ?? null;
    // The seller rating is one figure wherever it is shown: the one kept in seller_ratings.
    return c.json(presentReviews({ ...view, rating }, market.locale), 200);
  });

  app.openapi(reviewPhotoRoute, async (c) => {
    const photo = await publishedPhoto(db, c.req.valid('param').id);
    const stored = photo ? await deps.storage.get(photo.storageKey) : null;
    if (!photo || !stored) throw AppError.notFound('Photo');
    return c.body(stored.bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': photo.contentType,
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    }) as never;
  });
}
