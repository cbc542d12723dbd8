import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { type CartRow, findCart } from './cart.store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a cart id is well-formed: anything else is "not found" without asking the database. */
export const isCartId = (cartId: string): boolean => UUID.test(cartId);

/**
 * A guest cart is reached by its unguessable id alone; a cart that belongs to an account only by
 * that account. Anything else is "not found", so ids of other buyers' carts reveal nothing.
 */
export async function cartFor(
  db: Db,
  cartId: string,
  actor: Actor | null,
  { open = false }: { open?: boolean } = {},
): Promise<CartRow> {
  return allowedCart(isCartId(cartId) ? await findCart(db, cartId) : undefined, actor, { open });
}

/** The access rule of `cartFor` applied to a cart row already read (undefined: no such cart). */
export function allowedCart<C extends Pick<CartRow, 'userId' | 'status'>>(
  cart: C | undefined,
  actor: Actor | null,
  { open = false }: { open?: boolean } = {},
): C {
  if (!cart || (cart.userId !== null && cart.userId !== actor?.userId)) throw AppError.notFound('Cart');
  if (open && cart.status !== 'open') throw new AppError('CONFLICT', 'This cart was already checked out');
  return cart;
}
