import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import type { VatTreatment, VatTreatmentInput, VatType } from './vat.rules.ts';
import {
  EU_MEMBER_STATES,
  invoiceVat,
  invoiceVatOnNet,
  isEuMemberState,
  MARGIN_SCHEME_MENTION,
  marginSchemeVat,
  netFromGross,
  REVERSE_CHARGE_MENTION,
  receiptMention,
  VAT_TREATMENTS,
  vatIncluded,
  vatOnNet,
  vatRateBpFor,
  vatRateCountry,
  vatTreatment,
} from './vat.rules.ts';

const consumer = { business: false, vatNumberCountry: null };
const biz = (vatNumberCountry: string | null) => ({ business: true, vatNumberCountry });
const input = (
  vatType: VatType,
  buyer: VatTreatmentInput['buyer'],
  shipFromCountry: string,
  shipToCountry: string,
): VatTreatmentInput => ({ vatType, buyer, shipFromCountry, shipToCountry });

describe('vatTreatment (domain-rules §3.2, §3.4, §7 rules 27, 30)', () => {
  it.each<[string, VatTreatmentInput, VatTreatment]>([
    ['consumer, domestic', input('REGULAR', consumer, 'FR', 'FR'), 'standard'],
    ['consumer, cross-border', input('REGULAR', consumer, 'FR', 'DE'), 'standard'],
    ['business DE number, FR → DE', input('REGULAR', biz('DE'), 'FR', 'DE'), 'reverse_charge'],
    [
      'business DE number, FR → BE (number need not match destination)',
      input('REGULAR', biz('DE'), 'FR', 'BE'),
      'reverse_charge',
    ],
    ['business Greek number as EL', input('REGULAR', biz('EL'), 'FR', 'GR'), 'reverse_charge'],
    ['business Greek number as GR', input('REGULAR', biz('gr'), 'fr', 'gr'), 'reverse_charge'],
    ['business number of the departure state', input('REGULAR', biz('FR'), 'FR', 'DE'), 'standard'],
    ['business, domestic shipment', input('REGULAR', biz('DE'), 'DE', 'DE'), 'standard'],
    ['business DE number, shipped within FR', input('REGULAR', biz('DE'), 'FR', 'FR'), 'standard'],
    ['business without VAT number', input('REGULAR', biz(null), 'FR', 'DE'), 'standard'],
    ['business with a non-EU number', input('REGULAR', biz('GB'), 'FR', 'DE'), 'standard'],
    [
      'VAT number but not a business',
      input('REGULAR', { business: false, vatNumberCountry: 'DE' }, 'FR', 'DE'),
      'standard',
    ],
    ['margin goods, consumer', input('MARGINAL', consumer, 'FR', 'FR'), 'margin'],
    ['margin goods never reverse-charged (Art. 139(3))', input('MARGINAL', biz('DE'), 'FR', 'DE'), 'margin'],
    ['GB regular', input('REGULAR', consumer, 'GB', 'GB'), 'standard'],
    ['GB margin scheme', input('MARGINAL', consumer, 'GB', 'GB'), 'margin'],
    ['US regular', input('REGULAR', consumer, 'US', 'US'), 'standard'],
    ['US marginal (no margin scheme, rate 0)', input('MARGINAL', biz(null), 'US', 'US'), 'standard'],
  ])('%s', (_name, i, expected) => {
    expect(vatTreatment(i)).toBe(expected);
  });

  it.each([
    ['FR', 'GB'],
    ['GB', 'FR'],
    ['US', 'FR'],
    ['GB', 'US'],
    ['CH', 'CH'],
  ])('refuses %s → %s (export/import)', (from, to) => {
    expect(() => vatTreatment(input('REGULAR', consumer, from, to))).toThrow(AppError);
  });

  it('reverse charge only when every Art. 138 condition holds', () => {
    const eu = [...EU_MEMBER_STATES];
    fc.assert(
      fc.property(
        fc.constantFrom<VatType>('REGULAR', 'MARGINAL'),
        fc.boolean(),
        fc.option(fc.constantFrom(...eu, 'GB', 'US', 'EL')),
        fc.constantFrom(...eu),
        fc.constantFrom(...eu),
        (vatType, business, vatNumberCountry, from, to) => {
          const t = vatTreatment(input(vatType, { business, vatNumberCountry }, from, to));
          const vc = vatNumberCountry === 'EL' ? 'GR' : vatNumberCountry;
          const expected =
            vatType === 'MARGINAL'
              ? 'margin'
              : business && vc !== null && isEuMemberState(vc) && vc !== from && from !== to
                ? 'reverse_charge'
                : 'standard';
          expect(t).toBe(expected);
        },
      ),
    );
  });

  it('knows the 27 member states', () => {
    expect(EU_MEMBER_STATES.size).toBe(27);
    expect(isEuMemberState('EL')).toBe(true);
    expect(isEuMemberState('GB')).toBe(false);
  });
});

