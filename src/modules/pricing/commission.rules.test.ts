import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commissionFor,
  commissionForLines,
  commissionRateBp,
  commissionRefund,
  DEFAULT_COMMISSION_RATE_BP,
} from './commission.rules.ts';

describe('commissionRateBp', () => {
  it('defaults to 10 %, takes the plan rate, then a category override', () => {
    expect(DEFAULT_COMMISSION_RATE_BP).toBe(1000);
    expect(commissionRateBp({})).toBe(1000);
    expect(commissionRateBp({ rateBp: 1200 })).toBe(1200);
    const plan = { rateBp: 1200, categoryRatesBp: { phones: 800, laptops: 0 } };
    expect(commissionRateBp(plan, 'phones')).toBe(800);
    expect(commissionRateBp(plan, 'laptops')).toBe(0);
    expect(commissionRateBp(plan, 'tablets')).toBe(1200);
    expect(commissionRateBp(plan, null)).toBe(1200);
    expect(commissionRateBp(plan, 'constructor')).toBe(1200); // no prototype keys
    expect(commissionRateBp({ categoryRatesBp: new Map([['audio', 1500]]) }, 'audio')).toBe(1500);
  });

  it('rejects impossible rates', () => {
    expect(() => commissionRateBp({ rateBp: -1 })).toThrow();
    expect(() => commissionRateBp({ rateBp: 10_001 })).toThrow();
    expect(() => commissionRateBp({ categoryRatesBp: { x: 12.5 } }, 'x')).toThrow();
  });
});

describe('commissionFor (domain-rules §1.6)', () => {
  it.each([
    [30_000, undefined, 3_000], // 300.00 × 10 %
    [12_345, undefined, 1_235], // 1234.5 → half-up
    [12_344, undefined, 1_234],
    [5, undefined, 1], // 0.5 → 1
    [4, undefined, 0],
    [0, undefined, 0],
    [10_000, { rateBp: 1250 }, 1_250],
    [999, { rateBp: 1250 }, 125], // 124.875 → 125
  ])('amount %i, plan %j → %i', (amountMinor, plan, expected) => {
    expect(commissionFor({ amountMinor, plan })).toBe(expected);
  });

  it('uses the category override', () => {
    expect(
      commissionFor({
        amountMinor: 20_000,
        plan: { categoryRatesBp: { phones: 700 } },
        categoryId: 'phones',
      }),
    ).toBe(1_400);
  });

  it('rejects negative or fractional amounts', () => {
    expect(() => commissionFor({ amountMinor: -1 })).toThrow();
    expect(() => commissionFor({ amountMinor: 1.5 })).toThrow();
  });

  it('never exceeds the amount and grows with it', () => {
    fc.assert(
      fc.property(fc.nat(100_000_000), fc.nat(100_000), fc.integer({ min: 0, max: 10_000 }), (a, d, r) => {
        const c = commissionFor({ amountMinor: a, plan: { rateBp: r } });
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(a);
        expect(commissionFor({ amountMinor: a + d, plan: { rateBp: r } })).toBeGreaterThanOrEqual(c);
      }),
    );
  });
});

describe('commissionRefund', () => {
  it('is pro rata', () => {
    expect(commissionRefund(3_000, 30_000, 30_000)).toBe(3_000);
    expect(commissionRefund(3_000, 10_000, 30_000)).toBe(1_000);
    expect(commissionRefund(3_000, 0, 30_000)).toBe(0);
    expect(commissionRefund(0, 100, 100)).toBe(0);
    expect(commissionRefund(0, 0, 0)).toBe(0);
  });

  it('three thirds of 100 return 33 + 34 + 33 — exactly the commission', () => {
    const parts = [
      commissionRefund(100, 1, 3, 0),
      commissionRefund(100, 1, 3, 1),
      commissionRefund(100, 1, 3, 2),
    ];
    expect(parts).toEqual([33, 34, 33]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('refuses refunding more than the line', () => {
    expect(() => commissionRefund(100, 60, 100, 50)).toThrow(/exceed/);
    expect(() => commissionRefund(100, -1, 100)).toThrow();
  });

  it('refunding everything in several parts refunds exactly the commission', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000 }), { minLength: 1, maxLength: 10 }),
        (total, rateBp, weights) => {
          const commission = commissionFor({ amountMinor: total, plan: { rateBp } });
          // Split the total into parts by the weights (largest remainder keeps the sum).
          const sumW = weights.reduce((a, b) => a + b, 0);
          const parts = weights.map((w) => Math.floor((total * w) / sumW));
          parts[0]! += total - parts.reduce((a, b) => a + b, 0);
          let already = 0;
          let returned = 0;
          for (const p of parts) {
            const r = commissionRefund(commission, p, total, already);
            expect(r).toBeGreaterThanOrEqual(0);
            returned += r;
            already += p;
            expect(returned).toBeLessThanOrEqual(commission);
          }
          expect(returned).toBe(commission);
        },
      ),
    );
  });
});

describe('commission per line category (issue 11, defect 12)', () => {
  it("a seller's lines in two categories each pay their category's rate, not the plan rate", () => {
    const plan = { rateBp: 1000, categoryRatesBp: { '7': 500, '9': 1500 } };
    const r = commissionForLines({
      plan,
      lines: [
        { amountMinor: 10_000, categoryId: '7' },
        { amountMinor: 20_000, categoryId: '9' },
        { amountMinor: 5_000, categoryId: '3' },
      ],
    });
    expect(r.perLine).toEqual([500, 3000, 500]);
    expect(r.totalMinor).toBe(4000);
  });
});
