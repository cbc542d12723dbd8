import { z } from 'zod';
import { ZEmailSchema } from '../accounts/accounts.types.ts';
import { ZAddressSchema } from './address.rules.ts';

const EXPIRY_YEAR = 'must be a year like 2030 or 30';
/** The expiry year as typed or printed on the card: "2030", or two digits ("30", "05") of this century. */
const ZCardExpiryYearSchema = z
  .union([z.number(), z.string()], { error: EXPIRY_YEAR })
  .transform((v, ctx) => {
    const s = String(v).trim();
    const m = /^(?:20)?(\d{2})$|^(2100)$/.exec(s);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: EXPIRY_YEAR });
      return z.NEVER;
    }
    return m[2] ? 2100 : 2000 + Number(m[1]);
  });

export const ZCardSchema = z.strictObject({
  number: z
    .string()
    .transform((s) => s.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\d{12,19}$/, 'must be 12 to 19 digits')),
  expMonth: z.coerce.number().int().min(1, 'must be 1 to 12').max(12, 'must be 1 to 12'),
  expYear: ZCardExpiryYearSchema,
  cvc: z.string().regex(/^\d{3,4}$/, 'must be 3 or 4 digits'),
  holder: z.string().trim().min(1, 'is required').max(100),
});

export const ZCheckoutInputSchema = z
  .strictObject({
    /** Guests give an email for the receipt; signed-in buyers use their account's. */
    email: ZEmailSchema.optional(),
    shippingAddress: ZAddressSchema,
    billingAddress: ZAddressSchema.optional(),
    shipping: z
      .array(z.strictObject({ sellerId: z.number().int().positive(), carrier: z.string().min(1).max(50) }))
      .max(50)
      .default([]),
    paymentMethod: z.enum(['card', 'bank_transfer'], { error: 'must be card or bank_transfer' }),
    card: ZCardSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.paymentMethod === 'card' && !v.card)
      ctx.addIssue({ code: 'custom', path: ['card'], message: 'is required to pay by card' });
  });
export type TCheckoutInput = z.infer<typeof ZCheckoutInputSchema>;
