import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repriceDecision, repricedPrice, sellerReferencePrice } from './repricer.rules.ts';

const price = fc.integer({ min: 1, max: 1_000_000 });
const input = fc
  .record({
    currentMinor: price,
    sellerPriceMinor: price,
    minPriceMinor: price,
    priceToWinMinor: fc.option(fc.integer({ min: 1, max: 1_200_000 }), { nil: null }),
  })
  .filter((a) => a.minPriceMinor <= a.sellerPriceMinor);

describe('repricedPrice', () => {
  it('examples', () => {
    const base = { currentMinor: 10_000, sellerPriceMinor: 10_000, minPriceMinor: 8_000 };
    expect(repricedPrice({ ...base, priceToWinMinor: 9_499 })).toBe(9_499);
    expect(repricedPrice({ ...base, priceToWinMinor: 7_999 })).toBe(8_000);
    expect(repricedPrice({ ...base, priceToWinMinor: 12_000 })).toBe(10_000);
    expect(repricedPrice({ ...base, currentMinor: 8_500, priceToWinMinor: null })).toBe(10_000);
    expect(repriceDecision({ ...base, priceToWinMinor: null })).toEqual({
      priceMinor: 10_000,
      reason: 'no_competitor',
      changed: false,
    });
    // A floor above the seller's price wins.
    expect(repricedPrice({ ...base, minPriceMinor: 11_000, priceToWinMinor: 9_000 })).toBe(11_000);
  });

  it('never goes below the minimum price nor above the seller price', () => {
    fc.assert(
      fc.property(input, (a) => {
        const p = repricedPrice(a);
        expect(p).toBeGreaterThanOrEqual(a.minPriceMinor);
        expect(p).toBeLessThanOrEqual(a.sellerPriceMinor);
      }),
    );
  });

  it('is idempotent: repricing the result changes nothing', () => {
    fc.assert(
      fc.property(input, (a) => {
        const once = repricedPrice(a);
        const twice = repriceDecision({ ...a, currentMinor: once });
        expect(twice.priceMinor).toBe(once);
        expect(twice.changed).toBe(false);
      }),
    );
  });

  it('converges to the price to win when it lies within min..seller price, and wins with it', () => {
    fc.assert(
      fc.property(input, (a) => {
        const p = repricedPrice(a);
        const ptw = a.priceToWinMinor;
        if (ptw !== null && ptw >= a.minPriceMinor && ptw <= a.sellerPriceMinor) expect(p).toBe(ptw);
        // Whenever the buybox is reachable within the range, the new price reaches it.
        if (ptw !== null && ptw >= a.minPriceMinor) expect(p).toBeLessThanOrEqual(ptw);
        // Without a competitor, back to the seller's price.
        if (ptw === null) expect(p).toBe(a.sellerPriceMinor);
      }),
    );
  });
});

describe('sellerReferencePrice', () => {
  it('the live price when the log does not end at it (the seller changed it)', () => {
    expect(sellerReferencePrice(12_000, [])).toBe(12_000);
    expect(sellerReferencePrice(12_000, [{ fromMinor: 10_000, toMinor: 9_000 }])).toBe(12_000);
  });
  it('the start of the unbroken chain of automatic changes', () => {
    const log = [
      { fromMinor: 11_000, toMinor: 9_500 }, // older episode
      { fromMinor: 10_000, toMinor: 9_000 }, // the seller had set 10 000 in between
      { fromMinor: 9_000, toMinor: 8_500 },
      { fromMinor: 8_500, toMinor: 8_700 },
    ];
    expect(sellerReferencePrice(8_700, log)).toBe(10_000);
  });
});
