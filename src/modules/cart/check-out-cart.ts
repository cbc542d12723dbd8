import { eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { carts } from './cart.schema.ts';

/** The cart became orders: it is closed ('checked_out'). In the checkout's transaction. */
export async function checkOutCart(
  deps: { db: Db; clock: Pick<Clock, 'now'> },
  a: { cartId: string },
): Promise<void> {
  await deps.db
    .update(carts)
    .set({ status: 'checked_out', updatedAt: deps.clock.now() })
    .where(eq(carts.id, a.cartId));
}
