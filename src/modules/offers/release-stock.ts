import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { offers } from './offers.schema.ts';
import { refreshBuybox } from './refresh-buybox.ts';
import { inLockOrder, type StockLine } from './reserve-stock.ts';

/**
 * Put reserved units back on sale: a payment that failed or was never made, a line cancelled or
 * refunded before shipping. Offers are updated in ascending id (the lock order of reserveStock)
 * and their buyboxes refreshed here. Run it in the transaction of the cause.
 */
export async function releaseStock(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  input: { lines: readonly StockLine[] },
): Promise<{ released: Array<StockLine & { productId: string }> }> {
  const now = deps.clock.now();
  const released: Array<StockLine & { productId: string }> = [];
  for (const l of inLockOrder(input.lines)) {
    if (l.quantity <= 0) continue;
    const [row] = await deps.db
      .update(offers)
      .set({ quantity: sql`${offers.quantity} + ${l.quantity}`, updatedAt: now })
      .where(eq(offers.id, l.offerId))
      .returning({ productId: offers.productId });
    if (row) released.push({ ...l, productId: row.productId });
  }
  if (released.length)
    await refreshBuybox({ db: deps.db, productIds: released.map((r) => r.productId), now });
  return { released };
}
