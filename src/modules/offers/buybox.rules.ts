/**
 * The buybox: for one product × grade × market, which offer is shown, the runners-up, and each
 * offer's price to win. Pure and deterministic; the ranking is documented for sellers and
 * shoppers on the "How offers are ranked" page (P2B Art. 5, DSA Art. 27).
 *
 * 1. Eligibility: seller active and verified, offer published, quantity > 0, ships to the
 *    market, warranty ≥ 12 months.
 * 2. Value score = landed price (price + cheapest shipping) × quality factor, where
 *    quality factor = 1 + Σ weight × rate, with weights falling in the priority order
 *    aesthetic defect (5) > wrong product (4) > defective product (3) > wrong accessories (2)
 *    > late delivery (1), and cancellations penalised (3). A 1 % aesthetic-defect rate costs
 *    an offer as much as a 5 % higher price. Lower score wins.
 *    The seller rating (published reviews of the last 12 months, reviews/seller-rating.rules.ts)
 *    can only help, and only a little: from 10 reviews, each tenth of a star above 4.0 lowers the
 *    factor by 20 bp, at most 200 bp at 5.0 — like a price at most 2 % lower (ratingBonusBp;
 *    decision 0014). A lower rating, or fewer reviews, weighs nothing: never a penalty.
 * 3. Ties: lower landed price, then the rates in priority order, then the older offer, then
 *    the lower offer id.
 * An offer that is cheaper and no worse on every rate than another always ranks above it,
 * because every weight is positive.
 */
import type { Grade } from './grades.ts';
import { MIN_WARRANTY_MONTHS } from './grades.ts';

/** Seller quality rates over the rolling window, in basis points (100 = 1 %). */
export type QualityRates = {
  aestheticDefectBp: number;
  wrongProductBp: number;
  defectiveProductBp: number;
  wrongAccessoriesBp: number;
  lateDeliveryBp: number;
  cancellationBp: number;
};

/** A seller with no recorded issue. */
export const NO_QUALITY_ISSUES: QualityRates = {
  aestheticDefectBp: 0,
  wrongProductBp: 0,
  defectiveProductBp: 0,
  wrongAccessoriesBp: 0,
  lateDeliveryBp: 0,
  cancellationBp: 0,
};

/** Priority order of the rates, highest first, with their weight in the quality factor. */
export const RATE_WEIGHTS: ReadonlyArray<readonly [keyof QualityRates, number]> = [
  ['aestheticDefectBp', 5],
  ['wrongProductBp', 4],
  ['defectiveProductBp', 3],
  ['wrongAccessoriesBp', 2],
  ['lateDeliveryBp', 1],
  ['cancellationBp', 3],
];

const BP = 10_000;

export type BuyboxCandidate = {
  offerId: number;
  sellerId: number;
  grade: Grade;
  priceMinor: number;
  /** Cheapest shipping option to the market; null when the offer does not ship there. */
  shippingMinor: number | null;
  quantity: number;
  warrantyMonths: number;
  published: boolean;
  sellerActive: boolean;
  sellerVerified: boolean;
  rates: QualityRates;
  /** The seller rating (average to one decimal, count); absent or null: none. */
  sellerRating?: { average: number; count: number } | null;
  /** Epoch milliseconds. */
  createdAt: number;
};

export type IneligibleReason =
  | 'SELLER_INACTIVE'
  | 'SELLER_UNVERIFIED'
  | 'UNPUBLISHED'
  | 'OUT_OF_STOCK'
  | 'DOES_NOT_SHIP_TO_MARKET'
  | 'WARRANTY_TOO_SHORT';

export function ineligibilityReasons(c: BuyboxCandidate): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (!c.sellerActive) reasons.push('SELLER_INACTIVE');
  if (!c.sellerVerified) reasons.push('SELLER_UNVERIFIED');
  if (!c.published) reasons.push('UNPUBLISHED');
  if (c.quantity <= 0) reasons.push('OUT_OF_STOCK');
  if (c.shippingMinor === null) reasons.push('DOES_NOT_SHIP_TO_MARKET');
  if (c.warrantyMonths < MIN_WARRANTY_MONTHS) reasons.push('WARRANTY_TOO_SHORT');
  return reasons;
}

export function isEligible(c: BuyboxCandidate): boolean {
  return ineligibilityReasons(c).length === 0;
}

/** Quality factor in basis points: 10 000 = no penalty. */
export function qualityFactorBp(rates: QualityRates): number {
  let f = BP;
  for (const [key, weight] of RATE_WEIGHTS) f += weight * Math.max(0, rates[key]);
  return f;
}

