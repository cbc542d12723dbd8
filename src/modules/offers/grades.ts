/** Aesthetic grades as in Back Market's seller API. Technical condition is the same for all. */
export const GRADES = ['PREMIUM', 'EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR', 'STALLONE'] as const;
export type Grade = (typeof GRADES)[number];

/** Grades shoppers always see in the grade selector; the other two appear only when offered. */
export const SHOPPER_GRADES: readonly Grade[] = ['PREMIUM', 'EXCELLENT', 'GOOD', 'FAIR'];

export const VAT_TYPES = ['REGULAR', 'MARGINAL'] as const;
export type VatType = (typeof VAT_TYPES)[number];

export const MIN_WARRANTY_MONTHS = 12;
export const MAX_COMMENT_LENGTH = 500;

export function isGrade(v: string): v is Grade {
  return (GRADES as readonly string[]).includes(v);
}
