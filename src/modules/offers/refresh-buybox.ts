import type { Db } from '../../platform/db/client.ts';
import { invalidateReadCaches } from '../../platform/read-cache.ts';
import { refreshListings } from '../catalog/refresh-listings.ts';
import { computeBuybox, groupByBuybox } from './buybox.rules.ts';
import { announceBuyboxChanges, currentWinners } from './buybox-changes.ts';
import { anyoneListensForBuybox } from './buybox-listeners.read-model.ts';
import { loadOfferRows } from './offer-candidates.read-model.ts';
import { type BuyboxWinnerRow, replaceBuyboxWinners } from './offers.store.ts';

/**
 * Recompute the materialised buybox winners of some products. Call it in the same transaction
 * as any write to their offers, sellers' status or quality rates.
 */
export async function refreshBuybox({
  db,
  productIds,
  now = new Date(),
}: {
  db: Db;
  productIds: string[];
  now?: Date;
}): Promise<number> {
  const unique = [...new Set(productIds)];
  const listening = unique.length > 0 && unique.length <= 500 && (await anyoneListensForBuybox(db));
  const before = listening ? await currentWinners(db, unique) : [];
  const rows = await loadOfferRows(db, unique);
  const winners: BuyboxWinnerRow[] = [];
  for (const group of groupByBuybox(rows).values()) {
    const { winner } = computeBuybox(group);
    if (!winner) continue;
    const row = group.find((r) => r.offerId === winner.offerId)!;
    winners.push({
      productId: row.productId,
      market: row.market,
      grade: row.grade,
      offerId: row.offerId,
      sellerId: row.sellerId,
      priceMinor: row.priceMinor,
      landedMinor: winner.landedMinor,
    });
  }
  const changed = await replaceBuyboxWinners(db, unique, winners);
  if (listening) await announceBuyboxChanges(db, before, winners, now);
  // The listing rows derive from the winners (and product data, which no caller changes here).
  await refreshListings({ db, productIds: [...changed] });
  invalidateReadCaches();
  return winners.length;
}
