/**
 * Erasure of a person's carts: the lines of an open cart are deleted, and every cart is detached
 * from the person (a checked-out cart stays, as its checkout refers to it).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import { cartLines, carts } from './cart.schema.ts';

export const cartEraser: DataEraser = {
  module: 'cart',
  async erase({ db }, { userId }) {
    const open = await db
      .select({ id: carts.id })
      .from(carts)
      .where(and(eq(carts.userId, userId), eq(carts.status, 'open')));
    const lines = open.length
      ? await db
          .delete(cartLines)
          .where(
            inArray(
              cartLines.cartId,
              open.map((c) => c.id),
            ),
          )
          .returning({ id: cartLines.id })
      : [];
    const detached = await db
      .update(carts)
      .set({ userId: null })
      .where(eq(carts.userId, userId))
      .returning({ id: carts.id });
    return {
      tallies: [
        tally('cart_lines', { deleted: lines.length }),
        tally('carts', { anonymised: detached.length }),
      ],
      held: [],
    };
  },
};
