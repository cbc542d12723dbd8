/**
 * What a buyer reports, and how a closed care folder, return or claim counts in the seller's quality
 * rates (issue 14). The buyer's problem is what they saw; the closing reason is what it turned out
 * to be. Only a closing reason that is the seller's doing moves a quality rate, so the buybox
 * follows real outcomes: a parcel broken by the carrier or a change of mind never counts.
 */
import type { QualityRates } from '../offers/buybox.rules.ts';

/** Back Market's "Get help" problems. */
export const PROBLEMS = [
  'damaged_package',
  'not_received',
  'wrong_item',
  'missing_part',
  'defective',
  'not_as_described',
  'locked',
  'other',
] as const;
export type Problem = (typeof PROBLEMS)[number];

export const CLOSING_REASONS = [
  'aesthetic_defect',
  'wrong_product',
  'defective',
  'wrong_accessories',
  'damaged_in_transit',
  'lost_in_transit',
  'changed_mind',
  'no_fault_found',
  'other',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

type Rate = keyof Pick<
  QualityRates,
  'aestheticDefectBp' | 'wrongProductBp' | 'defectiveProductBp' | 'wrongAccessoriesBp'
>;

const RATE_OF: Readonly<Record<ClosingReason, Rate | null>> = {
  aesthetic_defect: 'aestheticDefectBp',
  wrong_product: 'wrongProductBp',
  defective: 'defectiveProductBp',
  wrong_accessories: 'wrongAccessoriesBp',
  damaged_in_transit: null,
  lost_in_transit: null,
  changed_mind: null,
  no_fault_found: null,
  other: null,
};

/** The quality rate a closed case counts in, or null when it is not the seller's doing. */
export function qualityRateOf(reason: ClosingReason): Rate | null {
  return RATE_OF[reason];
}

/** The closing reason a problem most likely ends with, offered first when the case is closed. */
export function likelyClosingReason(problem: Problem): ClosingReason {
  switch (problem) {
    case 'damaged_package':
      return 'damaged_in_transit';
    case 'not_received':
      return 'lost_in_transit';
    case 'wrong_item':
      return 'wrong_product';
    case 'missing_part':
      return 'wrong_accessories';
    case 'defective':
    case 'locked': // a device still locked to an account failed the pre-sale checks
      return 'defective';
    case 'not_as_described':
      return 'aesthetic_defect';
    case 'other':
      return 'other';
  }
}

/** The four after-sales rates of a seller: cases counted per rate over the lines delivered in the window (bp). */
export function afterSalesRatesBp(
  closedReasons: readonly ClosingReason[],
  deliveredLines: number,
): Pick<QualityRates, Rate> | null {
  if (deliveredLines <= 0) return null;
  const counts: Record<Rate, number> = {
    aestheticDefectBp: 0,
    wrongProductBp: 0,
    defectiveProductBp: 0,
    wrongAccessoriesBp: 0,
  };
  for (const reason of closedReasons) {
    const rate = qualityRateOf(reason);
    if (rate) counts[rate]++;
  }
  const bp = (n: number) => Math.min(10_000, Math.round((n * 10_000) / deliveredLines));
  return {
    aestheticDefectBp: bp(counts.aestheticDefectBp),
    wrongProductBp: bp(counts.wrongProductBp),
    defectiveProductBp: bp(counts.defectiveProductBp),
    wrongAccessoriesBp: bp(counts.wrongAccessoriesBp),
  };
}
