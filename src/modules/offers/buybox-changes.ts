import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { marketByCode } from '../../platform/markets.ts';
import { toApiMoney } from '../../platform/money.ts';
import { enqueueEvent } from '../seller-webhooks/seller-webhooks.ts';
import { buyboxWinners } from './offers.schema.ts';
import type { BuyboxWinnerRow } from './offers.store.ts';

type Winner = Pick<BuyboxWinnerRow, 'productId' | 'market' | 'grade' | 'offerId' | 'sellerId' | 'priceMinor'>;

/** The winners of some products now (before a refresh replaces them). */
export async function currentWinners(db: Db, productIds: string[]): Promise<Winner[]> {
  if (!productIds.length) return [];
  return db
    .select({
      productId: buyboxWinners.productId,
      market: buyboxWinners.market,
      grade: buyboxWinners.grade,
      offerId: buyboxWinners.offerId,
      sellerId: buyboxWinners.sellerId,
      priceMinor: buyboxWinners.priceMinor,
    })
    .from(buyboxWinners)
    .where(inArray(buyboxWinners.productId, productIds));
}

/**
 * `listing.buybox_changed` for the seller who lost a buybox and the one who won it, per product ×
 * market × grade whose winning offer changed.
 */
export async function announceBuyboxChanges(
  db: Db,
  before: Winner[],
  after: Winner[],
  now: Date,
): Promise<void> {
  const key = (w: Winner) => `${w.productId}|${w.market}|${w.grade}`;
  const old = new Map(before.map((w) => [key(w), w]));
  const now_ = new Map(after.map((w) => [key(w), w]));
  for (const k of new Set([...old.keys(), ...now_.keys()])) {
    const a = old.get(k);
    const b = now_.get(k);
    if (a?.offerId === b?.offerId) continue;
    const any = (b ?? a)!;
    const currency = marketByCode(any.market)?.currency ?? 'EUR';
    const market = marketByCode(any.market)?.locale ?? any.market;
    for (const [w, isWinner] of [
      [a, false],
      [b, true],
    ] as const) {
      if (!w) continue;
      await enqueueEvent(db, {
        sellerId: w.sellerId,
        event: 'listing.buybox_changed',
        now,
        payload: {
          listing_id: w.offerId,
          product_id: w.productId,
          market,
          grade: w.grade,
          is_winner: isWinner,
          winner_price: b ? toApiMoney(b.priceMinor, currency) : null,
          changed_at: now.toISOString(),
        },
      });
    }
  }
}
