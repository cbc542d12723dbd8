import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { offers } from './offers.schema.ts';
import { refreshBuybox } from './refresh-buybox.ts';

/**
 * A seller may no longer sell (suspension, end of contract): every published offer of it is
 * unpublished and the buyboxes they were in are recomputed, in the caller's transaction. Offers
 * stay unpublished afterwards: the seller publishes them again itself. Returns the products
 * whose buyboxes were refreshed.
 */
export async function withdrawSellerOffers(
  deps: { db: Db; clock: Clock },
  input: { sellerId: number },
): Promise<{ productIds: string[] }> {
  const now = deps.clock.now();
  const rows = await deps.db
    .update(offers)
    .set({ published: false, updatedAt: now })
    .where(and(eq(offers.sellerId, input.sellerId), eq(offers.published, true)))
    .returning({ productId: offers.productId });
  const productIds = [...new Set(rows.map((r) => r.productId))];
  await refreshBuybox({ db: deps.db, productIds, now });
  return { productIds };
}
