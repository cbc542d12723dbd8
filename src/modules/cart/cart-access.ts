import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { type CartRow, findCart } from './cart.store.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  const cart = UUID.test(cartId) ? await findCart(db, cartId) : undefined;
  if (!cart || (cart.userId !== null && cart.userId !== actor?.userId)) throw AppError.notFound('Cart');
  if (open && cart.status !== 'open') throw new AppError('CONFLICT', 'This cart was already checked out');
  return cart;
}
