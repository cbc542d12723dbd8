import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditBreakdown, creditedForRefund } from './credit-note.rules.ts';

const standard = (unit: number, qty = 1, shipping = 0, insurance = 0) => ({
  unitPriceMinor: unit,
  quantity: qty,
  shippingPriceMinor: shipping,
  insurancePremiumMinor: insurance,
  treatment: 'standard' as const,
  rateBp: 2100,
});

describe('what a credit note credits', () => {
  it('credits the invoice’s per-rate VAT pro rata, not a VAT recomputed per note (0.51 vs 0.52)', () => {
    // Invoice: 3 × 1.00 incl. 21 % → VAT per rate on the sum: round(3.00 × 21/121) = 0.52.
    const invoiced = {
      treatment: 'standard' as const,
      rateBp: 2100,
      grossMinor: 300,
      netMinor: 248,
      vatMinor: 52,
    };
    const before = { grossMinor: 0, vatMinor: 0 };
    const notes = [];
    for (let i = 0; i < 3; i++) {
      const n = creditedForRefund({
        line: standard(100),
        refundedBeforeMinor: 0,
        refundMinor: 100,
        invoiced,
        creditedBefore: before,
      })!;
      notes.push(n);
      before.grossMinor += n.grossMinor;
      before.vatMinor += n.vatMinor;
    }
    expect(notes.map((n) => n.vatMinor)).toEqual([17, 18, 17]);
    expect(before).toEqual({ grossMinor: 300, vatMinor: 52 });
  });

  it('leaves insurance out; margin and reverse-charge amounts carry no VAT', () => {
    const withInsurance = { ...standard(10_000, 1, 500, 1_500) };
    const all = creditedForRefund({
      line: withInsurance,
      refundedBeforeMinor: 0,
      refundMinor: 12_000,
      invoiced: undefined,
      creditedBefore: { grossMinor: 0, vatMinor: 0 },
    })!;
    expect(all.grossMinor).toBe(10_500);
    for (const treatment of ['margin', 'reverse_charge'] as const)
      expect(
        creditedForRefund({
          line: { ...withInsurance, treatment },
          refundedBeforeMinor: 0,
          refundMinor: 5000,
          invoiced: undefined,
          creditedBefore: { grossMinor: 0, vatMinor: 0 },
        }),
      ).toMatchObject({ vatMinor: 0 });
    expect(
      creditBreakdown([
        { grossMinor: 10_500, netMinor: 10_500, vatMinor: 0, treatment: 'margin', rateBp: 2000 },
        { grossMinor: 500, netMinor: 500, vatMinor: 0, treatment: 'margin', rateBp: 1900 },
      ]),
    ).toEqual([{ treatment: 'margin', rateBp: 0, netMinor: 11_000, vatMinor: 0, grossMinor: 11_000 }]);
  });

  it('any split of a whole line into refunds credits exactly its goods and the invoice’s VAT', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (unit, qty, shipping, insurance, weights) => {
          const line = standard(unit, qty, shipping, insurance);
          const goods = unit * qty + shipping;
          const total = goods + insurance * qty;
          const vat = Math.round((goods * 2100) / 12_100);
          const invoiced = {
            treatment: 'standard' as const,
            rateBp: 2100,
            grossMinor: goods,
            netMinor: goods - vat,
            vatMinor: vat,
          };
          const w = weights.reduce((a, b) => a + b, 0);
          const parts = weights.map((x) => Math.floor((total * x) / w));
          parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
          let refunded = 0;
          const before = { grossMinor: 0, vatMinor: 0 };
          for (const p of parts.filter((x) => x > 0)) {
            const n = creditedForRefund({
              line,
              refundedBeforeMinor: refunded,
              refundMinor: p,
              invoiced,
              creditedBefore: before,
            });
            refunded += p;
            if (!n) continue;
            expect(n.vatMinor).toBeGreaterThanOrEqual(0);
            before.grossMinor += n.grossMinor;
            before.vatMinor += n.vatMinor;
          }
          expect(before).toEqual({ grossMinor: goods, vatMinor: vat });
        },
      ),
    );
  });
});