/** Reviews a seller needs in the window before its rating weighs anything. */
export const RATING_BONUS_MIN_REVIEWS = 10;
/** The rating (in tenths of a star) above which it starts to help. */
export const RATING_BONUS_FROM_TENTHS = 40;
/** The most a rating can lower the factor: 200 bp, like a price 2 % lower. */
export const RATING_BONUS_MAX_BP = 200;

/** How much the seller rating lowers the factor, in basis points: 0 to RATING_BONUS_MAX_BP. */
export function ratingBonusBp(rating: { average: number; count: number } | null | undefined): number {
  if (!rating || !(rating.count >= RATING_BONUS_MIN_REVIEWS)) return 0;
  const tenths = Math.round(Math.min(Math.max(rating.average, 0), 5) * 10);
  const above = tenths - RATING_BONUS_FROM_TENTHS;
  if (above <= 0) return 0;
  return Math.min(
    RATING_BONUS_MAX_BP,
    Math.round((above * RATING_BONUS_MAX_BP) / (50 - RATING_BONUS_FROM_TENTHS)),
  );
}

/** An offer's factor: its seller's quality factor less the rating bonus. */
export function offerFactorBp(c: Pick<BuyboxCandidate, 'rates' | 'sellerRating'>): number {
  return qualityFactorBp(c.rates) - ratingBonusBp(c.sellerRating);
}

export function landedMinor(c: Pick<BuyboxCandidate, 'priceMinor' | 'shippingMinor'>): number {
  return c.priceMinor + (c.shippingMinor ?? 0);
}

type Ranked = { c: BuyboxCandidate; landed: number; factor: number; score: number };

function rank(c: BuyboxCandidate): Ranked {
  const landed = landedMinor(c);
  const factor = offerFactorBp(c);
  return { c, landed, factor, score: landed * factor };
}

/** Total order: negative when a ranks above (is better than) b. */
function compareRanked(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return a.score - b.score;
  if (a.landed !== b.landed) return a.landed - b.landed;
  for (const [key] of RATE_WEIGHTS) {
    const d = a.c.rates[key] - b.c.rates[key];
    if (d !== 0) return d;
  }
  if (a.c.createdAt !== b.c.createdAt) return a.c.createdAt - b.c.createdAt;
  return a.c.offerId - b.c.offerId;
}

export function compareOffers(a: BuyboxCandidate, b: BuyboxCandidate): number {
  return compareRanked(rank(a), rank(b));
}

export type RankedOffer = {
  offerId: number;
  sellerId: number;
  priceMinor: number;
  shippingMinor: number;
  landedMinor: number;
  qualityFactorBp: number;
  isWinner: boolean;
  /**
   * Highest price at which this offer ranks first, all else equal (for the winner: the highest
   * price at which it keeps the buybox). Null when there is no competitor to beat, or when no
   * positive price would win (its shipping alone costs more than the winner's value).
   */
  priceToWinMinor: number | null;
};

export type BuyboxResult = {
  winner: RankedOffer | null;
  runnersUp: RankedOffer[];
  /** Every eligible offer, best first. */
  ranking: RankedOffer[];
};

export const MAX_RUNNERS_UP = 3;

/** Highest price (≥ 1 minor unit) at which `self` ranks above `best`, or null. */
function priceToBeat(self: Ranked, best: Ranked): number | null {
  const shipping = self.c.shippingMinor ?? 0;
  const beats = (landed: number) =>
    compareRanked({ c: self.c, landed, factor: self.factor, score: landed * self.factor }, best) < 0;
  // Largest landed price whose score does not exceed the best's; then step down while it loses.
  let landed = Math.floor(best.score / self.factor);
  while (landed > shipping && !beats(landed)) landed--;
  return landed > shipping ? landed - shipping : null;
}

export function computeBuybox(candidates: readonly BuyboxCandidate[]): BuyboxResult {
  const ranked = candidates.filter(isEligible).map(rank).sort(compareRanked);
  const ranking: RankedOffer[] = ranked.map((r, i) => {
    const bestOther = i === 0 ? ranked[1] : ranked[0];
    return {
      offerId: r.c.offerId,
      sellerId: r.c.sellerId,
      priceMinor: r.c.priceMinor,
      shippingMinor: r.c.shippingMinor ?? 0,
      landedMinor: r.landed,
      qualityFactorBp: r.factor,
      isWinner: i === 0,
      priceToWinMinor: bestOther ? priceToBeat(r, bestOther) : null,
    };
  });
  return { winner: ranking[0] ?? null, runnersUp: ranking.slice(1, 1 + MAX_RUNNERS_UP), ranking };
}

/** Group rows by product × market × grade — the scope of one buybox — in first-seen order. */
export function groupByBuybox<T extends { productId: string; market: string; grade: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${r.productId}|${r.market}|${r.grade}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}
