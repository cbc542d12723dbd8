import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratingOf, SELLER_RATING_WINDOW_MONTHS, sellerRatingSince } from './seller-rating.rules.ts';

describe('seller rating rules', () => {
  it('has no rating without reviews', () => {
    expect(ratingOf(0, 0)).toBeNull();
  });

  it('averages to one decimal, half up', () => {
    expect(ratingOf(9, 2)).toEqual({ average: 4.5, count: 2 });
    expect(ratingOf(14, 3)).toEqual({ average: 4.7, count: 3 });
    expect(ratingOf(13, 3)).toEqual({ average: 4.3, count: 3 });
    expect(ratingOf(5 * 7 + 1 * 3, 10)).toEqual({ average: 3.8, count: 10 });
  });

  it('stays between 1 and 5 for ratings between 1 and 5', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 }), (rs) => {
        const r = ratingOf(
          rs.reduce((a, b) => a + b, 0),
          rs.length,
        )!;
        expect(r.average).toBeGreaterThanOrEqual(1);
        expect(r.average).toBeLessThanOrEqual(5);
        expect(r.count).toBe(rs.length);
      }),
    );
  });

  it('looks back twelve calendar months', () => {
    expect(SELLER_RATING_WINDOW_MONTHS).toBe(12);
    expect(sellerRatingSince(new Date('2026-11-21T12:00:00Z')).toISOString()).toBe(
      '2025-11-21T12:00:00.000Z',
    );
    // The 29th of February has no twin a year before: the last day of that February.
    expect(sellerRatingSince(new Date('2028-02-29T08:00:00Z')).toISOString()).toBe(
      '2027-02-28T08:00:00.000Z',
    );
    expect(sellerRatingSince(new Date('2026-03-31T00:00:00Z')).toISOString()).toBe(
      '2025-03-31T00:00:00.000Z',
    );
  });
});
