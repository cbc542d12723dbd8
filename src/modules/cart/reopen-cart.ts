import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { carts } from './cart.schema.ts';
import { findCart, findOpenCartOf } from './cart.store.ts';

/**
 * A checkout that was not paid gives its cart back, so nothing the buyer chose is lost: the cart
 * opens again unless its buyer has started another one for this market meanwhile.
 */
export async function reopenCart(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: { cartId: string },
): Promise<boolean> {
  const cart = await findCart(deps.db, a.cartId);
  if (!cart) return false;
  const other = cart.userId ? await findOpenCartOf(deps.db, cart.userId, cart.market) : undefined;
  if (other) return false;
  await deps.db
    .update(carts)
    .set({ status: 'open', updatedAt: deps.clock.now() })
    .where(eq(carts.id, cart.id));
  return true;
}
