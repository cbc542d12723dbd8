import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKET_CODES } from '../../platform/markets.ts';
import { SERVICE_FEE_TABLES, serviceFeeFor, serviceFeeFromTable } from './service-fee.rules.ts';

describe('serviceFeeFor — UK table (domain-rules §1.6)', () => {
  it.each([
    [1, 49],
    [100, 49],
    [4_999, 49],
    [5_000, 99],
    [9_999, 99],
    [10_000, 199],
    [14_999, 199],
    [15_000, 299],
    [19_999, 299],
    [20_000, 399],
    [29_999, 399],
    [30_000, 499],
    [39_999, 499],
    [40_000, 599],
    [49_999, 599],
    [50_000, 699],
    [64_999, 699],
    [65_000, 799],
    [65_001, 799],
    [1_000_000, 799],
  ])('GB items %i → fee %i', (items, fee) => {
    expect(serviceFeeFor('GB', items)).toBe(fee);
  });

  it('charges nothing on an empty cart', () => {
    for (const m of MARKET_CODES) expect(serviceFeeFor(m, 0)).toBe(0);
  });

  it('uses the same numbers for EUR and USD markets', () => {
    for (const items of [1, 5_000, 12_345, 65_000, 99_999]) {
      expect(serviceFeeFor('FR', items)).toBe(serviceFeeFor('GB', items));
      expect(serviceFeeFor('US', items)).toBe(serviceFeeFor('GB', items));
      expect(serviceFeeFor('de', items)).toBe(serviceFeeFor('GB', items));
    }
  });

  it('uses ×10 bands in whole kronor for SEK', () => {
    expect(SERVICE_FEE_TABLES.SE.currency).toBe('SEK');
    expect(serviceFeeFor('SE', 1)).toBe(500);
    expect(serviceFeeFor('SE', 49_999)).toBe(500);
    expect(serviceFeeFor('SE', 50_000)).toBe(1_000);
    expect(serviceFeeFor('SE', 100_000)).toBe(2_000);
    expect(serviceFeeFor('SE', 649_999)).toBe(7_000);
    expect(serviceFeeFor('SE', 650_000)).toBe(8_000);
  });

  it('rejects unknown markets and invalid totals', () => {
    expect(() => serviceFeeFor('XX', 100)).toThrow(/Unknown market/);
    expect(() => serviceFeeFor('FR', -1)).toThrow();
    expect(() => serviceFeeFor('FR', 1.5)).toThrow();
  });

  it('the 2 % cap lowers a careless band but never below the minimum', () => {
    const t = { currency: 'EUR', minFeeMinor: 49, capBp: 200, bands: [{ fromMinor: 0, feeMinor: 500 }] };
    expect(serviceFeeFromTable(t, 1_000)).toBe(49); // 2 % = 20 → minimum 49
    expect(serviceFeeFromTable(t, 10_000)).toBe(200); // 2 % = 200 < 500
    expect(serviceFeeFromTable(t, 10_049)).toBe(200); // 200.98 rounded down
    expect(serviceFeeFromTable(t, 100_000)).toBe(500);
  });
});

describe('serviceFeeFor — laws', () => {
  const market = fc.constantFrom(...MARKET_CODES);
  const items = fc.integer({ min: 1, max: 100_000_000 });

  it('is at least the minimum and at most max(minimum, 2 %)', () => {
    fc.assert(
      fc.property(market, items, (m, t) => {
        const fee = serviceFeeFor(m, t);
        const table = SERVICE_FEE_TABLES[m];
        expect(fee).toBeGreaterThanOrEqual(table.minFeeMinor);
        expect(fee).toBeLessThanOrEqual(Math.max(table.minFeeMinor, (t * 2) / 100));
      }),
    );
  });

  it('never decreases when the cart grows', () => {
    fc.assert(
      fc.property(market, items, fc.nat(100_000), (m, t, extra) => {
        expect(serviceFeeFor(m, t + extra)).toBeGreaterThanOrEqual(serviceFeeFor(m, t));
      }),
    );
  });

  it('equals the band fee in every shipped table (the cap never bites)', () => {
    fc.assert(
      fc.property(market, items, (m, t) => {
        const bands = SERVICE_FEE_TABLES[m].bands;
        const band = [...bands].reverse().find((b) => t >= b.fromMinor)!;
        expect(serviceFeeFor(m, t)).toBe(band.feeMinor);
      }),
    );
  });
});
