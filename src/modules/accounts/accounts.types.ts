import { z } from 'zod';
import { MARKET_CODES } from '../../platform/markets.ts';
import { PASSWORD_MAX_LENGTH } from '../../platform/security/password-policy.ts';

export const ZEmailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .pipe(z.email('must be an email address such as name@example.com'));

/** Checked against the password policy by the use case, which knows the email too. */
export const ZPasswordSchema = z.string().max(PASSWORD_MAX_LENGTH * 4, 'is too long');

const ZCheckedSchema = z.union([z.literal(true), z.literal('on'), z.literal('true')], {
  error: 'must be accepted to continue',
});

const text = (max: number) =>
  z.string().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

export const ZSignUpInputSchema = z.strictObject({
  email: ZEmailSchema,
  password: ZPasswordSchema,
  name: text(100),
  market: z.enum(MARKET_CODES),
  acceptTerms: ZCheckedSchema,
});
export type TSignUpInput = z.infer<typeof ZSignUpInputSchema>;

export const ZBusinessSignUpInputSchema = ZSignUpInputSchema.extend({
  legalName: text(200),
  addressLine: text(200),
  postalCode: text(20),
  city: text(100),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
  vatNumber: z.string().trim().max(30, 'must be at most 30 characters').optional().default(''),
});
export type TBusinessSignUpInput = z.infer<typeof ZBusinessSignUpInputSchema>;

export const ZSignInInputSchema = z.strictObject({
  email: z.string().trim().max(254, 'must be at most 254 characters'),
  password: ZPasswordSchema,
});

export const ZTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not a valid link');

export const CLOSURE_REASONS = {
  fraud: {
    label: 'Fraud or attempted fraud',
    ground: 'incompatible_terms',
    contractual: 'Terms of use §8.2 — fraudulent use of the service',
  },
  payment_abuse: {
    label: 'Payment abuse (chargebacks, unpaid orders)',
    ground: 'incompatible_terms',
    contractual: 'Terms of use §8.3 — abuse of payment and refund processes',
  },
  scraping: {
    label: 'Automated extraction of the catalog (scraping)',
    ground: 'incompatible_terms',
    contractual: 'Terms of use §7.4 — automated extraction of content is forbidden',
  },
  abusive_behaviour: {
    label: 'Abusive behaviour towards sellers or staff',
    ground: 'incompatible_terms',
    contractual: 'Terms of use §8.1 — respectful use of the service',
  },
  duplicate_account: {
    label: 'More than one account for the same person',
    ground: 'incompatible_terms',
    contractual: 'Terms of use §3.1 — one account per user',
  },
  false_identity: {
    label: 'False or misleading account information',
    ground: 'incompatible_terms',
    contractual: 'Terms of use §3.2 — accurate and complete registration data',
  },
  illegal_content: {
    label: 'Illegal content or activity',
    ground: 'illegal_content',
    contractual: null,
  },
} as const;
export type ClosureReason = keyof typeof CLOSURE_REASONS;
export const CLOSURE_REASON_CODES = Object.keys(CLOSURE_REASONS) as [ClosureReason, ...ClosureReason[]];

export const ZPlatformClosureInputSchema = z
  .strictObject({
    reason: z.enum(CLOSURE_REASON_CODES, { error: 'choose a reason from the list' }),
    details: text(2000),
    legalGround: z.string().trim().max(500).optional().default(''),
    source: z.enum(['own_initiative', 'notice']).default('own_initiative'),
  })
  .refine((v) => v.reason !== 'illegal_content' || v.legalGround.length > 0, {
    path: ['legalGround'],
    message: 'is required when the content or activity is illegal',
  });
