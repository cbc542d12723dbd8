import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { recordPriceMoves } from '../repricer/record-price-moves.ts';
import { setLivePrice } from './offers.store.ts';
import { refreshBuybox } from './refresh-buybox.ts';

export type LivePriceMove = {
  offerId: number;
  productId: string;
  market: string;
  fromMinor: number;
  toMinor: number;
  /** Why, for the seller (the repricer log's reason). */
  reason: string;
};

/**
 * Move live prices on the repricer's behalf: each move sets offer_prices.price_minor, is recorded
 * in the repricer log, and the touched products' buyboxes are refreshed, all in the caller's
 * transaction (`deps.db`). The seller's own price and floor are not touched.
 */
export async function moveLivePrices(
  deps: { db: Db; clock: Clock },
  input: { moves: readonly LivePriceMove[] },
): Promise<{ products: number }> {
  const moves = input.moves.filter((m) => m.fromMinor !== m.toMinor);
  if (moves.length === 0) return { products: 0 };
  const at = deps.clock.now();
  for (const m of moves) await setLivePrice(deps.db, m.offerId, m.market, m.toMinor);
  await recordPriceMoves(
    deps.db,
    moves.map((m) => ({
      offerId: m.offerId,
      market: m.market,
      fromMinor: m.fromMinor,
      toMinor: m.toMinor,
      reason: m.reason,
      at,
    })),
  );
  const productIds = [...new Set(moves.map((m) => m.productId))];
  await refreshBuybox({ db: deps.db, productIds, now: at });
  return { products: productIds.length };
}
