import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BuyboxCandidate, IneligibleReason, QualityRates } from './buybox.rules.ts';
import {
  compareOffers,
  computeBuybox,
  ineligibilityReasons,
  isEligible,
  landedMinor,
  MAX_RUNNERS_UP,
  NO_QUALITY_ISSUES,
  offerFactorBp,
  qualityFactorBp,
  RATE_WEIGHTS,
  RATING_BONUS_MAX_BP,
  RATING_BONUS_MIN_REVIEWS,
  ratingBonusBp,
} from './buybox.rules.ts';
import { GRADES } from './grades.ts';

// ---------------------------------------------------------------------------------------------
// Fixtures

const CLEAN: QualityRates = NO_QUALITY_ISSUES;
const RATE_KEYS = Object.keys(CLEAN) as Array<keyof QualityRates>;
const T0 = Date.UTC(2025, 0, 1);

/** An eligible offer: price 100.00, free shipping, clean seller. */
function offer(
  offerId: number,
  overrides: Partial<Omit<BuyboxCandidate, 'rates'>> & { rates?: Partial<QualityRates> } = {},
): BuyboxCandidate {
  const { rates, ...rest } = overrides;
  return {
    offerId,
    sellerId: 1000 + offerId,
    grade: 'EXCELLENT',
    priceMinor: 10_000,
    shippingMinor: 0,
    quantity: 1,
    warrantyMonths: 12,
    published: true,
    sellerActive: true,
    sellerVerified: true,
    createdAt: T0 + offerId,
    ...rest,
    rates: { ...CLEAN, ...rates },
  };
}

const ids = (offers: ReadonlyArray<{ offerId: number }>) => offers.map((o) => o.offerId);
const winnerId = (cs: readonly BuyboxCandidate[]) => computeBuybox(cs).winner?.offerId ?? null;
const withPrice = (cs: readonly BuyboxCandidate[], offerId: number, priceMinor: number) =>
  cs.map((c) => (c.offerId === offerId ? { ...c, priceMinor } : c));

/** Both input orders must give the same winner. */
function expectWinner(cs: BuyboxCandidate[], expected: number) {
  expect(winnerId(cs)).toBe(expected);
  expect(winnerId([...cs].reverse())).toBe(expected);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const mostlyTrue = fc.oneof(
  { arbitrary: fc.constant(true), weight: 9 },
  { arbitrary: fc.constant(false), weight: 1 },
);
const rate = fc.integer({ min: 0, max: 2000 });
const ratesArb: fc.Arbitrary<QualityRates> = fc.record({
  aestheticDefectBp: rate,
  wrongProductBp: rate,
  defectiveProductBp: rate,
  wrongAccessoriesBp: rate,
  lateDeliveryBp: rate,
  cancellationBp: rate,
});

/** Any candidate, eligible or not (most are eligible, so rankings are not trivially empty). */
const candidateArb: fc.Arbitrary<BuyboxCandidate> = fc.record({
  offerId: fc.integer({ min: 1, max: 1_000_000 }),
  sellerId: fc.integer({ min: 1, max: 50 }),
  grade: fc.constantFrom(...GRADES),
  priceMinor: fc.integer({ min: 100, max: 200_000 }),
  shippingMinor: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null, freq: 8 }),
  quantity: fc.integer({ min: 0, max: 5 }),
  warrantyMonths: fc.integer({ min: 11, max: 24 }),
  published: mostlyTrue,
  sellerActive: mostlyTrue,
  sellerVerified: mostlyTrue,
  rates: ratesArb,
  createdAt: fc.integer({ min: T0, max: T0 + 365 * 86_400_000 }),
});

const eligibleArb: fc.Arbitrary<BuyboxCandidate> = candidateArb.map((c) => ({
  ...c,
  shippingMinor: c.shippingMinor ?? 0,
  quantity: Math.max(1, c.quantity),
  warrantyMonths: Math.max(12, c.warrantyMonths),
  published: true,
  sellerActive: true,
  sellerVerified: true,
}));

