import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import type { CheckoutLineInput } from './cart-totals.rules.ts';
import { priceCheckout } from './cart-totals.rules.ts';
import { serviceFeeFor } from './service-fee.rules.ts';

const at = new Date('2025-06-01T12:00:00Z');

function line(overrides: Partial<CheckoutLineInput> = {}): CheckoutLineInput {
  return {
    sellerId: 1,
    unitPriceMinor: 30_000,
    quantity: 1,
    shippingMinor: 0,
    vatType: 'REGULAR',
    insurancePremiumMinor: 0,
    treatment: 'standard',
    rateBp: 2000,
    ...overrides,
  };
}

describe('priceCheckout — examples', () => {
  it('one seller, one device at 300.00 incl. 20 % in FR', () => {
    const p = priceCheckout({ market: 'FR', at, lines: [line()] });
    expect(p.currency).toBe('EUR');
    expect(p.serviceFeeMinor).toBe(499);
    expect(p.sellers).toHaveLength(1);
    const s = p.sellers[0]!;
    expect(s.goodsTotalMinor).toBe(30_000);
    expect(s.vat.vatTotalMinor).toBe(5_000);
    expect(s.vat.perRate).toEqual([
      { treatment: 'standard', rateBp: 2000, grossMinor: 30_000, netMinor: 25_000, vatMinor: 5_000 },
    ]);
    expect(s.serviceFeeShareMinor).toBe(499);
    expect(s.totalMinor).toBe(30_499);
    expect(p.platformVat).toEqual({
      country: 'FR',
      treatment: 'standard',
      rateBp: 2000,
      serviceFeeNetMinor: 416,
      serviceFeeVatMinor: 83,
      mention: null,
    });
    expect(p.grandTotalMinor).toBe(30_499);
    expect(p.lines[0]).toMatchObject({ lineVatMinor: 5_000, lineNetMinor: 25_000 });
  });

  it('two sellers share the fee by items total; shipping follows the goods; insurance stays off the invoice', () => {
    const p = priceCheckout({
      market: 'FR',
      at,
      lines: [
        line({
          sellerId: 'a',
          unitPriceMinor: 20_000,
          quantity: 2,
          shippingMinor: 1_200,
          insurancePremiumMinor: 4_999,
        }),
        line({
          sellerId: 'b',
          unitPriceMinor: 25_000,
          vatType: 'MARGINAL',
          treatment: 'margin',
          shippingMinor: 500,
        }),
        line({ sellerId: 'a', unitPriceMinor: 5_000 }),
      ],
    });
    expect(p.itemsTotalMinor).toBe(70_000);
    expect(p.serviceFeeMinor).toBe(serviceFeeFor('FR', 70_000)); // 799
    const [a, b] = p.sellers;
    expect(a!.lineIndexes).toEqual([0, 2]);
    expect(a!.itemsTotalMinor).toBe(45_000);
    expect(a!.shippingTotalMinor).toBe(1_200);
    expect(a!.goodsTotalMinor).toBe(46_200);
    expect(a!.insuranceTotalMinor).toBe(9_998);
    expect(a!.vat.vatTotalMinor).toBe(7_700); // 46 200 × 20/120
    expect(b!.vat.perRate).toEqual([
      { treatment: 'margin', rateBp: 0, grossMinor: 25_500, netMinor: 25_500, vatMinor: 0 },
    ]);
    // 799 split 45 000 : 25 000 → 513.64 / 285.36 → 514 / 285
    expect(a!.serviceFeeShareMinor + b!.serviceFeeShareMinor).toBe(799);
    expect([a!.serviceFeeShareMinor, b!.serviceFeeShareMinor]).toEqual([514, 285]);
    expect(a!.totalMinor).toBe(46_200 + 9_998 + 514);
    expect(p.grandTotalMinor).toBe(70_000 + 1_700 + 9_998 + 799);
    expect(p.sellersVatTotalMinor).toBe(7_700);
  });

  it('prices reverse-charged lines without VAT', () => {
    const p = priceCheckout({
      market: 'DE',
      at,
      lines: [
        line({
          unitPriceMinor: 11_900,
          quantity: 3,
          shippingMinor: 1_190,
          treatment: 'reverse_charge',
          rateBp: 1900,
        }),
      ],
    });
    const l = p.lines[0]!;
    expect(l.unitPriceMinor).toBe(10_000);
    expect(l.shippingMinor).toBe(1_000);
    expect(l.goodsMinor).toBe(31_000);
    expect(p.sellers[0]!.vat.perRate).toEqual([
      { treatment: 'reverse_charge', rateBp: 0, grossMinor: 31_000, netMinor: 31_000, vatMinor: 0 },
    ]);
    expect(p.itemsTotalMinor).toBe(30_000);
    expect(p.serviceFeeMinor).toBe(499);
    expect(p.platformVat.rateBp).toBe(1900);
  });

  it('EN 16931 per-rate VAT across a seller’s lines (3 × 1.00 incl. 21 % → 0.52)', () => {
    const p = priceCheckout({
      market: 'NL',
      at,
      lines: [1, 2, 3].map(() => line({ unitPriceMinor: 100, rateBp: 2100 })),
    });
    expect(p.sellers[0]!.vat.vatTotalMinor).toBe(52);
    expect(p.lines.map((l) => l.lineVatMinor)).toEqual([18, 17, 17]);
  });

  it('US: no VAT anywhere', () => {
    const p = priceCheckout({ market: 'US', at, lines: [line({ rateBp: 0 })] });
    expect(p.sellersVatTotalMinor).toBe(0);
    expect(p.platformVat).toMatchObject({ country: 'US', rateBp: 0, serviceFeeVatMinor: 0 });
  });

  it('an empty checkout costs nothing; a fee override is honoured', () => {
    const empty = priceCheckout({ market: 'FR', at, lines: [] });
    expect(empty.grandTotalMinor).toBe(0);
    expect(empty.serviceFeeMinor).toBe(0);
    expect(empty.sellers).toEqual([]);
    expect(() => priceCheckout({ market: 'FR', at, lines: [], serviceFeeMinor: 10 })).toThrow(AppError);
    expect(priceCheckout({ market: 'FR', at, lines: [line()], serviceFeeMinor: 0 }).grandTotalMinor).toBe(
      30_000,
    );
  });

  it('a free items total with a forced fee still allocates it', () => {
    const p = priceCheckout({
      market: 'FR',
      at,
      lines: [line({ sellerId: 1, unitPriceMinor: 0 }), line({ sellerId: 2, unitPriceMinor: 0 })],
      serviceFeeMinor: 101,
    });
    expect(p.sellers.map((s) => s.serviceFeeShareMinor)).toEqual([51, 50]);
  });

  it('rejects invalid input', () => {
    const bad = (l: Partial<CheckoutLineInput>) => () =>
      priceCheckout({ market: 'FR', at, lines: [line(l)] });
    expect(bad({ quantity: 0 })).toThrow(AppError);
    expect(bad({ unitPriceMinor: -1 })).toThrow(AppError);
    expect(bad({ shippingMinor: 0.5 })).toThrow(AppError);
    expect(bad({ rateBp: 10_001 })).toThrow(AppError);
    expect(bad({ treatment: 'margin', vatType: 'REGULAR' })).toThrow(/MARGINAL/);
    expect(bad({ treatment: 'reverse_charge', vatType: 'MARGINAL' })).toThrow(/never reverse-charged/);
    expect(() => priceCheckout({ market: 'XX', at, lines: [] })).toThrow(AppError);
  });
});

