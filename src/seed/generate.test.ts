import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateQualityHistory } from './generate.ts';

const rate = fc.integer({ min: 0, max: 5_000 });
const rates = fc.record({
  aestheticDefectBp: rate,
  wrongProductBp: rate,
  defectiveProductBp: rate,
  wrongAccessoriesBp: rate,
  lateDeliveryBp: rate,
  cancellationBp: rate,
});

describe('generateQualityHistory', () => {
  it('has one day per day, oldest first, ends at the current rates, never negative', () => {
    fc.assert(
      fc.property(rates, fc.integer({ min: 1, max: 120 }), fc.integer(), (r, days, seed) => {
        const h = generateQualityHistory(r, days, seed);
        expect(h.map((d) => d.daysAgo)).toEqual([...Array(days).keys()].reverse());
        expect(h.at(-1)!.rates).toEqual(r);
        for (const d of h) for (const v of Object.values(d.rates)) expect(v).toBeGreaterThanOrEqual(0);
      }),
    );
  });
  it('is deterministic per seed', () => {
    const r = {
      aestheticDefectBp: 120,
      wrongProductBp: 40,
      defectiveProductBp: 200,
      wrongAccessoriesBp: 10,
      lateDeliveryBp: 900,
      cancellationBp: 150,
    };
    expect(generateQualityHistory(r, 90, 3)).toEqual(generateQualityHistory(r, 90, 3));
    expect(generateQualityHistory(r, 90, 3)).not.toEqual(generateQualityHistory(r, 90, 4));
  });
});
