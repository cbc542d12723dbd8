/** "Download my data": the carts of the person's account (a guest's cart is nobody's). */
import { asc, eq, inArray } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { cartLines, carts } from './cart.schema.ts';

export const cartDataExport: PersonalDataExporter = {
  module: 'cart',
  describe: {
    carts: 'Your carts per market: open, checked out or merged at sign-in.',
    cart_lines: 'What you put in your carts: offer, quantity, price seen, insurance, when.',
  },
  async datasets(db, userId) {
    const own = await db
      .select({
        id: carts.id,
        market: carts.market,
        status: carts.status,
        createdAt: carts.createdAt,
        updatedAt: carts.updatedAt,
      })
      .from(carts)
      .where(eq(carts.userId, userId))
      .orderBy(asc(carts.createdAt));
    const lines = own.length
      ? await db
          .select({
            cartId: cartLines.cartId,
            offerId: cartLines.offerId,
            quantity: cartLines.quantity,
            seenUnitPriceMinor: cartLines.seenUnitPriceMinor,
            insurance: cartLines.insurance,
            addedAt: cartLines.addedAt,
          })
          .from(cartLines)
          .where(
            inArray(
              cartLines.cartId,
              own.map((c) => c.id),
            ),
          )
          .orderBy(asc(cartLines.id))
      : [];
    return { carts: own, cart_lines: lines };
  },
};