describe('priceCheckout — laws', () => {
  const lineArb = fc
    .record({
      sellerId: fc.integer({ min: 1, max: 4 }),
      unitPriceMinor: fc.integer({ min: 0, max: 500_000 }),
      quantity: fc.integer({ min: 1, max: 5 }),
      shippingMinor: fc.integer({ min: 0, max: 5_000 }),
      insurancePremiumMinor: fc.constantFrom(0, 2_999, 7_999),
      kind: fc.constantFrom('standard', 'margin', 'reverse_charge', 'us_marginal'),
      rateBp: fc.constantFrom(0, 1900, 2000, 2100, 2500),
    })
    .map(
      ({ kind, ...l }): CheckoutLineInput => ({
        ...l,
        vatType: kind === 'margin' || kind === 'us_marginal' ? 'MARGINAL' : 'REGULAR',
        treatment: kind === 'us_marginal' ? 'standard' : kind,
      }),
    );
  const market = fc.constantFrom('FR', 'DE', 'SE', 'GB', 'US');

  it('totals equal the sum of their parts; allocation keeps the fee; nothing is negative', () => {
    fc.assert(
      fc.property(market, fc.array(lineArb, { maxLength: 8 }), (m, ls) => {
        const p = priceCheckout({ market: m, at, lines: ls });
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(p.serviceFeeMinor).toBe(serviceFeeFor(m, p.itemsTotalMinor));
        expect(sum(p.sellers.map((s) => s.serviceFeeShareMinor))).toBe(p.serviceFeeMinor);
        expect(p.grandTotalMinor).toBe(sum(p.sellers.map((s) => s.totalMinor)));
        expect(p.grandTotalMinor).toBe(p.goodsTotalMinor + p.insuranceTotalMinor + p.serviceFeeMinor);
        expect(p.goodsTotalMinor).toBe(p.itemsTotalMinor + p.shippingTotalMinor);
        expect(p.sellersVatTotalMinor).toBe(sum(p.sellers.map((s) => s.vat.vatTotalMinor)));
        expect(p.platformVat.serviceFeeNetMinor + p.platformVat.serviceFeeVatMinor).toBe(p.serviceFeeMinor);
        expect(sum(p.sellers.map((s) => s.lineIndexes.length))).toBe(ls.length);
        for (const s of p.sellers) {
          const own = s.lineIndexes.map((i) => p.lines[i]!);
          expect(s.goodsTotalMinor).toBe(s.itemsTotalMinor + s.shippingTotalMinor);
          expect(s.vat.grossTotalMinor).toBe(s.goodsTotalMinor);
          expect(s.itemsTotalMinor).toBe(sum(own.map((l) => l.itemsMinor)));
          expect(s.insuranceTotalMinor).toBe(sum(own.map((l) => l.insuranceMinor)));
          expect(sum(own.map((l) => l.lineVatMinor))).toBe(s.vat.vatTotalMinor);
          expect(s.totalMinor).toBe(s.goodsTotalMinor + s.insuranceTotalMinor + s.serviceFeeShareMinor);
          for (const v of [s.totalMinor, s.serviceFeeShareMinor, s.vat.vatTotalMinor, s.vat.netTotalMinor]) {
            expect(v).toBeGreaterThanOrEqual(0);
          }
        }
        p.lines.forEach((l, i) => {
          expect(l.goodsMinor).toBe(l.itemsMinor + l.shippingMinor);
          expect(l.lineNetMinor + l.lineVatMinor).toBe(l.goodsMinor);
          expect(l.lineNetMinor).toBeGreaterThanOrEqual(0);
          expect(l.lineVatMinor).toBeGreaterThanOrEqual(0);
          expect(l.unitPriceMinor).toBeLessThanOrEqual(ls[i]!.unitPriceMinor);
          if (l.treatment !== 'reverse_charge') expect(l.unitPriceMinor).toBe(ls[i]!.unitPriceMinor);
        });
      }),
    );
  });
});

describe('service fee for a verified business buyer of another member state (issue 11, defect 12)', () => {
  it('is reverse-charged: charged without VAT, with the Art. 196 mention', () => {
    const consumer = priceCheckout({ market: 'FR', at, lines: [line()] });
    expect(consumer.platformVat).toMatchObject({ treatment: 'standard', rateBp: 2000, mention: null });
    const fee = consumer.serviceFeeMinor;
    const p = priceCheckout({ market: 'FR', at, lines: [line()], serviceFeeReverseCharged: true });
    const net = fee - Math.round((fee * 2000) / 12000);
    expect(p.serviceFeeMinor).toBe(net);
    expect(p.platformVat).toMatchObject({
      treatment: 'reverse_charge',
      rateBp: 0,
      serviceFeeNetMinor: net,
      serviceFeeVatMinor: 0,
    });
    expect(p.platformVat.mention).toMatch(/Reverse charge/);
    expect(p.grandTotalMinor).toBe(consumer.grandTotalMinor - fee + net);
    expect(p.sellers.reduce((s, x) => s + x.serviceFeeShareMinor, 0)).toBe(net);
  });
});
