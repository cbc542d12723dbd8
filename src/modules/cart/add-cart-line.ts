import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { addedQuantity, MAX_LINES_PER_CART } from './cart.rules.ts';
import { cartLines, carts } from './cart.store.ts';
import { ZAddCartLineSchema } from './cart.types.ts';
import { cartFor } from './cart-access.ts';
import { offerInMarket } from './cart-lines.read-model.ts';

/** Add an offer to a cart (or more of it), bounded by its stock; the price seen is remembered. */
export async function addCartLine(
  deps: { db: Db; clock: Clock },
  a: { cartId: string; actor: Actor | null; input: unknown },
): Promise<{ lineId: number }> {
  const input = parseOrThrow(ZAddCartLineSchema, a.input);
  const cart = await cartFor(deps.db, a.cartId, a.actor, { open: true });
  const offer = await offerInMarket(deps.db, input.offerId, cart.market);
  if (!offer) throw AppError.invalid([{ field: 'offerId', message: 'no such offer' }]);
  if (!offer.published || !offer.sellerActive || offer.stock <= 0 || offer.unitPriceMinor === null) {
    throw AppError.invalid([{ field: 'offerId', message: 'this offer is not available any more' }]);
  }
  const [existing] = await deps.db
    .select()
    .from(cartLines)
    .where(and(eq(cartLines.cartId, cart.id), eq(cartLines.offerId, offer.offerId)));
  const quantity = addedQuantity(existing?.quantity ?? 0, input.quantity, offer.stock);
  if (typeof quantity === 'string') throw AppError.invalid([{ field: 'quantity', message: quantity }]);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (!existing) {
      const [{ n }] = (await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(cartLines)
        .where(eq(cartLines.cartId, cart.id))) as [{ n: number }];
      if (n >= MAX_LINES_PER_CART)
        throw AppError.invalid([
          { field: 'offerId', message: `a cart holds at most ${MAX_LINES_PER_CART} lines` },
        ]);
    }
    const [line] = await tx
      .insert(cartLines)
      .values({
        cartId: cart.id,
        offerId: offer.offerId,
        quantity,
        seenUnitPriceMinor: offer.unitPriceMinor!,
        insurance: input.insurance,
        addedAt: now,
      })
      .onConflictDoUpdate({
        target: [cartLines.cartId, cartLines.offerId],
        set: { quantity, seenUnitPriceMinor: offer.unitPriceMinor!, insurance: input.insurance },
      })
      .returning({ id: cartLines.id });
    await tx.update(carts).set({ updatedAt: now }).where(eq(carts.id, cart.id));
    return { lineId: line!.id };
  });
}
