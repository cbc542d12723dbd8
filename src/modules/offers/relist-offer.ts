import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { offers } from './offers.schema.ts';
import { refreshBuybox } from './refresh-buybox.ts';

/**
 * A delisting is reversed (a DSA complaint upheld): the offer is published again, the platform's
 * mark cleared (the seller controls its publication again), and its
 * product's buyboxes recomputed, in the caller's transaction. The buybox still only lets it win
 * while its seller may sell and it has stock.
 */
export async function relistOffer(
  deps: { db: Db; clock: Clock },
  input: { offerId: number },
): Promise<{ productId: string }> {
  const [offer] = await deps.db
    .select({ productId: offers.productId })
    .from(offers)
    .where(eq(offers.id, input.offerId))
    .for('update');
  if (!offer) throw AppError.notFound('Offer');
  const now = deps.clock.now();
  await deps.db
    .update(offers)
    .set({ published: true, delistedByPlatformAt: null, updatedAt: now })
    .where(eq(offers.id, input.offerId));
  await refreshBuybox({ db: deps.db, productIds: [offer.productId], now });
  return { productId: offer.productId };
}
