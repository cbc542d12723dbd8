import { z } from 'zod';
import { MAX_QUANTITY_PER_LINE } from './cart.rules.ts';

const quantity = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_QUANTITY_PER_LINE, `must be at most ${MAX_QUANTITY_PER_LINE}`);

export const ZAddCartLineSchema = z.strictObject({
  offerId: z.number({ error: 'must be an offer id' }).int().positive('must be an offer id'),
  quantity: quantity.default(1),
  insurance: z.boolean().default(false),
});

export const ZUpdateCartLineSchema = z
  .strictObject({ quantity: quantity.optional(), insurance: z.boolean().optional() })
  .refine((v) => v.quantity !== undefined || v.insurance !== undefined, {
    message: 'give a quantity or insurance',
    path: ['quantity'],
  });