describe('applicable rate', () => {
  const at = new Date('2025-06-01T00:00:00Z');
  it('standard and reverse charge use the destination, margin the seller’s state', () => {
    expect(vatRateCountry('standard', 'FR', 'DE')).toBe('DE');
    expect(vatRateCountry('reverse_charge', 'FR', 'DE')).toBe('DE');
    expect(vatRateCountry('margin', 'FR', 'DE')).toBe('FR');
    expect(vatRateBpFor({ treatment: 'standard', shipFromCountry: 'FR', shipToCountry: 'DE', at })).toBe(
      1900,
    );
    expect(vatRateBpFor({ treatment: 'margin', shipFromCountry: 'FR', shipToCountry: 'DE', at })).toBe(2000);
    expect(vatRateBpFor({ treatment: 'standard', shipFromCountry: 'SE', shipToCountry: 'SE', at })).toBe(
      2500,
    );
    expect(vatRateBpFor({ treatment: 'standard', shipFromCountry: 'US', shipToCountry: 'US', at })).toBe(0);
    expect(vatRateBpFor({ treatment: 'standard', shipFromCountry: 'FR', shipToCountry: 'PL', at })).toBe(
      2300,
    );
    expect(
      vatRateBpFor({
        treatment: 'standard',
        shipFromCountry: 'FR',
        shipToCountry: 'DE',
        at: new Date('2020-09-01T00:00:00Z'),
      }),
    ).toBe(1600);
  });
});

describe('destination VAT for the five non-market destinations (issue 11, defect 2)', () => {
  const at = new Date('2026-11-21T12:00:00Z');
  it.each([
    ['AT', 2000],
    ['PT', 2300],
    ['IE', 2300],
    ['LU', 1700],
    ['GR', 2400],
    ['EL', 2400],
  ])('a consumer in %s pays its standard rate (%i bp), never a silent 0', (to, bp) => {
    expect(vatRateBpFor({ treatment: 'standard', shipFromCountry: 'FR', shipToCountry: to, at })).toBe(bp);
    expect(vatRateBpFor({ treatment: 'reverse_charge', shipFromCountry: 'DE', shipToCountry: to, at })).toBe(
      bp,
    );
  });

  it('a seller under the EUR 10 000 OSS threshold charges its own rate on distance sales', () => {
    const base = { treatment: 'standard' as const, shipFromCountry: 'DE', shipToCountry: 'AT', at };
    expect(vatRateBpFor({ ...base, sellerUnderOssThreshold: true })).toBe(1900);
    expect(vatRateBpFor({ ...base, sellerUnderOssThreshold: false })).toBe(2000);
    // Never for a domestic sale or a reverse charge.
    expect(vatRateBpFor({ ...base, treatment: 'reverse_charge', sellerUnderOssThreshold: true })).toBe(2000);
  });

  it('an unknown destination is an error naming the country, not 0 %', () => {
    expect(() =>
      vatRateBpFor({ treatment: 'standard', shipFromCountry: 'FR', shipToCountry: 'XX', at }),
    ).toThrow(/XX/);
  });

  it('the rate is the one of the local day where the tax is due', () => {
    // 30 June 2020 22:30 UTC is already 1 July in Berlin: the temporary 16 % applies.
    const berlinMidnight = new Date('2020-06-30T22:30:00Z');
    expect(
      vatRateBpFor({ treatment: 'standard', shipFromCountry: 'FR', shipToCountry: 'DE', at: berlinMidnight }),
    ).toBe(1600);
  });
});

