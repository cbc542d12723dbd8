import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { offers } from './offers.schema.ts';
import { refreshBuybox } from './refresh-buybox.ts';

export type StockLine = { offerId: number; quantity: number };
export type ReservedOffer = { offerId: number; productId: string; quantity: number; left: number };
export type SoldOutOffer = { offerId: number; requested: number; available: number };
export type ReserveStockResult =
  | { ok: true; reserved: ReservedOffer[] }
  | { ok: false; soldOut: SoldOutOffer[] };

/** The lines merged per offer, in ascending offer id: the one order every writer locks offers in. */
export function inLockOrder(lines: readonly StockLine[]): StockLine[] {
  const byOffer = new Map<number, number>();
  for (const l of lines) byOffer.set(l.offerId, (byOffer.get(l.offerId) ?? 0) + l.quantity);
  return [...byOffer.entries()]
    .sort(([a], [b]) => a - b)
    .map(([offerId, quantity]) => ({ offerId, quantity }));
}

/**
 * Take units of published offers, all or nothing. Each offer is decremented by a conditional
 * update (never read-then-write) in ASCENDING offer id, so two checkouts holding the same offers
 * in opposite order wait for each other instead of deadlocking. When an offer lacks stock (or is
 * unpublished) the result names every such offer and what is left of it, and nothing stays
 * reserved. Offers that reach 0 leave the buybox here: no caller has to remember it. Run it in
 * the transaction that records what the stock was taken for (`deps.db` is then that transaction).
 */
export async function reserveStock(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  input: { lines: readonly StockLine[] },
): Promise<ReserveStockResult> {
  const now = deps.clock.now();
  const reserved: ReservedOffer[] = [];
  const soldOut: SoldOutOffer[] = [];
  for (const l of inLockOrder(input.lines)) {
    const [row] = await deps.db
      .update(offers)
      .set({ quantity: sql`${offers.quantity} - ${l.quantity}`, updatedAt: now })
      .where(and(eq(offers.id, l.offerId), gte(offers.quantity, l.quantity), eq(offers.published, true)))
      .returning({ productId: offers.productId, left: offers.quantity })
      .prepare('reserve_stock')
      .execute();
    if (row)
      reserved.push({ offerId: l.offerId, productId: row.productId, quantity: l.quantity, left: row.left });
    else soldOut.push({ offerId: l.offerId, requested: l.quantity, available: 0 });
  }
  if (soldOut.length) {
    // Give back what was taken (the rows stay locked until the transaction ends), then say what is left.
    for (const r of reserved) {
      await deps.db
        .update(offers)
        .set({ quantity: sql`${offers.quantity} + ${r.quantity}` })
        .where(eq(offers.id, r.offerId));
    }
    const left = await deps.db
      .select({ id: offers.id, quantity: offers.quantity, published: offers.published })
      .from(offers)
      .where(
        inArray(
          offers.id,
          soldOut.map((s) => s.offerId),
        ),
      );
    for (const s of soldOut) {
      const o = left.find((x) => x.id === s.offerId);
      s.available = o?.published ? o.quantity : 0;
    }
    return { ok: false, soldOut };
  }
  const emptied = reserved.filter((r) => r.left === 0).map((r) => r.productId);
  if (emptied.length) await refreshBuybox({ db: deps.db, productIds: emptied, now });
  return { ok: true, reserved };
}
