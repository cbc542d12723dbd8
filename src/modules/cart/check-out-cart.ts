import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { carts } from './cart.schema.ts';

/**
 * The cart becomes a checkout: it is closed ('checked_out') in the checkout's transaction, only if
 * it is still open, in one conditional statement. Of two checkouts of one cart (two tabs, two
 * Idempotency-Keys) the second waits on the first's row lock and then finds the cart closed:
 * false, and its transaction must roll back. A cart is at most one checkout.
 */
export async function checkOutCart(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: { cartId: string },
): Promise<boolean> {
  const closed = await deps.db
    .update(carts)
    .set({ status: 'checked_out', updatedAt: deps.clock.now() })
    .where(and(eq(carts.id, a.cartId), eq(carts.status, 'open')))
    .returning({ id: carts.id })
    .prepare('check_out_cart')
    .execute();
  return closed.length === 1;
}
