import { and, desc, eq, gte, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { checkouts } from './checkout.schema.ts';

/** The checkout module's table: its writes here, and its query functions for other modules. */

export type CheckoutRow = typeof checkouts.$inferSelect;
type Reader = Pick<Db, 'select'>;

/** A new checkout, or null when this cart already has one with this Idempotency-Key (a retry, a race). */
export async function insertCheckout(
  tx: Db,
  values: Omit<typeof checkouts.$inferInsert, 'id'>,
): Promise<CheckoutRow | null> {
  const [row] = await tx.insert(checkouts).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findCheckout(db: Reader, checkoutId: string): Promise<CheckoutRow | null> {
  const [row] = await db.select().from(checkouts).where(eq(checkouts.id, checkoutId));
  return row ?? null;
}

/** The checkout a cart placed with an Idempotency-Key, or null. */
export async function checkoutOfCartByKey(
  db: Reader,
  cartId: string,
  key: string,
): Promise<CheckoutRow | null> {
  const [row] = await db
    .select()
    .from(checkouts)
    .where(and(eq(checkouts.cartId, cartId), eq(checkouts.idempotencyKey, key)))
    .prepare('checkout_of_cart_by_key')
    .execute();
  return row ?? null;
}

/** Every checkout placed with an Idempotency-Key (across carts: the caller picks the buyer's). */
export async function checkoutsByKey(db: Reader, key: string): Promise<CheckoutRow[]> {
  return db.select().from(checkouts).where(eq(checkouts.idempotencyKey, key));
}

/** The buyer's address for a checkout's emails, or null. */
export async function buyerEmailOfCheckout(db: Reader, checkoutId: string): Promise<string | null> {
  const [row] = await db
    .select({ email: checkouts.buyerEmail })
    .from(checkouts)
    .where(eq(checkouts.id, checkoutId));
  return row?.email ?? null;
}

/**
 * The checkouts of a cart, latest first (an unpaid one gives the cart back and the next one
 * replaces it); `except` leaves out the caller's own uncommitted checkout.
 */
export async function checkoutsOfCart(db: Reader, cartId: string, except?: string): Promise<CheckoutRow[]> {
  return db
    .select()
    .from(checkouts)
    .where(and(eq(checkouts.cartId, cartId), except ? ne(checkouts.id, except) : undefined))
    .orderBy(desc(checkouts.createdAt), desc(checkouts.id));
}

/** The latest checkout of a cart, or null (ties in time broken by id: use for keys, not decisions). */
export async function latestCheckoutOfCart(db: Reader, cartId: string): Promise<CheckoutRow | null> {
  return (await checkoutsOfCart(db, cartId))[0] ?? null;
}

/** Whether the cart of `co` became another checkout at the same time or since. */
export async function cartCheckedOutAgain(db: Reader, co: CheckoutRow): Promise<boolean> {
  const [row] = await db
    .select({ id: checkouts.id })
    .from(checkouts)
    .where(
      and(eq(checkouts.cartId, co.cartId), ne(checkouts.id, co.id), gte(checkouts.createdAt, co.createdAt)),
    )
    .limit(1);
  return !!row;
}