/** Few distinct values, so equal scores and every tie-break level are exercised. */
const tieProneArb: fc.Arbitrary<BuyboxCandidate> = fc.record({
  offerId: fc.integer({ min: 1, max: 1_000_000 }),
  sellerId: fc.constant(1),
  grade: fc.constant('GOOD' as const),
  priceMinor: fc.constantFrom(10_000, 10_400, 10_500, 11_000),
  shippingMinor: fc.constantFrom(0, 500),
  quantity: fc.constant(1),
  warrantyMonths: fc.constant(12),
  published: fc.constant(true),
  sellerActive: fc.constant(true),
  sellerVerified: fc.constant(true),
  rates: fc.record({
    aestheticDefectBp: fc.constantFrom(0, 100),
    wrongProductBp: fc.constantFrom(0, 125),
    defectiveProductBp: fc.constantFrom(0, 100),
    wrongAccessoriesBp: fc.constantFrom(0, 150),
    lateDeliveryBp: fc.constantFrom(0, 300),
    cancellationBp: fc.constantFrom(0, 100),
  }),
  createdAt: fc.constantFrom(T0, T0 + 1),
});

const listOf = (arb: fc.Arbitrary<BuyboxCandidate>, maxLength = 8) =>
  fc.uniqueArray(arb, { selector: (c) => c.offerId, minLength: 0, maxLength });

const anyList = fc.oneof(listOf(candidateArb), listOf(eligibleArb), listOf(tieProneArb));

/** A list together with a permutation of it. */
const listAndPermutation = anyList.chain((cs) =>
  fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length })),
);

// ---------------------------------------------------------------------------------------------

