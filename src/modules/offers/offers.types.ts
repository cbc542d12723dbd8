import { z } from 'zod';
import { marketByLocale } from '../../platform/markets.ts';
import { parseMoney } from '../../platform/money.ts';
import { GRADES, MAX_COMMENT_LENGTH, MIN_WARRANTY_MONTHS, VAT_TYPES } from './grades.ts';
import {
  MAX_CARRIER_LENGTH,
  MAX_QUANTITY,
  MAX_SHIPPING_DELAY_DAYS,
  MAX_SHIPPING_OPTIONS,
  MAX_WARRANTY_MONTHS,
} from './offer-terms.rules.ts';

/**
 * An amount as text: digits with a decimal point, or a decimal comma ("699,99"). Which separator
 * a market accepts, the precision and the bounds are checked against the market's currency by
 * parseMoney (platform/money.ts), the one parser of every money input.
 */
export const ZMoneyStringSchema = z
  .string()
  .trim()
  .regex(/^\d+(?:[.,]\d+)?$/, 'must be a decimal amount like "123.45"');

export const ZShippingOptionInputSchema = z.strictObject({
  carrier: z.string().trim().min(1).max(MAX_CARRIER_LENGTH),
  price: ZMoneyStringSchema,
  delayDays: z.number().int().min(0).max(MAX_SHIPPING_DELAY_DAYS),
});

export const ZOfferMarketInputSchema = z.strictObject({
  market: z.string().refine((m) => marketByLocale(m) !== undefined, 'unknown market'),
  price: ZMoneyStringSchema,
  minPrice: ZMoneyStringSchema.optional(),
  comment: z.string().max(MAX_COMMENT_LENGTH, `must be at most ${MAX_COMMENT_LENGTH} characters`).default(''),
  shipping: z
    .array(ZShippingOptionInputSchema)
    .min(1, 'at least one shipping option')
    .max(MAX_SHIPPING_OPTIONS),
});

export const ZSkuSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._\-/]+$/, 'may contain letters, digits and . _ - / only');

export const ZCreateOfferInputSchema = z
  .strictObject({
    productId: z.uuid(),
    grade: z.enum(GRADES),
    sku: ZSkuSchema,
    quantity: z.number().int().min(0, 'must not be negative').max(MAX_QUANTITY),
    warrantyMonths: z
      .number()
      .int()
      .min(MIN_WARRANTY_MONTHS, `must be at least ${MIN_WARRANTY_MONTHS} months`)
      .max(MAX_WARRANTY_MONTHS),
    vatType: z.enum(VAT_TYPES),
    published: z.boolean().default(true),
    markets: z.array(ZOfferMarketInputSchema).min(1).max(20),
  })
  .superRefine((offer, ctx) => {
    const seen = new Set<string>();
    offer.markets.forEach((m, i) => {
      const market = marketByLocale(m.market);
      if (!market) return;
      if (seen.has(market.code))
        ctx.addIssue({ code: 'custom', path: ['markets', i, 'market'], message: 'listed twice' });
      seen.add(market.code);
      const check = (value: string | undefined, path: (string | number)[]) => {
        // A malformed amount already has its format issue; do not report it twice.
        if (value === undefined || !ZMoneyStringSchema.safeParse(value).success) return undefined;
        const parsed = parseMoney(value, market.currency);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', path, message: parsed.message });
        return parsed.ok ? parsed.amountMinor : undefined;
      };
      const price = check(m.price, ['markets', i, 'price']);
      if (price === 0)
        ctx.addIssue({ code: 'custom', path: ['markets', i, 'price'], message: 'must be greater than 0' });
      const min = check(m.minPrice, ['markets', i, 'minPrice']);
      if (price !== undefined && min !== undefined && min > price) {
        ctx.addIssue({
          code: 'custom',
          path: ['markets', i, 'minPrice'],
          message: 'must not exceed the price',
        });
      }
      m.shipping.forEach((s, j) => {
        check(s.price, ['markets', i, 'shipping', j, 'price']);
      });
    });
  });

export type TCreateOfferInput = z.input<typeof ZCreateOfferInputSchema>;
export type TCreateOfferParsed = z.output<typeof ZCreateOfferInputSchema>;