describe('invoiceVat — EN 16931 per-rate totals (domain-rules §6)', () => {
  it('gross vector: 3 × 1.00 incl. 21 % → 0.52 per invoice (0.51 per line)', () => {
    const lines = [1, 2, 3].map(() => ({ grossMinor: 100, treatment: 'standard' as const, rateBp: 2100 }));
    const inv = invoiceVat(lines);
    expect(inv.vatTotalMinor).toBe(52);
    expect(inv.netTotalMinor).toBe(248);
    expect(inv.grossTotalMinor).toBe(300);
    expect(inv.perRate).toEqual([
      { treatment: 'standard', rateBp: 2100, grossMinor: 300, netMinor: 248, vatMinor: 52 },
    ]);
    expect(inv.lineVat).toEqual([18, 17, 17]);
    const perLine = lines.map((l) => invoiceVat([l]).vatTotalMinor).reduce((a, b) => a + b, 0);
    expect(perLine).toBe(51); // the policy we did NOT choose
  });

  it('net vector: 3 × 0.35 at 21 % → 0.22 per invoice (0.21 per line)', () => {
    const lines = [1, 2, 3].map(() => ({ netMinor: 35, treatment: 'standard' as const, rateBp: 2100 }));
    const inv = invoiceVatOnNet(lines);
    expect(inv.vatTotalMinor).toBe(22);
    expect(inv.netTotalMinor).toBe(105);
    expect(inv.grossTotalMinor).toBe(127);
    expect(inv.lineVat).toEqual([8, 7, 7]);
    expect(lines.map((l) => vatOnNet(l.netMinor, l.rateBp)).reduce((a, b) => a + b, 0)).toBe(21);
  });

  it('groups by treatment and rate; reverse charge and margin carry no VAT at rate 0', () => {
    const inv = invoiceVat([
      { grossMinor: 12_000, treatment: 'standard', rateBp: 2000 },
      { grossMinor: 30_000, treatment: 'margin', rateBp: 2000 },
      { grossMinor: 10_000, treatment: 'reverse_charge', rateBp: 1900 },
      { grossMinor: 11_900, treatment: 'standard', rateBp: 1900 },
      { grossMinor: 6_000, treatment: 'standard', rateBp: 2000 },
      { grossMinor: 5_000, treatment: 'reverse_charge', rateBp: 2100 },
    ]);
    expect(inv.perRate).toEqual([
      { treatment: 'standard', rateBp: 1900, grossMinor: 11_900, netMinor: 10_000, vatMinor: 1_900 },
      { treatment: 'standard', rateBp: 2000, grossMinor: 18_000, netMinor: 15_000, vatMinor: 3_000 },
      { treatment: 'reverse_charge', rateBp: 0, grossMinor: 15_000, netMinor: 15_000, vatMinor: 0 },
      { treatment: 'margin', rateBp: 0, grossMinor: 30_000, netMinor: 30_000, vatMinor: 0 },
    ]);
    expect(inv.vatTotalMinor).toBe(4_900);
    expect(inv.lineVat).toEqual([2_000, 0, 0, 1_900, 1_000, 0]);
    expect(inv.grossTotalMinor).toBe(74_900);
  });

  it('a 0 % standard rate (US) gives no VAT', () => {
    const inv = invoiceVat([{ grossMinor: 9_999, treatment: 'standard', rateBp: 0 }]);
    expect(inv.vatTotalMinor).toBe(0);
    expect(inv.netTotalMinor).toBe(9_999);
  });

  it('an empty invoice is all zeros', () => {
    expect(invoiceVat([])).toEqual({
      perRate: [],
      vatTotalMinor: 0,
      netTotalMinor: 0,
      grossTotalMinor: 0,
      lineVat: [],
    });
  });

  it('rejects bad lines', () => {
    expect(() => invoiceVat([{ grossMinor: -1, treatment: 'standard', rateBp: 2000 }])).toThrow();
    expect(() => invoiceVat([{ grossMinor: 1.5, treatment: 'standard', rateBp: 2000 }])).toThrow();
    expect(() => invoiceVat([{ grossMinor: 1, treatment: 'standard', rateBp: -1 }])).toThrow();
    expect(() => invoiceVat([{ grossMinor: 1, treatment: 'zero' as VatTreatment, rateBp: 0 }])).toThrow();
  });

  const line = fc.record({
    grossMinor: fc.integer({ min: 0, max: 10_000_000 }),
    treatment: fc.constantFrom(...VAT_TREATMENTS),
    rateBp: fc.constantFrom(0, 550, 600, 1000, 1900, 2000, 2100, 2200, 2500, 2550),
  });

  it('laws: totals add up, line VAT sums to the total, nothing negative', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const inv = invoiceVat(lines);
        const gross = lines.reduce((a, l) => a + l.grossMinor, 0);
        expect(inv.grossTotalMinor).toBe(gross);
        expect(inv.netTotalMinor + inv.vatTotalMinor).toBe(gross);
        expect(inv.lineVat.reduce((a, b) => a + b, 0)).toBe(inv.vatTotalMinor);
        expect(inv.perRate.reduce((a, r) => a + r.vatMinor, 0)).toBe(inv.vatTotalMinor);
        for (const r of inv.perRate) {
          expect(r.netMinor + r.vatMinor).toBe(r.grossMinor);
          expect(r.vatMinor).toBe(vatIncluded(r.grossMinor, r.rateBp));
          if (r.treatment !== 'standard') expect(r.vatMinor).toBe(0);
          expect(r.netMinor).toBeGreaterThanOrEqual(0);
        }
        lines.forEach((l, i) => {
          expect(inv.lineVat[i]).toBeGreaterThanOrEqual(0);
          expect(inv.lineVat[i]).toBeLessThanOrEqual(l.grossMinor);
          if (l.treatment !== 'standard') expect(inv.lineVat[i]).toBe(0);
        });
        // The order of lines does not change the per-rate totals.
        expect(invoiceVat([...lines].reverse()).perRate).toEqual(inv.perRate);
      }),
    );
  });
});

