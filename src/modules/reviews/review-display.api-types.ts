import { z } from '@hono/zod-openapi';
import { REVIEW_SORTS } from './review-ranking.rules.ts';

export const MAX_REVIEWS_PAGE_SIZE = 50;

const ZStarsSchema = z
  .string()
  .max(20)
  .regex(/^[1-5](,[1-5])*$/, 'must be star ratings from 1 to 5, comma-separated');

export const ZReviewListQuerySchema = z.strictObject({
  market: z
    .string()
    .regex(/^[a-z]{2}-[a-z]{2}$/, 'must be a locale code like "fr-fr"')
    .default('fr-fr')
    .openapi({ description: 'Storefront: its language picks the translations shown', example: 'fr-fr' }),
  sort: z.enum(REVIEW_SORTS).default('relevance').openapi({
    description:
      'relevance (default: the documented relevance score, then newer, then id), recent, highest, lowest',
  }),
  stars: z
    .union([ZStarsSchema, z.array(ZStarsSchema).max(5)])
    .optional()
    .openapi({ description: 'Only reviews with these ratings: 4,5 or stars=4&stars=5', example: '4,5' }),
  withPhotos: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .openapi({ description: 'Only reviews with photos' }),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_REVIEWS_PAGE_SIZE).default(10),
});

const ZSubRatingsSchema = z
  .object({
    value: z.number().int(),
    delivery: z.number().int(),
    packaging: z.number().int(),
    performance: z.number().int(),
    aesthetics: z.number().int(),
  })
  .partial();

export const ZPublicReviewSchema = z
  .object({
    id: z.number().int(),
    rating: z.number().int().min(1).max(5),
    subRatings: ZSubRatingsSchema,
    comment: z
      .string()
      .openapi({ description: "In the market's language when translated, else the original" }),
    translated: z.boolean(),
    language: z.string().openapi({ description: 'Language of the original comment (BCP 47 primary tag)' }),
    originalComment: z.string(),
    country: z.string().openapi({ description: 'Country (market) of purchase', example: 'FR' }),
    author: z.string().nullable().openapi({ description: 'First name and initial', example: 'Ada L.' }),
    publishedAt: z.string(),
    editedAt: z.string().nullable(),
    photos: z.array(
      z.object({ id: z.number().int(), url: z.string(), width: z.number().int(), height: z.number().int() }),
    ),
    reply: z
      .object({ text: z.string(), at: z.string(), seller: z.string() })
      .nullable()
      .openapi({ description: "The seller's public reply" }),
  })
  .openapi('PublicReview');

export const ZReviewListSchema = z
  .object({
    market: z.string(),
    sort: z.enum(REVIEW_SORTS),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().openapi({ description: 'Published reviews matching the filters' }),
    average: z.number().nullable().openapi({
      description:
        'Average rating to one decimal (a seller: over the last 12 months, its seller rating); null without any review',
    }),
    ratingCount: z.number().int(),
    distribution: z.object({
      1: z.number().int(),
      2: z.number().int(),
      3: z.number().int(),
      4: z.number().int(),
      5: z.number().int(),
    }),
    subRatings: z.array(z.object({ key: z.string(), average: z.number(), count: z.number().int() })),
    reviews: z.array(ZPublicReviewSchema),
  })
  .openapi('ReviewList');
