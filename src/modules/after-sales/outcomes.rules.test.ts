import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterSalesRatesBp,
  CLOSING_REASONS,
  likelyClosingReason,
  PROBLEMS,
  qualityRateOf,
} from './outcomes.rules.ts';

describe('closing reasons and quality rates', () => {
  it('maps each closing reason to the rate it counts in, or none when it is not the seller’s doing', () => {
    expect(Object.fromEntries(CLOSING_REASONS.map((r) => [r, qualityRateOf(r)]))).toEqual({
      aesthetic_defect: 'aestheticDefectBp',
      wrong_product: 'wrongProductBp',
      defective: 'defectiveProductBp',
      wrong_accessories: 'wrongAccessoriesBp',
      damaged_in_transit: null,
      lost_in_transit: null,
      changed_mind: null,
      no_fault_found: null,
      other: null,
    });
  });

  it('offers the likely closing reason of each problem', () => {
    expect(Object.fromEntries(PROBLEMS.map((p) => [p, likelyClosingReason(p)]))).toEqual({
      damaged_package: 'damaged_in_transit',
      not_received: 'lost_in_transit',
      wrong_item: 'wrong_product',
      missing_part: 'wrong_accessories',
      defective: 'defective',
      not_as_described: 'aesthetic_defect',
      locked: 'defective',
      other: 'other',
    });
  });

  it('computes the four rates over the delivered lines, in basis points', () => {
    expect(afterSalesRatesBp(['wrong_product', 'defective', 'defective', 'changed_mind'], 200)).toEqual({
      aestheticDefectBp: 0,
      wrongProductBp: 50,
      defectiveProductBp: 100,
      wrongAccessoriesBp: 0,
    });
    expect(afterSalesRatesBp(['defective'], 0)).toBeNull();
  });

  it('never counts a case twice, and cases that are not the seller’s doing never move a rate', () => {
    const reason = fc.constantFrom(...CLOSING_REASONS);
    fc.assert(
      fc.property(
        fc.array(reason, { maxLength: 50 }),
        fc.integer({ min: 50, max: 1000 }),
        (reasons, lines) => {
          const rates = afterSalesRatesBp(reasons, lines);
          const counted = reasons.filter((r) => qualityRateOf(r) !== null).length;
          const total = Object.values(rates ?? {}).reduce((a, b) => a + b, 0);
          expect(Math.abs(total - (counted * 10_000) / lines)).toBeLessThanOrEqual(2);
          const blameless = reasons.filter((r) => qualityRateOf(r) === null);
          expect(afterSalesRatesBp([...reasons, ...blameless], lines)).toEqual(rates);
        },
      ),
    );
  });
});
