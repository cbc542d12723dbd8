import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { offers } from './offers.schema.ts';
import { refreshBuybox } from './refresh-buybox.ts';

/**
 * The platform takes one offer out of sale (a DSA notice upheld, compliance): it is unpublished,
 * marked as delisted by the platform (the seller cannot publish it again: update-offer-terms.ts)
 * and its product's buyboxes recomputed, in the caller's transaction (which issues the statement
 * of reasons). Returns the offer's seller and product; refuses an unknown offer.
 */
export async function delistOffer(
  deps: { db: Db; clock: Clock },
  input: { offerId: number },
): Promise<{ sellerId: number; productId: string; wasPublished: boolean }> {
  const [offer] = await deps.db
    .select({ sellerId: offers.sellerId, productId: offers.productId, published: offers.published })
    .from(offers)
    .where(eq(offers.id, input.offerId))
    .for('update');
  if (!offer) throw AppError.notFound('Offer');
  const now = deps.clock.now();
  // Recorded even when already unpublished: the seller must not publish it again themselves.
  await deps.db
    .update(offers)
    .set({ published: false, delistedByPlatformAt: now, updatedAt: now })
    .where(eq(offers.id, input.offerId));
  if (offer.published) await refreshBuybox({ db: deps.db, productIds: [offer.productId], now });
  return { sellerId: offer.sellerId, productId: offer.productId, wasPublished: offer.published };
}
