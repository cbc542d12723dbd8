import { and, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { addedQuantity } from './cart.rules.ts';
import { type CartRow, cartLines, carts, findCart, findOpenCartOf } from './cart.store.ts';

/**
 * A new cart: a guest's (reached by its id) or the signed-in buyer's one open cart per market.
 * `cart` is the row, and `opened` says it was created now (it has no lines yet).
 */
export async function openCart(
  deps: { db: Db; clock: Clock },
  a: { market: string; actor: Actor | null },
): Promise<{ cartId: string; cart: CartRow; opened: boolean }> {
  const existing = (cart: CartRow) => ({ cartId: cart.id, cart, opened: false });
  if (a.actor) {
    const open = await findOpenCartOf(deps.db, a.actor.userId, a.market);
    if (open) return existing(open);
  }
  const now = deps.clock.now();
  try {
    const [row] = await deps.db
      .insert(carts)
      .values({ userId: a.actor?.userId ?? null, market: a.market, createdAt: now, updatedAt: now })
      .returning();
    return { cartId: row!.id, cart: row!, opened: true };
  } catch (e) {
    if (!isUniqueViolation(e) || !a.actor) throw e;
    return existing((await findOpenCartOf(deps.db, a.actor.userId, a.market))!);
  }
}

/**
 * At sign-in the guest cart joins the buyer's open cart: quantities add up within stock and the
 * per-line maximum; the guest cart is marked merged.
 */
export async function mergeGuestCart(
  deps: { db: Db; clock: Clock },
  a: { guestCartId: string; userId: number },
): Promise<{ cartId: string } | null> {
  const guest = await findCart(deps.db, a.guestCartId).catch(() => undefined);
  if (!guest || guest.userId !== null || guest.status !== 'open') return null;
  const now = deps.clock.now();
  const target = await findOpenCartOf(deps.db, a.userId, guest.market);
  if (!target) {
    await deps.db.update(carts).set({ userId: a.userId, updatedAt: now }).where(eq(carts.id, guest.id));
    return { cartId: guest.id };
  }
  await deps.db.transaction(async (tx) => {
    const lines = await tx.select().from(cartLines).where(eq(cartLines.cartId, guest.id));
    for (const l of lines) {
      const [mine] = await tx
        .select()
        .from(cartLines)
        .where(and(eq(cartLines.cartId, target.id), eq(cartLines.offerId, l.offerId)));
      if (!mine) {
        await tx.insert(cartLines).values({ ...l, id: undefined, cartId: target.id });
        continue;
      }
      const q = addedQuantity(mine.quantity, l.quantity, Number.MAX_SAFE_INTEGER);
      await tx
        .update(cartLines)
        .set({ quantity: typeof q === 'number' ? q : Math.max(mine.quantity, l.quantity) })
        .where(eq(cartLines.id, mine.id));
    }
    await tx.update(carts).set({ status: 'merged', updatedAt: now }).where(eq(carts.id, guest.id));
    await tx.update(carts).set({ updatedAt: now }).where(eq(carts.id, target.id));
  });
  return { cartId: target.id };
}
