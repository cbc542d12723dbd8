import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { cartLines, carts } from './cart.store.ts';
import { ZUpdateCartLineSchema } from './cart.types.ts';
import { cartFor } from './cart-access.ts';
import { offerInMarket } from './cart-lines.read-model.ts';

/** Change a line's quantity (bounded by stock) or insurance; confirms the current price. */
export async function updateCartLine(
  deps: { db: Db; clock: Clock },
  a: { cartId: string; lineId: number; actor: Actor | null; input: unknown },
): Promise<void> {
  const input = parseOrThrow(ZUpdateCartLineSchema, a.input);
  const cart = await cartFor(deps.db, a.cartId, a.actor, { open: true });
  const [line] = await deps.db
    .select()
    .from(cartLines)
    .where(and(eq(cartLines.id, a.lineId), eq(cartLines.cartId, cart.id)));
  if (!line) throw AppError.notFound('Cart line');
  const offer = await offerInMarket(deps.db, line.offerId, cart.market);
  if (input.quantity !== undefined && offer && input.quantity > offer.stock) {
    throw AppError.invalid([
      {
        field: 'quantity',
        message: offer.stock ? `only ${offer.stock} in stock` : 'this offer is out of stock',
      },
    ]);
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(cartLines)
      .set({
        ...(input.quantity !== undefined ? { quantity: input.quantity } : {}),
        ...(input.insurance !== undefined ? { insurance: input.insurance } : {}),
        ...(offer?.unitPriceMinor != null ? { seenUnitPriceMinor: offer.unitPriceMinor } : {}),
      })
      .where(eq(cartLines.id, line.id));
    await tx.update(carts).set({ updatedAt: now }).where(eq(carts.id, cart.id));
  });
}

export async function removeCartLine(
  deps: { db: Db; clock: Clock },
  a: { cartId: string; lineId: number; actor: Actor | null },
): Promise<void> {
  const cart = await cartFor(deps.db, a.cartId, a.actor, { open: true });
  const removed = await deps.db
    .delete(cartLines)
    .where(and(eq(cartLines.id, a.lineId), eq(cartLines.cartId, cart.id)))
    .returning({ id: cartLines.id });
  if (!removed.length) throw AppError.notFound('Cart line');
  await deps.db.update(carts).set({ updatedAt: deps.clock.now() }).where(eq(carts.id, cart.id));
}
