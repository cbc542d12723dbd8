import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import { formatAmount } from '../../platform/money.ts';
import { computeBuybox, groupByBuybox } from '../offers/buybox.rules.ts';
import { type LivePriceMove, moveLivePrices } from '../offers/move-live-prices.ts';
import { loadOfferRows, type OfferRow } from '../offers/offer-candidates.read-model.ts';
import { repricedProductIds } from '../offers/offers.store.ts';
import { REPRICE_REASON_TEXT, type RepriceDecision, repriceDecision } from './repricer.rules.ts';
import { sellerPrices } from './seller-prices.ts';

/** Products handled per transaction. */
const BATCH = 100;
export type RepricerRunResult = { offers: number; changed: number; products: number };

export type RepriceChange = {
  row: OfferRow;
  decision: RepriceDecision;
  priceToWinMinor: number | null;
};

/** Passes over one buybox before giving up on a fixed point (two are enough in practice). */
const MAX_PASSES = 5;

/**
 * The new prices of the repricing offers of ONE buybox (product × market × grade), settled
 * together. Repricing offers one at a time against each other's current prices would be a price
 * war by one minor unit per run (thousands of runs, as many log rows); instead every repricing
 * offer starts at its floor and the rule is applied in offer-id order until nothing moves. From
 * the floors, the offer that wins at its floor raises its price to the most that still wins (at
 * most its seller's price) and the others stay at their floors: the state a war would end in,
 * reached at once, and a fixed point, so the next run changes nothing. Returns the offers whose
 * price differs from their live price; ineligible offers are never repriced.
 */
export function repriceBuybox(
  group: readonly OfferRow[],
  sellerPrice: ReadonlyMap<string, number>,
): RepriceChange[] {
  const eligible = new Set(computeBuybox(group).ranking.map((r) => r.offerId));
  const repricing = group
    .filter((r) => r.minPriceMinor !== null && eligible.has(r.offerId))
    .sort((a, b) => a.offerId - b.offerId);
  if (repricing.length === 0) return [];
  const reference = (r: OfferRow) => sellerPrice.get(`${r.offerId}|${r.market}`) ?? r.priceMinor;
  const sim = group.map((r) =>
    r.minPriceMinor !== null && eligible.has(r.offerId)
      ? { ...r, priceMinor: Math.max(1, Math.min(r.minPriceMinor, reference(r))) }
      : r,
  );
  const last = new Map<number, { decision: RepriceDecision; priceToWinMinor: number | null }>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (const row of repricing) {
      const me = sim.find((r) => r.offerId === row.offerId)!;
      const ranked = computeBuybox(sim).ranking.find((r) => r.offerId === row.offerId)!;
      const decision = repriceDecision({
        currentMinor: me.priceMinor,
        sellerPriceMinor: reference(row),
        minPriceMinor: row.minPriceMinor!,
        priceToWinMinor: ranked.priceToWinMinor,
      });
      last.set(row.offerId, { decision, priceToWinMinor: ranked.priceToWinMinor });
      if (decision.changed) {
        me.priceMinor = decision.priceMinor;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return repricing.flatMap((row) => {
    const l = last.get(row.offerId)!;
    const priceMinor = sim.find((r) => r.offerId === row.offerId)!.priceMinor;
    if (priceMinor === row.priceMinor) return [];
    return [
      { row, decision: { ...l.decision, priceMinor, changed: true }, priceToWinMinor: l.priceToWinMinor },
    ];
  });
}

/**
 * The repricer job. For every offer × market with a minimum price, in product batches: compute
 * the buybox of its product × market × grade with the buybox rules, decide the new price
 * (repricer.rules.ts), and in one transaction per batch update offer_prices.price_minor where it
 * changes, log each change in repricer_log, and refresh the buyboxes of the touched products.
 * The repricing offers of one buybox are settled together (repriceBuybox).
 * Ineligible offers (unpublished, out of stock, seller suspended…) are left alone.
 * Running it twice in a row changes nothing the second time.
 */
export async function runRepricer({ db, clock }: { db: Db; clock: Clock }): Promise<RepricerRunResult> {
  const productIds = await repricedProductIds(db);
  const result: RepricerRunResult = { offers: 0, changed: 0, products: 0 };
  for (let i = 0; i < productIds.length; i += BATCH) {
    const batch = productIds.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      const rows = await loadOfferRows(tx, batch);
      const repriced = rows.filter((r) => r.minPriceMinor !== null);
      const reference = await sellerPrices(tx, repriced);
      const moves: LivePriceMove[] = [];
      for (const group of groupByBuybox(rows).values()) {
        for (const { row, decision, priceToWinMinor } of repriceBuybox(group, reference)) {
          const ptw =
            priceToWinMinor === null
              ? ''
              : ` (price to win ${formatAmount(priceToWinMinor, row.currency)} ${row.currency})`;
          moves.push({
            offerId: row.offerId,
            productId: row.productId,
            market: row.market,
            fromMinor: row.priceMinor,
            toMinor: decision.priceMinor,
            reason: `${REPRICE_REASON_TEXT[decision.reason]}${ptw}`,
          });
          result.changed++;
        }
        result.offers += group.filter((r) => r.minPriceMinor !== null).length;
      }
      // The offers module sets the live prices, logs each move here and refreshes the buyboxes.
      result.products += (await moveLivePrices({ db: tx, clock }, { moves })).products;
    });
  }
  return result;
}

/** Every 15 minutes: prices follow the competition within the hour, the log stays readable. */
export function repricerJob(deps: { db: Db; clock: Clock }): Job {
  return { name: 'run-repricer', everyMs: 15 * 60_000, run: () => runRepricer(deps) };
}
