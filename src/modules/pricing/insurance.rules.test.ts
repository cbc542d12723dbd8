import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { MARKET_CODES } from '../../platform/markets.ts';
import type { InsuranceProvider } from './insurance.rules.ts';
import { INSURANCE_TABLES, insuranceQuote, LocalInsuranceProvider } from './insurance.rules.ts';

describe('insuranceQuote', () => {
  it.each([
    ['FR', 1, 2_999],
    ['FR', 19_999, 2_999],
    ['FR', 20_000, 4_999],
    ['FR', 49_999, 4_999],
    ['FR', 50_000, 7_999],
    ['FR', 99_999, 7_999],
    ['FR', 100_000, 11_999],
    ['FR', 500_000, 11_999],
    ['GB', 30_000, 4_999],
    ['SE', 199_999, 29_900],
    ['SE', 200_000, 49_900],
    ['SE', 1_000_000, 119_900],
  ])('%s unit price %i → premium %i', (market, price, premium) => {
    expect(insuranceQuote(market, price)?.premiumMinor).toBe(premium);
  });

  it('covers liquid damage only where offered', () => {
    expect(insuranceQuote('FR', 30_000)).toEqual({
      premiumMinor: 4_999,
      currency: 'EUR',
      covers: ['breakage', 'theft', 'liquid_damage'],
      termMonths: 12,
    });
    expect(insuranceQuote('GB', 30_000)?.covers).toEqual(['breakage', 'theft']);
    expect(insuranceQuote('SE', 30_000)?.currency).toBe('SEK');
  });

  it('is not offered in the US nor for a free device', () => {
    expect(insuranceQuote('US', 50_000)).toBeNull();
    expect(insuranceQuote('FR', 0)).toBeNull();
  });

  it('rejects bad input', () => {
    expect(() => insuranceQuote('XX', 100)).toThrow(/Unknown market/);
    expect(() => insuranceQuote('FR', -1)).toThrow();
  });

  it('premium never decreases with the price, in the market currency', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MARKET_CODES),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat(1_000_000),
        (m, p, d) => {
          const a = insuranceQuote(m, p);
          const b = insuranceQuote(m, p + d);
          if (!INSURANCE_TABLES[m]) {
            expect(a).toBeNull();
            return;
          }
          expect(b!.premiumMinor).toBeGreaterThanOrEqual(a!.premiumMinor);
          expect(a!.currency).toBe(INSURANCE_TABLES[m]!.currency);
        },
      ),
    );
  });
});

describe('LocalInsuranceProvider', () => {
  const provider: InsuranceProvider = new LocalInsuranceProvider();
  const startsAt = new Date('2025-03-15T10:00:00Z');

  it('quotes from the table', async () => {
    expect(await provider.quote({ market: 'DE', unitPriceMinor: 60_000 })).toEqual(
      insuranceQuote('DE', 60_000),
    );
    expect(await provider.quote({ market: 'US', unitPriceMinor: 60_000 })).toBeNull();
  });

  it('binds a policy with a deterministic reference and a 12-month term', async () => {
    const req = {
      market: 'FR',
      unitPriceMinor: 60_000,
      premiumMinor: 7_999,
      reference: 'order-line:42:1',
      startsAt,
    };
    const p1 = await provider.bind(req);
    const p2 = await provider.bind(req);
    expect(p1).toEqual(p2);
    expect(p1.policyRef).toMatch(/^RLI-FR-[0-9A-F]{12}$/);
    expect(p1.endsAt.toISOString()).toBe('2026-03-15T10:00:00.000Z');
    expect(p1.covers).toContain('liquid_damage');
    const other = await provider.bind({ ...req, reference: 'order-line:42:2' });
    expect(other.policyRef).not.toBe(p1.policyRef);
  });

  it('refuses where not offered, on a changed premium and without a reference', async () => {
    const base = { unitPriceMinor: 60_000, premiumMinor: 7_999, reference: 'x', startsAt };
    await expect(provider.bind({ ...base, market: 'US' })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(provider.bind({ ...base, market: 'FR', premiumMinor: 100 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(provider.bind({ ...base, market: 'FR', reference: ' ' })).rejects.toBeInstanceOf(AppError);
  });
});
