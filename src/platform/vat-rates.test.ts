import { describe, expect, it } from 'vitest';
import { EU_VAT_COUNTRIES, standardVatRateBp, standardVatRateOn } from './vat-rates.ts';

/**
 * Our own vectors for the data package behind vat-rates.ts (standard rates in basis points on a
 * local day). They pin what Reloop charges: a package update that changes any of them fails here.
 */
const ON_2026_11_21: Record<string, number> = {
  AT: 2000,
  BE: 2100,
  BG: 2000,
  CY: 1900,
  CZ: 2100,
  DE: 1900,
  DK: 2500,
  EE: 2400,
  ES: 2100,
  FI: 2550,
  FR: 2000,
  GR: 2400,
  HR: 2500,
  HU: 2700,
  IE: 2300,
  IT: 2200,
  LT: 2100,
  LU: 1700,
  LV: 2100,
  MT: 1800,
  NL: 2100,
  PL: 2300,
  PT: 2300,
  RO: 2100,
  SE: 2500,
  SI: 2200,
  SK: 2300,
};

describe('standard VAT rates of the 27 member states', () => {
  it('covers exactly the 27 member states', () => {
    expect([...EU_VAT_COUNTRIES].sort()).toEqual(Object.keys(ON_2026_11_21).sort());
  });

  it.each(Object.entries(ON_2026_11_21))('%s: %i bp on 2026-11-21', (country, bp) => {
    expect(standardVatRateOn(country, '2026-11-21')).toBe(bp);
  });

  it.each([
    ['FI', '2024-08-31', 2400],
    ['FI', '2024-09-01', 2550],
    ['SK', '2024-12-31', 2000],
    ['SK', '2025-01-01', 2300],
    ['EE', '2025-06-30', 2200],
    ['EE', '2025-07-01', 2400],
    ['RO', '2025-07-31', 1900],
    ['RO', '2025-08-01', 2100],
    ['DE', '2020-06-30', 1900],
    ['DE', '2020-07-01', 1600],
    ['DE', '2021-01-01', 1900],
    ['LU', '2023-06-01', 1600],
    ['LU', '2024-01-01', 1700],
  ])('%s on %s: %i bp (rate changes are effective-dated)', (country, day, bp) => {
    expect(standardVatRateOn(country, day)).toBe(bp);
  });

  it('Greece is GR or its VAT prefix EL', () => {
    expect(standardVatRateOn('EL', '2026-01-01')).toBe(2400);
  });

  it('picks the day in the country’s own time zone', () => {
    // 31 Aug 2024 21:30 UTC is 1 Sep 00:30 in Helsinki: 25.5 %.
    expect(standardVatRateBp('FI', new Date('2024-08-31T21:30:00Z'))).toBe(2550);
    expect(standardVatRateBp('FI', new Date('2024-08-31T20:30:00Z'))).toBe(2400);
  });

  it('refuses an unknown country, naming it', () => {
    expect(() => standardVatRateOn('XX', '2026-01-01')).toThrow(/XX/);
    expect(() => standardVatRateOn('CH', '2026-01-01')).toThrow(/CH/);
  });
});
