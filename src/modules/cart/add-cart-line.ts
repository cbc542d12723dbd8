import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { addedQuantity, MAX_LINES_PER_CART } from './cart.rules.ts';
import { type CartRow, putLineInOpenCart } from './cart.store.ts';
import { ZAddCartLineSchema } from './cart.types.ts';
import { allowedCart, isCartId } from './cart-access.ts';
import { type CartLineRow, cartWithLines } from './cart-lines.read-model.ts';

/**
 * Add an offer to a cart (or more of it), bounded by its stock; the price seen is remembered.
 * Two statements: the cart with its lines and the offer, then the line written only while the
 * cart is open. The lines returned are those read with the line as written (nothing re-read).
 */
export async function addCartLine(
  deps: { db: Db; clock: Clock },
  a: { cartId: string; actor: Actor | null; input: unknown },
): Promise<{ lineId: number; cart: CartRow; lines: CartLineRow[] }> {
  const input = parseOrThrow(ZAddCartLineSchema, a.input);
  const found = isCartId(a.cartId) ? await cartWithLines(deps.db, a.cartId, input.offerId) : undefined;
  const cart = allowedCart(found?.cart, a.actor, { open: true });
  const { lines, added: offer } = found!;
  if (!offer) throw AppError.invalid([{ field: 'offerId', message: 'no such offer' }]);
  if (!offer.published || !offer.sellerActive || offer.stock <= 0 || offer.unitPriceMinor === null) {
    throw AppError.invalid([{ field: 'offerId', message: 'this offer is not available any more' }]);
  }
  const existing = lines.find((l) => l.offerId === offer.offerId);
  const quantity = addedQuantity(existing?.quantity ?? 0, input.quantity, offer.stock);
  if (typeof quantity === 'string') throw AppError.invalid([{ field: 'quantity', message: quantity }]);
  if (!existing && lines.length >= MAX_LINES_PER_CART)
    throw AppError.invalid([
      { field: 'offerId', message: `a cart holds at most ${MAX_LINES_PER_CART} lines` },
    ]);
  const now = deps.clock.now();
  const written = { quantity, seenUnitPriceMinor: offer.unitPriceMinor, insurance: input.insurance };
  const lineId = await putLineInOpenCart(deps.db, {
    cartId: cart.id,
    offerId: offer.offerId,
    ...written,
    now,
  });
  // Checked out between the read and the write (another tab): as if it had been seen closed.
  if (lineId === null) throw new AppError('CONFLICT', 'This cart was already checked out');
  return {
    lineId,
    cart,
    lines: existing
      ? lines.map((l) => (l === existing ? { ...l, ...written } : l))
      : [...lines, { ...offer, lineId, addedAt: now, ...written }],
  };
}
