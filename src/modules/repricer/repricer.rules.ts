/**
 * The automatic repricer, pure. A seller opts in per offer and market by setting a minimum price
 * (offer_prices.min_price_minor); the repricer then moves offer_prices.price_minor between that
 * floor and the seller's own price to win the buybox.
 *
 * Price to win (buybox.rules.ts) is the highest price at which the offer ranks first, all else
 * equal, tie-breaks included; for the winner it is the highest price at which it keeps the
 * buybox. It never depends on the offer's own price (it is measured against the best OTHER
 * offer), so the rule below is a function of the seller's price, the floor and the price to win:
 *
 *   no competitor (price to win null)       → the seller's price ("competition left")
 *   price to win ≥ floor                     → min(seller's price, price to win)
 *   price to win < floor (cannot win)        → the floor
 *   and always clamped to [floor, seller's price] (the floor wins if it is above the price).
 *
 * Staying at the floor when the buybox is out of reach is what makes two repricing sellers
 * converge: the one with the lower floor ends just under the other's floor and both stop moving
 * (returning to the seller's price instead would start the race again at every run).
 *
 * The seller's price. offer_prices.price_minor is the LIVE price, which the repricer overwrites,
 * so the price the seller chose is recovered from the repricer log (repricer_log, one row per
 * automatic change): when the newest row's `to_minor` is the live price, the live price is the
 * repricer's, and the seller's price is the `from_minor` of the oldest row of the unbroken chain
 * of automatic changes that led to it (each row starting where the previous one ended). When the
 * newest row does not end at the live price, somebody (the seller, in the portal or through the
 * API) set the price since: the live price IS the seller's price. A seller who types exactly the
 * repricer's last price is read as not having changed it (harmless: the price stays in range).
 */

export type RepriceInput = {
  /** The live price (offer_prices.price_minor). */
  currentMinor: number;
  /** The seller's own price: the most the repricer may charge. */
  sellerPriceMinor: number;
  /** The floor (offer_prices.min_price_minor). */
  minPriceMinor: number;
  /** From the buybox rules; null when no other eligible offer competes. */
  priceToWinMinor: number | null;
};

export type RepriceReason = 'no_competitor' | 'price_to_win' | 'seller_price' | 'floor';

export type RepriceDecision = { priceMinor: number; reason: RepriceReason; changed: boolean };

export function repriceDecision(a: RepriceInput): RepriceDecision {
  const floor = Math.max(1, a.minPriceMinor);
  const ceiling = Math.max(floor, a.sellerPriceMinor);
  let priceMinor: number;
  let reason: RepriceReason;
  if (a.priceToWinMinor === null) {
    priceMinor = ceiling;
    reason = 'no_competitor';
  } else if (a.priceToWinMinor >= ceiling) {
    priceMinor = ceiling;
    reason = 'seller_price';
  } else if (a.priceToWinMinor >= floor) {
    priceMinor = a.priceToWinMinor;
    reason = 'price_to_win';
  } else {
    priceMinor = floor;
    reason = 'floor';
  }
  return { priceMinor, reason, changed: priceMinor !== a.currentMinor };
}

export function repricedPrice(a: RepriceInput): number {
  return repriceDecision(a).priceMinor;
}

export const REPRICE_REASON_TEXT: Readonly<Record<RepriceReason, string>> = {
  no_competitor: 'No competing offer: back to your price',
  seller_price: 'Your price wins the buybox',
  price_to_win: 'Matched the price to win the buybox',
  floor: 'The buybox is out of reach above your minimum price: at your minimum',
};

/** One row of repricer_log, as far as the rule needs it. */
export type RepricerLogEntry = { fromMinor: number; toMinor: number };

/**
 * The seller's price of one offer in one market, from the live price and the repricer log rows
 * of that offer and market, OLDEST FIRST (see the module comment).
 */
export function sellerReferencePrice(currentMinor: number, log: readonly RepricerLogEntry[]): number {
  let i = log.length - 1;
  if (i < 0 || log[i]!.toMinor !== currentMinor) return currentMinor;
  while (i > 0 && log[i - 1]!.toMinor === log[i]!.fromMinor) i--;
  return log[i]!.fromMinor;
}
