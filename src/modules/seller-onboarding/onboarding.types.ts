import { z } from 'zod';

const str = () => z.string({ error: 'is required' });
const text = (max: number) =>
  str().trim().min(1, 'is required').max(max, `must be at most ${max} characters`);

const ZCheckedSchema = z.union([z.literal(true), z.literal('on'), z.literal('true')], {
  error: 'must be accepted to sell on Reloop',
});

/**
 * The trader information DSA Art. 30(1) asks for, as typed in the form (the ID document comes
 * separately, as a file). IBAN and VAT number are checked further by the use case.
 */
export const ZSellerApplicationInputSchema = z.strictObject({
  shopName: text(80),
  legalName: text(200),
  addressLine: text(200),
  postalCode: text(20),
  city: text(100),
  country: str()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as FR'),
  phone: str()
    .trim()
    .min(1, 'is required')
    .max(30, 'must be at most 30 characters')
    .regex(/^\+?[0-9][0-9 ().-]{5,}$/, 'must be a phone number such as +33 1 23 45 67 89'),
  email: str()
    .trim()
    .toLowerCase()
    .min(1, 'is required')
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('must be an email address such as name@example.com')),
  tradeRegister: text(200),
  tradeRegisterNumber: text(60),
  vatNumber: str().trim().max(30, 'must be at most 30 characters').optional().default(''),
  iban: str().trim().max(64, 'must be at most 64 characters').optional().default(''),
  accountHolder: text(200),
  selfCertification: ZCheckedSchema,
});
export type TSellerApplicationInput = z.infer<typeof ZSellerApplicationInputSchema>;

/** Field labels, for error summaries and the console. */
export const APPLICATION_LABELS: Record<string, string> = {
  shopName: 'Shop name',
  legalName: 'Legal name of the company',
  addressLine: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country',
  phone: 'Phone',
  email: 'Contact email',
  tradeRegister: 'Trade register',
  tradeRegisterNumber: 'Registration number',
  vatNumber: 'VAT number',
  iban: 'IBAN',
  accountHolder: 'Account holder',
  idDocument: 'ID document of the legal representative',
  selfCertification: 'Self-certification',
};

export const ZReviewNoteSchema = z.strictObject({
  note: z.string().trim().max(2000, 'must be at most 2000 characters').optional().default(''),
});

export const ZReviewReasonsSchema = z.strictObject({
  reasons: text(2000),
});

/** Why a seller is suspended: trader data found incomplete or inaccurate after onboarding (DSA Art. 30(3)). */
export const SUSPENSION_REASONS = {
  incomplete_trader_data: {
    label: 'Incomplete trader information',
    contractual: 'Seller terms §4.1 — complete trader information (DSA Art. 30(1) and (3))',
  },
  inaccurate_trader_data: {
    label: 'Inaccurate or unreliable trader information',
    contractual: 'Seller terms §4.2 — accurate and up-to-date trader information (DSA Art. 30(2) and (3))',
  },
  invalid_payment_account: {
    label: 'Payment account details that cannot be used',
    contractual: 'Seller terms §4.3 — a payment account in the trader’s name',
  },
  invalid_id_document: {
    label: 'Identity document missing, expired or not matching the legal representative',
    contractual: 'Seller terms §4.1 — identification of the trader (DSA Art. 30(1)(b))',
  },
  quality_criteria: {
    label: 'Quality rates above Reloop’s thresholds',
    contractual: 'Seller terms §6 — quality criteria (delivery times, stock, quality of products)',
    lasts: 'until a plan to bring the quality rates back within the thresholds is agreed with Reloop',
  },
} as const;

/** How long a suspension for this reason lasts, as the statement of reasons says it. */
export function suspensionLasts(reason: SuspensionReason): string {
  const r = SUSPENSION_REASONS[reason];
  return 'lasts' in r ? r.lasts : 'until the trader information is corrected and checked again';
}
export type SuspensionReason = keyof typeof SUSPENSION_REASONS;
export const SUSPENSION_REASON_CODES = Object.keys(SUSPENSION_REASONS) as [
  SuspensionReason,
  ...SuspensionReason[],
];

export const ZSuspendSellerInputSchema = z.strictObject({
  reason: z.enum(SUSPENSION_REASON_CODES, { error: 'choose a reason from the list' }),
  details: text(2000),
});

export const ZEndContractInputSchema = z.strictObject({
  by: z.enum(['seller', 'platform'], { error: 'say who ends the contract' }),
  details: text(2000),
});

/** DSA Art. 17(3)(f): the redress sellers are told of (compliance owns the text). */
export { SELLER_REDRESS } from '../compliance/statement.rules.ts';

/** Statement-of-reasons measures used here (DSA Art. 17(1)(c)). */
export const SELLER_MEASURES = {
  suspension: 'suspension_of_service',
  termination: 'termination_of_service',
} as const;
