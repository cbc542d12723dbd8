import { z } from '@hono/zod-openapi';
import { GRADES, VAT_TYPES } from '../offers/grades.ts';

export const ZApiMoneySchema = z
  .object({
    amount: z.string().openapi({ example: '349.00', description: 'Decimal string, never a float' }),
    currency: z.string().openapi({ example: 'EUR' }),
  })
  .openapi('Money');

export const ZMarketParamSchema = z
  .string()
  .regex(/^[a-z]{2}-[a-z]{2}$/, 'must be a locale code like "fr-fr"')
  .default('fr-fr')
  .openapi({ description: 'Market, in Back Market locale form', example: 'fr-fr' });

export const ZMarketSchema = z
  .object({
    code: z.string(),
    locale: z.string(),
    name: z.string(),
    currency: z.string(),
    eu: z.boolean(),
    standardVatRate: z
      .string()
      .nullable()
      .openapi({ description: 'Percent today, e.g. "20.00"; null where there is no VAT' }),
    vatRates: z.array(z.object({ from: z.string(), to: z.string().nullable(), rate: z.string() })),
  })
  .openapi('Market');

export type TCategoryNode = {
  id: number;
  slug: string;
  name: string;
  level: number;
  productCount: number;
  children: TCategoryNode[];
};
export const ZCategorySchema: z.ZodType<TCategoryNode> = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    level: z.number().int(),
    productCount: z.number().int(),
    get children() {
      return z.array(ZCategorySchema);
    },
  })
  .openapi('Category');

export const ZGradeSchema = z.enum(GRADES).openapi('Grade');

export const ZProductSummarySchema = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    brand: z.string(),
    model: z.string(),
    storageGb: z.number().int().nullable(),
    colour: z.string().nullable(),
    image: z.string(),
    bestseller: z.boolean(),
    soldLast30Days: z.number().int(),
    fromPrice: ZApiMoneySchema,
    grades: z.array(ZGradeSchema),
  })
  .openapi('ProductSummary');

const ZFacetValueSchema = z.object({ value: z.string(), count: z.number().int() });
export const ZFacetsSchema = z
  .object({
    brand: z.array(ZFacetValueSchema),
    grade: z.array(ZFacetValueSchema),
    storage: z.array(ZFacetValueSchema),
    colour: z.array(ZFacetValueSchema),
    price: z.array(
      z.object({ min: ZApiMoneySchema, max: ZApiMoneySchema.nullable(), count: z.number().int() }),
    ),
  })
  .openapi('Facets');

export const ZProductListSchema = z
  .object({
    items: z.array(ZProductSummarySchema),
    facets: ZFacetsSchema,
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    interpretedQuery: z.string().nullable().openapi({ description: 'The query after typo correction' }),
  })
  .openapi('ProductList');

export const ZSellerPublicSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    legalName: z.string(),
    address: z.string(),
    country: z.string(),
    tradeRegister: z.string(),
    tradeRegisterNumber: z.string(),
    vatNumber: z.string().nullable(),
    email: z.string(),
    phone: z.string(),
    rating: z.number().nullable().openapi({
      description:
        'Average rating out of 5, to one decimal, of the published reviews of the last 12 months; null without any',
    }),
    ratingCount: z.number().int().openapi({ description: 'Published reviews of the last 12 months' }),
  })
  .openapi('SellerPublic');

export const ZQualityRatesSchema = z
  .object({
    aestheticDefect: z.number(),
    wrongProduct: z.number(),
    defectiveProduct: z.number(),
    wrongAccessories: z.number(),
    lateDelivery: z.number(),
    cancellation: z.number(),
  })
  .openapi('QualityRates', { description: 'Rates in percent over the last 90 days' });

export const ZOfferSchema = z
  .object({
    id: z.number().int().openapi({ description: 'Listing id' }),
    grade: ZGradeSchema,
    price: ZApiMoneySchema,
    shipping: z.array(z.object({ carrier: z.string(), price: ZApiMoneySchema, delayDays: z.number().int() })),
    landedPrice: ZApiMoneySchema,
    warrantyMonths: z.number().int(),
    vatType: z.enum(VAT_TYPES),
    comment: z.string(),
    seller: ZSellerPublicSchema.pick({ slug: true, name: true }),
  })
  .openapi('Offer');

export const ZRankedOfferSchema = ZOfferSchema.extend({
  isWinner: z.boolean(),
  priceToWin: ZApiMoneySchema.nullable().openapi({
    description: 'Highest price at which this offer would win its buybox, all else equal',
  }),
  qualityRates: ZQualityRatesSchema,
}).openapi('RankedOffer');

export const ZProductDetailSchema = z
  .object({
    id: z.string().uuid(),
    slug: z.string(),
    name: z.string(),
    brand: z.string(),
    model: z.string(),
    storageGb: z.number().int().nullable(),
    colour: z.string().nullable(),
    ean: z.string(),
    releaseYear: z.number().int(),
    description: z.string(),
    image: z.string(),
    bestseller: z.boolean(),
    soldLast30Days: z.number().int(),
    attributes: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        type: z.enum(['string', 'integer', 'decimal', 'boolean']),
        value: z.union([z.string(), z.number(), z.boolean()]),
        unit: z.string().optional(),
      }),
    ),
    categories: z.array(z.object({ id: z.number().int(), slug: z.string(), name: z.string() })),
    market: z.string(),
    grades: z.array(
      z.object({ grade: ZGradeSchema, winner: ZOfferSchema.nullable(), runnersUp: z.array(ZOfferSchema) }),
    ),
  })
  .openapi('ProductDetail');

export const ZProductOffersSchema = z
  .object({
    productId: z.string().uuid(),
    market: z.string(),
    offers: z.array(ZRankedOfferSchema),
  })
  .openapi('ProductOffers');
