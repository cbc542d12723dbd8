import { z } from 'zod';

/** Postal code shapes of the countries Reloop delivers to (Universal Postal Union formats). */
const POSTAL_CODES: Record<string, { pattern: RegExp; example: string }> = {
  FR: { pattern: /^\d{5}$/, example: '75002' },
  DE: { pattern: /^\d{5}$/, example: '10115' },
  ES: { pattern: /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, example: '28013' },
  IT: { pattern: /^\d{5}$/, example: '00184' },
  BE: { pattern: /^[1-9]\d{3}$/, example: '1000' },
  NL: { pattern: /^[1-9]\d{3} ?[A-Z]{2}$/, example: '1012 AB' },
  SE: { pattern: /^\d{3} ?\d{2}$/, example: '114 55' },
  AT: { pattern: /^\d{4}$/, example: '1010' },
  PT: { pattern: /^\d{4}-\d{3}$/, example: '1100-148' },
  IE: { pattern: /^[AC-FHKNPRTV-Y]\d{2}[ ]?[0-9AC-FHKNPRTV-Y]{4}$/, example: 'D02 X285' },
  LU: { pattern: /^\d{4}$/, example: '1009' },
  GR: { pattern: /^\d{3} ?\d{2}$/, example: '105 57' },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, example: 'SW1A 1AA' },
  US: { pattern: /^\d{5}(-\d{4})?$/, example: '10001' },
};

export const DELIVERY_COUNTRIES = Object.keys(POSTAL_CODES);

export function postalCodeProblem(country: string, postalCode: string): string | null {
  const rule = POSTAL_CODES[country];
  if (!rule) return `we do not deliver to ${country}`;
  return rule.pattern.test(postalCode.toUpperCase())
    ? null
    : `is not a postal code of ${country} (e.g. ${rule.example})`;
}

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const ZAddressSchema = z
  .strictObject({
    name: text(100),
    company: z.string().trim().max(200).optional(),
    line1: text(200),
    line2: z.string().trim().max(200).optional(),
    postalCode: text(20),
    city: text(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((c) => c in POSTAL_CODES, { message: 'is not a country we deliver to' }),
    phone: z
      .string()
      .trim()
      .regex(/^\+[1-9]\d{6,14}$/, 'must be an international number such as +33612345678')
      .optional(),
  })
  .superRefine((a, ctx) => {
    const problem = a.country in POSTAL_CODES ? postalCodeProblem(a.country, a.postalCode) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['postalCode'], message: problem });
  });
export type TAddress = z.infer<typeof ZAddressSchema>;
