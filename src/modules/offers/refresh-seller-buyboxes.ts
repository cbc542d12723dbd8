import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { productIdsOfSeller } from './offers.store.ts';
import { refreshBuybox } from './refresh-buybox.ts';

/**
 * Recompute the buyboxes of every product a seller offers, in the caller's transaction: for
 * changes outside the offers that the buybox weighs (the seller's quality rates, its status).
 */
export async function refreshSellerBuyboxes(
  deps: { db: Db; clock?: Clock },
  input: { sellerId: number },
): Promise<{ products: number }> {
  const productIds = await productIdsOfSeller(deps.db, input.sellerId);
  if (productIds.length)
    await refreshBuybox({ db: deps.db, productIds, ...(deps.clock ? { now: deps.clock.now() } : {}) });
  return { products: productIds.length };
}