describe('eligibility', () => {
  const cases: Array<[IneligibleReason, Partial<BuyboxCandidate>]> = [
    ['SELLER_INACTIVE', { sellerActive: false }],
    ['SELLER_UNVERIFIED', { sellerVerified: false }],
    ['UNPUBLISHED', { published: false }],
    ['OUT_OF_STOCK', { quantity: 0 }],
    ['OUT_OF_STOCK', { quantity: -1 }],
    ['DOES_NOT_SHIP_TO_MARKET', { shippingMinor: null }],
    ['WARRANTY_TOO_SHORT', { warrantyMonths: 11 }],
  ];

  it.each(cases)('%s excludes an otherwise unbeatable offer (%j)', (reason, change) => {
    const cheap = offer(1, { priceMinor: 100, ...change });
    const dear = offer(2, { priceMinor: 150_000 });
    expect(ineligibilityReasons(cheap)).toEqual([reason]);
    expect(isEligible(cheap)).toBe(false);
    const result = computeBuybox([cheap, dear]);
    expect(result.winner?.offerId).toBe(2);
    expect(ids(result.ranking)).toEqual([2]);
    expect(result.runnersUp).toEqual([]);
  });

  it('the boundaries are eligible: warranty 12 months, 1 unit, free shipping', () => {
    const c = offer(1, { warrantyMonths: 12, quantity: 1, shippingMinor: 0 });
    expect(ineligibilityReasons(c)).toEqual([]);
    expect(isEligible(c)).toBe(true);
  });

  it('lists every reason, in order', () => {
    const c = offer(1, {
      sellerActive: false,
      sellerVerified: false,
      published: false,
      quantity: 0,
      shippingMinor: null,
      warrantyMonths: 6,
    });
    expect(ineligibilityReasons(c)).toEqual([
      'SELLER_INACTIVE',
      'SELLER_UNVERIFIED',
      'UNPUBLISHED',
      'OUT_OF_STOCK',
      'DOES_NOT_SHIP_TO_MARKET',
      'WARRANTY_TOO_SHORT',
    ]);
  });

  it('no eligible offer: no winner, empty ranking', () => {
    expect(computeBuybox([])).toEqual({ winner: null, runnersUp: [], ranking: [] });
    expect(computeBuybox([offer(1, { quantity: 0 }), offer(2, { published: false })])).toEqual({
      winner: null,
      runnersUp: [],
      ranking: [],
    });
  });

  it('property: the ranking holds exactly the eligible offers; an ineligible one never wins', () => {
    fc.assert(
      fc.property(listOf(candidateArb, 10), (cs) => {
        const result = computeBuybox(cs);
        const eligible = cs.filter((c) => ineligibilityReasons(c).length === 0);
        expect(new Set(ids(result.ranking))).toEqual(new Set(ids(eligible)));
        expect(result.ranking).toHaveLength(eligible.length);
        for (const c of cs.filter((c) => !isEligible(c))) {
          expect(result.winner?.offerId).not.toBe(c.offerId);
          expect(ids(result.runnersUp)).not.toContain(c.offerId);
        }
        expect(result.winner === null).toBe(eligible.length === 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('value score and weights', () => {
  it('weights follow the documented priority order', () => {
    expect(RATE_WEIGHTS).toEqual([
      ['aestheticDefectBp', 5],
      ['wrongProductBp', 4],
      ['defectiveProductBp', 3],
      ['wrongAccessoriesBp', 2],
      ['lateDeliveryBp', 1],
      ['cancellationBp', 3],
    ]);
    expect(RATE_WEIGHTS.map(([k]) => k).sort()).toEqual([...RATE_KEYS].sort());
  });

  it.each([
    ['aestheticDefectBp', 10_500],
    ['wrongProductBp', 10_400],
    ['defectiveProductBp', 10_300],
    ['wrongAccessoriesBp', 10_200],
    ['lateDeliveryBp', 10_100],
    ['cancellationBp', 10_300],
  ] as const)('a 1 %% %s rate gives a quality factor of %i bp', (key, factor) => {
    expect(qualityFactorBp({ ...CLEAN, [key]: 100 })).toBe(factor);
  });

  it('the quality factor adds up all rates, and ignores negative rates', () => {
    expect(qualityFactorBp(CLEAN)).toBe(10_000);
    const all1pc = Object.fromEntries(RATE_KEYS.map((k) => [k, 100])) as QualityRates;
    expect(qualityFactorBp(all1pc)).toBe(10_000 + 100 * (5 + 4 + 3 + 2 + 1 + 3));
    expect(qualityFactorBp({ ...CLEAN, aestheticDefectBp: -500, lateDeliveryBp: 200 })).toBe(10_200);
  });

  it('landed price is price + cheapest shipping (none counts as 0)', () => {
    expect(landedMinor({ priceMinor: 10_000, shippingMinor: 990 })).toBe(10_990);
    expect(landedMinor({ priceMinor: 10_000, shippingMinor: null })).toBe(10_000);
  });

  it('ranks by landed price, not item price', () => {
    const cheapItemDearShipping = offer(1, { priceMinor: 9_000, shippingMinor: 1_500 }); // 105.00
    const dearItemFreeShipping = offer(2, { priceMinor: 10_000, shippingMinor: 0 }); // 100.00
    expectWinner([cheapItemDearShipping, dearItemFreeShipping], 2);
    const r = computeBuybox([cheapItemDearShipping, dearItemFreeShipping]);
    expect(r.ranking[1]).toMatchObject({
      offerId: 1,
      priceMinor: 9_000,
      shippingMinor: 1_500,
      landedMinor: 10_500,
    });
  });

  it('a 1 % aesthetic-defect rate is worth a 5 % price difference', () => {
    // €100.00 with 1 % aesthetic defects scores 10 000 × 10 500 = 105 000 000,
    // exactly as a clean €105.00 offer: 10 500 × 10 000.
    const defects = offer(1, { priceMinor: 10_000, rates: { aestheticDefectBp: 100 } });
    const clean105 = offer(2, { priceMinor: 10_500 });
    const r = computeBuybox([defects, clean105]);
    expect(r.ranking.map((o) => o.landedMinor * o.qualityFactorBp)).toEqual([105_000_000, 105_000_000]);
    // Equal score: the lower landed price wins the tie.
    expect(r.winner?.offerId).toBe(1);
    // One cent cheaper and the clean offer wins; at €105.01 the defective one wins outright.
    expectWinner([defects, offer(2, { priceMinor: 10_499 })], 2);
    expectWinner([defects, offer(2, { priceMinor: 10_501 })], 1);
    // The clean offer's price to win is therefore €104.99, the defective one's to keep it €100.00.
    expect(r.ranking.find((o) => o.offerId === 2)?.priceToWinMinor).toBe(10_499);
    expect(r.winner?.priceToWinMinor).toBe(10_000);
  });

  it('a 1 % wrong-product rate is worth 4 %, a 1 % late-delivery rate 1 %', () => {
    const wrongProduct = offer(1, { priceMinor: 10_000, rates: { wrongProductBp: 100 } });
    expectWinner([wrongProduct, offer(2, { priceMinor: 10_399 })], 2);
    expectWinner([wrongProduct, offer(2, { priceMinor: 10_401 })], 1);
    const late = offer(1, { priceMinor: 10_000, rates: { lateDeliveryBp: 100 } });
    expectWinner([late, offer(2, { priceMinor: 10_099 })], 2);
    expectWinner([late, offer(2, { priceMinor: 10_101 })], 1);
  });

  it('a worse seller can still win by being cheap enough', () => {
    // 2 % aesthetic defects → factor 1.10; €90.00 × 1.10 = 99.00 < €100.00 clean.
    expectWinner([offer(1, { priceMinor: 9_000, rates: { aestheticDefectBp: 200 } }), offer(2)], 1);
  });
});

describe('tie-breaks', () => {
  it('equal score: the lower landed price wins', () => {
    const a = offer(1, { priceMinor: 10_000, rates: { aestheticDefectBp: 100 }, createdAt: T0 + 9 });
    const b = offer(2, { priceMinor: 10_500, createdAt: T0 });
    expect(compareOffers(a, b)).toBeLessThan(0);
    expectWinner([a, b], 1);
  });

  it('equal score and landed: the lower rate in priority order wins (aesthetic before wrong product)', () => {
    // Both factors are 10 500: 5 × 100 vs 4 × 125.
    const aesthetic = offer(1, { rates: { aestheticDefectBp: 100 }, createdAt: T0 });
    const wrongProduct = offer(2, { rates: { wrongProductBp: 125 }, createdAt: T0 + 9 });
    expect(qualityFactorBp(aesthetic.rates)).toBe(qualityFactorBp(wrongProduct.rates));
    expectWinner([aesthetic, wrongProduct], 2);
  });

  it('…defective product before wrong accessories', () => {
    // 3 × 100 vs 2 × 150.
    const defective = offer(1, { rates: { defectiveProductBp: 100 }, createdAt: T0 });
    const accessories = offer(2, { rates: { wrongAccessoriesBp: 150 }, createdAt: T0 + 9 });
    expectWinner([defective, accessories], 2);
  });

  it('…late delivery before cancellations', () => {
    // 1 × 300 vs 3 × 100.
    const late = offer(1, { rates: { lateDeliveryBp: 300 }, createdAt: T0 });
    const cancels = offer(2, { rates: { cancellationBp: 100 }, createdAt: T0 + 9 });
    expectWinner([late, cancels], 2);
  });

  it('equal score, landed and rates: the older offer wins', () => {
    const newer = offer(1, { createdAt: T0 + 1 });
    const older = offer(2, { createdAt: T0 });
    expectWinner([newer, older], 2);
  });

  it('everything equal: the lower offer id wins', () => {
    const a = offer(7, { createdAt: T0 });
    const b = offer(3, { createdAt: T0 });
    expectWinner([a, b], 3);
    expect(compareOffers(b, a)).toBeLessThan(0);
  });

  it('tie-breaks also decide the price to win', () => {
    const winner = offer(1, { priceMinor: 10_000, createdAt: T0 }); // older
    const rival = offer(2, { priceMinor: 12_000, createdAt: T0 + 1 });
    const r = computeBuybox([winner, rival]);
    // At €120.00 the winner ties the rival on everything but age, and is older: it keeps the buybox.
    expect(r.winner).toMatchObject({ offerId: 1, priceToWinMinor: 12_000 });
    // The rival must undercut: at €100.00 it would tie and lose on age.
    expect(r.ranking[1]).toMatchObject({ offerId: 2, priceToWinMinor: 9_999 });
  });

  it('property: compareOffers is a strict total order on distinct offers', () => {
    fc.assert(
      fc.property(fc.oneof(listOf(tieProneArb, 3), listOf(eligibleArb, 3)), (cs) => {
        fc.pre(cs.length === 3);
        const [a, b, c] = cs as [BuyboxCandidate, BuyboxCandidate, BuyboxCandidate];
        expect(compareOffers(a, a)).toBe(0);
        expect(Math.sign(compareOffers(a, b))).toBe(-Math.sign(compareOffers(b, a)));
        expect(compareOffers(a, b)).not.toBe(0);
        if (compareOffers(a, b) < 0 && compareOffers(b, c) < 0) expect(compareOffers(a, c)).toBeLessThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ranking, winner and runners-up', () => {
  it('returns the winner, up to three runners-up and the full ranking', () => {
    const cs = [6, 1, 5, 2, 4, 3].map((i) => offer(i, { priceMinor: 10_000 + i * 100 }));
    const r = computeBuybox(cs);
    expect(ids(r.ranking)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.winner).toEqual(r.ranking[0]);
    expect(r.winner).toMatchObject({
      offerId: 1,
      sellerId: 1001,
      isWinner: true,
      priceMinor: 10_100,
      qualityFactorBp: 10_000,
    });
    expect(ids(r.runnersUp)).toEqual([2, 3, 4]);
    expect(MAX_RUNNERS_UP).toBe(3);
    expect(r.ranking.filter((o) => o.isWinner)).toHaveLength(1);
  });

  it('computes the price to win for every offer', () => {
    const a = offer(1, { priceMinor: 10_000 });
    const b = offer(2, { priceMinor: 12_000 });
    const c = offer(3, { priceMinor: 11_000, shippingMinor: 500, rates: { aestheticDefectBp: 100 } });
    const r = computeBuybox([c, b, a]);
    expect(ids(r.ranking)).toEqual([1, 2, 3]); // c: 115.00 × 1.05 = 120.75 > 120.00
    // The winner keeps the buybox up to €120.00: there it ties b on everything but age, and is older.
    expect(r.ranking[0]?.priceToWinMinor).toBe(12_000);
    expect(r.ranking[1]?.priceToWinMinor).toBe(9_999);
    // c must land at ⌊100 000 000 / 10 500⌋ = 9 523, minus 5.00 shipping.
    expect(r.ranking[2]?.priceToWinMinor).toBe(9_023);
  });

  it('a sole eligible offer has no price to win', () => {
    const r = computeBuybox([offer(1), offer(2, { published: false })]);
    expect(r.winner).toMatchObject({ offerId: 1, isWinner: true, priceToWinMinor: null });
  });

  it('price to win is null when shipping alone costs more than the winner', () => {
    const r = computeBuybox([
      offer(1, { priceMinor: 100 }),
      offer(2, { priceMinor: 5_000, shippingMinor: 2_000 }),
    ]);
    expect(r.ranking[1]).toMatchObject({ offerId: 2, priceToWinMinor: null });
    expect(
      winnerId(
        withPrice(
          [offer(1, { priceMinor: 100 }), offer(2, { priceMinor: 5_000, shippingMinor: 2_000 })],
          2,
          1,
        ),
      ),
    ).toBe(1);
  });

  it('never suggests a price of zero', () => {
    // b would tie the winner (and win on age) only by landing at its shipping cost, i.e. a free item.
    const cs = [
      offer(1, { priceMinor: 100, createdAt: T0 + 1 }),
      offer(2, { priceMinor: 5_000, shippingMinor: 100, createdAt: T0 }),
    ];
    expect(winnerId(withPrice(cs, 2, 0))).toBe(2);
    expect(computeBuybox(cs).ranking[1]).toMatchObject({ offerId: 2, priceToWinMinor: null });
  });

  it('property: runnersUp is ranking[1..3]; the ranking is sorted best first', () => {
    fc.assert(
      fc.property(anyList, (cs) => {
        const r = computeBuybox(cs);
        expect(r.runnersUp.length).toBeLessThanOrEqual(MAX_RUNNERS_UP);
        expect(r.runnersUp).toEqual(r.ranking.slice(1, 4));
        expect(r.winner).toEqual(r.ranking[0] ?? null);
        if (r.winner) expect(ids(r.runnersUp)).not.toContain(r.winner.offerId);
        expect(r.ranking.map((o) => o.isWinner)).toEqual(r.ranking.map((_, i) => i === 0));
        const byId = new Map(cs.map((c) => [c.offerId, c]));
        for (let i = 1; i < r.ranking.length; i++) {
          const prev = r.ranking[i - 1]!;
          const cur = r.ranking[i]!;
          expect(compareOffers(byId.get(prev.offerId)!, byId.get(cur.offerId)!)).toBeLessThan(0);
          expect(prev.landedMinor * prev.qualityFactorBp).toBeLessThanOrEqual(
            cur.landedMinor * cur.qualityFactorBp,
          );
        }
        for (const o of r.ranking) {
          const c = byId.get(o.offerId)!;
          expect(o).toMatchObject({
            sellerId: c.sellerId,
            priceMinor: c.priceMinor,
            shippingMinor: c.shippingMinor,
            landedMinor: c.priceMinor + c.shippingMinor!,
            qualityFactorBp: qualityFactorBp(c.rates),
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('determinism', () => {
  it('property: the result is identical for any permutation of the input', () => {
    fc.assert(
      fc.property(listAndPermutation, ([cs, permuted]) => {
        expect(computeBuybox(permuted)).toEqual(computeBuybox(cs));
      }),
      { numRuns: 500 },
    );
  });

  it('does not modify its input', () => {
    const cs = [offer(2, { priceMinor: 12_000 }), offer(1)];
    const copy = structuredClone(cs);
    computeBuybox(cs);
    expect(cs).toEqual(copy);
  });
});

describe('dominance law', () => {
  /** B, and an A that is strictly cheaper landed and no worse on any rate. */
  const dominatingPair = eligibleArb.chain((b) =>
    fc
      .record({
        a: eligibleArb,
        shipping: fc.integer({ min: 0, max: b.shippingMinor! }),
        caps: ratesArb,
        cutSeed: fc.integer({ min: 1, max: 1_000_000 }),
      })
      .map(({ a, shipping, caps, cutSeed }) => {
        const bLanded = landedMinor(b);
        // Landed A in [shipping + 1, bLanded − 1], so the price stays ≥ 1.
        const aLanded = bLanded - 1 - (cutSeed % (bLanded - 1 - shipping));
        const rates = Object.fromEntries(
          RATE_KEYS.map((k) => [k, Math.min(b.rates[k], caps[k])]),
        ) as QualityRates;
        return { a: { ...a, shippingMinor: shipping, priceMinor: aLanded - shipping, rates }, b };
      }),
  );

  const scenario = fc
    .tuple(dominatingPair, listOf(candidateArb, 6), fc.boolean())
    .map(([{ a, b }, others, swapIds]) => {
      const idA = swapIds ? 2_000_002 : 2_000_001;
      const idB = swapIds ? 2_000_001 : 2_000_002;
      return { a: { ...a, offerId: idA }, b: { ...b, offerId: idB }, others };
    })
    .chain(({ a, b, others }) =>
      fc.tuple(
        fc.constant({ a, b }),
        fc.shuffledSubarray([a, b, ...others], {
          minLength: others.length + 2,
          maxLength: others.length + 2,
        }),
      ),
    );

  it('property: cheaper landed and no worse on every rate ranks above, and never loses the buybox to it', () => {
    fc.assert(
      fc.property(scenario, ([{ a, b }, cs]) => {
        expect(landedMinor(a)).toBeLessThan(landedMinor(b));
        for (const k of RATE_KEYS) expect(a.rates[k]).toBeLessThanOrEqual(b.rates[k]);
        expect(compareOffers(a, b)).toBeLessThan(0);
        const r = computeBuybox(cs);
        const rankIds = ids(r.ranking);
        expect(rankIds.indexOf(a.offerId)).toBeGreaterThanOrEqual(0);
        expect(rankIds.indexOf(a.offerId)).toBeLessThan(rankIds.indexOf(b.offerId));
        expect(r.winner?.offerId).not.toBe(b.offerId);
      }),
      { numRuns: 500 },
    );
  });

  it('example: cheaper and cleaner wins even when newer and with a higher id', () => {
    const a = offer(9, { priceMinor: 9_999, rates: { lateDeliveryBp: 100 }, createdAt: T0 + 100 });
    const b = offer(1, {
      priceMinor: 10_000,
      rates: { lateDeliveryBp: 100, cancellationBp: 1 },
      createdAt: T0,
    });
    expectWinner([a, b], 9);
  });
});

describe('price to win', () => {
  const scenarios = fc.oneof(listOf(eligibleArb, 6), listOf(candidateArb, 6), listOf(tieProneArb, 6));

  it('property: a loser wins at exactly its price to win, not one unit above', () => {
    fc.assert(
      fc.property(scenarios, (cs) => {
        const r = computeBuybox(cs);
        for (const o of r.ranking.slice(1)) {
          const ptw = o.priceToWinMinor;
          if (ptw === null) {
            // No positive price wins.
            expect(winnerId(withPrice(cs, o.offerId, 1))).not.toBe(o.offerId);
            continue;
          }
          expect(ptw).toBeGreaterThanOrEqual(1);
          expect(ptw).toBeLessThan(o.priceMinor);
          expect(winnerId(withPrice(cs, o.offerId, ptw))).toBe(o.offerId);
          expect(winnerId(withPrice(cs, o.offerId, ptw + 1))).not.toBe(o.offerId);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: the winner keeps the buybox up to its price to win, not one unit above', () => {
    fc.assert(
      fc.property(scenarios, (cs) => {
        const r = computeBuybox(cs);
        const w = r.winner;
        if (!w) return;
        if (r.ranking.length === 1) {
          expect(w.priceToWinMinor).toBeNull();
          return;
        }
        const ptw = w.priceToWinMinor;
        expect(ptw).not.toBeNull();
        expect(ptw!).toBeGreaterThanOrEqual(w.priceMinor);
        expect(winnerId(withPrice(cs, w.offerId, ptw!))).toBe(w.offerId);
        expect(winnerId(withPrice(cs, w.offerId, ptw! + 1))).not.toBe(w.offerId);
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The seller rating as an input (decision 0014): it can only help, and only a little.

describe('seller rating', () => {
  const ratingArb = fc.option(
    fc.record({
      average: fc.integer({ min: 10, max: 50 }).map((x) => x / 10),
      count: fc.integer({ min: 0, max: 5_000 }),
    }),
    { nil: null },
  );
  const ratedArb = fc.tuple(eligibleArb, ratingArb).map(([c, sellerRating]) => ({ ...c, sellerRating }));
  const ratedList = fc.oneof(listOf(ratedArb, 6), listOf(tieProneArb, 6));

  it('the bonus: nothing under 10 reviews or at 4.0 and below, 20 bp a tenth above, 200 bp at 5.0', () => {
    expect(ratingBonusBp(null)).toBe(0);
    expect(ratingBonusBp({ average: 5, count: RATING_BONUS_MIN_REVIEWS - 1 })).toBe(0);
    expect(ratingBonusBp({ average: 4, count: 500 })).toBe(0);
    expect(ratingBonusBp({ average: 1.2, count: 500 })).toBe(0);
    expect(ratingBonusBp({ average: 4.1, count: 10 })).toBe(20);
    expect(ratingBonusBp({ average: 4.6, count: 10 })).toBe(120);
    expect(ratingBonusBp({ average: 5, count: 10 })).toBe(RATING_BONUS_MAX_BP);
    expect(RATING_BONUS_MAX_BP).toBe(200);
  });

  it('property: the bonus is bounded and never falls as the average or the count rises', () => {
    fc.assert(
      fc.property(ratingArb, ratingArb, (a, b) => {
        const ba = ratingBonusBp(a);
        expect(ba).toBeGreaterThanOrEqual(0);
        expect(ba).toBeLessThanOrEqual(RATING_BONUS_MAX_BP);
        if (a && b && b.average >= a.average && b.count >= a.count)
          expect(ratingBonusBp(b)).toBeGreaterThanOrEqual(ba);
      }),
    );
  });

  it('property: a rating only helps — the rated offer never drops, the others keep their order', () => {
    fc.assert(
      fc.property(listOf(eligibleArb, 6), fc.nat(), ratingArb, (cs, pick, sellerRating) => {
        if (cs.length === 0) return;
        const target = cs[pick % cs.length]!.offerId;
        const before = ids(computeBuybox(cs).ranking);
        const rated = cs.map((c) => (c.offerId === target ? { ...c, sellerRating } : c));
        const after = ids(computeBuybox(rated).ranking);
        expect(after.indexOf(target)).toBeLessThanOrEqual(before.indexOf(target));
        expect(after.filter((id) => id !== target)).toEqual(before.filter((id) => id !== target));
      }),
      { numRuns: 300 },
    );
  });

  it('property: a rating at or below 4.0, or on fewer than 10 reviews, ranks exactly as none', () => {
    const weak = fc.oneof(
      fc.record({ average: fc.integer({ min: 10, max: 40 }).map((x) => x / 10), count: fc.nat(5_000) }),
      fc.record({ average: fc.integer({ min: 10, max: 50 }).map((x) => x / 10), count: fc.nat(9) }),
    );
    fc.assert(
      fc.property(listOf(eligibleArb, 6), weak, (cs, sellerRating) => {
        const rated = cs.map((c) => ({ ...c, sellerRating }));
        expect(computeBuybox(rated)).toEqual(computeBuybox(cs));
      }),
    );
  });

  it('property: bounded — no rating makes up for a landed price more than 2 % higher on equal rates', () => {
    fc.assert(
      fc.property(
        eligibleArb,
        ratingArb,
        fc.integer({ min: 100, max: 200_000 }),
        (c, sellerRating, cheap) => {
          const rates = c.rates;
          const shippingMinor = 0;
          const other = offer(1, { priceMinor: cheap, shippingMinor, rates });
          // The rated offer costs more than cheap / 0.98.
          const priceMinor = Math.floor((cheap * 10_000) / (10_000 - RATING_BONUS_MAX_BP)) + 1;
          const rated = offer(2, { priceMinor, shippingMinor, rates, sellerRating });
          expectWinner([other, rated], 1);
        },
      ),
    );
  });

  it('example: at equal price and rates, a seller rated 4.8 from 40 reviews wins over an unrated one', () => {
    const unrated = offer(1);
    const rated = offer(2, { sellerRating: { average: 4.8, count: 40 } });
    expectWinner([unrated, rated], 2);
    expect(computeBuybox([unrated, rated]).winner?.qualityFactorBp).toBe(10_000 - 160);
    // …and a 2 % cheaper unrated offer still beats it: the bonus is worth 1.6 %.
    expectWinner([offer(1, { priceMinor: 9_800 }), rated], 1);
  });

  it('property: the price to win stays exact with ratings in play', () => {
    fc.assert(
      fc.property(ratedList, (cs) => {
        const r = computeBuybox(cs);
        for (const o of r.ranking.slice(1)) {
          const ptw = o.priceToWinMinor;
          if (ptw === null) continue;
          expect(winnerId(withPrice(cs, o.offerId, ptw))).toBe(o.offerId);
          expect(winnerId(withPrice(cs, o.offerId, ptw + 1))).not.toBe(o.offerId);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offerFactorBp is the quality factor less the bonus', () => {
    const c = offer(1, { rates: { lateDeliveryBp: 300 }, sellerRating: { average: 5, count: 10 } });
    expect(offerFactorBp(c)).toBe(qualityFactorBp(c.rates) - RATING_BONUS_MAX_BP);
  });
});