describe('netFromGross / vatIncluded', () => {
  it.each([
    [12_000, 2000, 10_000],
    [100, 2100, 83],
    [0, 2000, 0],
    [9_999, 0, 9_999],
    [11_900, 1900, 10_000],
  ])('netFromGross(%i, %i) = %i', (gross, rate, net) => {
    expect(netFromGross(gross, rate)).toBe(net);
  });

  it('net + included VAT is the gross, and VAT on the net is within a cent of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 5000 }), (g, r) => {
        const net = netFromGross(g, r);
        expect(net + vatIncluded(g, r)).toBe(g);
        expect(Math.abs(net + vatOnNet(net, r) - g)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('marginSchemeVat (domain-rules §3.4, §7 rule 29)', () => {
  it.each([
    [20_000, 30_000, 2000, 1_667],
    [30_000, 25_000, 2000, 0],
    [15_000, 22_900, 1900, 1_261],
    [10_000, 18_000, 2500, 1_600],
    [12_000, 15_000, 2100, 521],
    [10_000, 10_000, 2000, 0],
  ])('buy %i / sell %i / %i bp → %i', (purchaseMinor, saleMinor, rateBp, vat) => {
    expect(marginSchemeVat({ purchaseMinor, saleMinor, rateBp })).toBe(vat);
  });

  it('is never negative and never more than the margin', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000_000), fc.integer({ min: 0, max: 5000 }), (p, s, r) => {
        const vat = marginSchemeVat({ purchaseMinor: p, saleMinor: s, rateBp: r });
        expect(vat).toBeGreaterThanOrEqual(0);
        expect(vat).toBeLessThanOrEqual(Math.max(0, s - p));
      }),
    );
  });
});

describe('receiptMention (Art. 226(11), (11a), (14))', () => {
  it('says margin scheme and reverse charge, nothing for standard', () => {
    expect(receiptMention('margin')).toBe('Margin scheme — Second-hand goods');
    expect(receiptMention('reverse_charge')).toBe(
      'Reverse charge — Exempt intra-Community supply, Art. 138 Directive 2006/112/EC',
    );
    expect(receiptMention('standard')).toBeNull();
    expect(MARGIN_SCHEME_MENTION).toBe(receiptMention('margin'));
    expect(REVERSE_CHARGE_MENTION).toBe(receiptMention('reverse_charge'));
  });
});
