import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { executeNamed, preparedPerDb } from '../../platform/db/prepared.ts';
import { cartLines, carts } from './cart.schema.ts';

export { cartLines, carts };
export type CartRow = typeof carts.$inferSelect;

const findCartQuery = preparedPerDb((db) =>
  db
    .select()
    .from(carts)
    .where(eq(carts.id, sql.placeholder('id')))
    .limit(1)
    .prepare('find_cart'),
);

export async function findCart(db: Db, id: string): Promise<CartRow | undefined> {
  const [row] = await findCartQuery(db).execute({ id });
  return row;
}

export async function findOpenCartOf(db: Db, userId: number, market: string): Promise<CartRow | undefined> {
  const [row] = await db
    .select()
    .from(carts)
    .where(and(eq(carts.userId, userId), eq(carts.market, market), eq(carts.status, 'open')))
    .limit(1);
  return row;
}

/**
 * Put a line in an open cart, in one statement: the cart is touched only while it is still open
 * (its row lock orders this against a checkout closing it), and the line is written only if it
 * was. The line's id, or null when the cart was closed meanwhile.
 */
export async function putLineInOpenCart(
  db: Db,
  a: {
    cartId: string;
    offerId: number;
    quantity: number;
    seenUnitPriceMinor: number;
    insurance: boolean;
    now: Date;
  },
): Promise<number | null> {
  const rows = await executeNamed<{ id: number }>(
    db,
    'put_line_in_open_cart',
    sql`
    WITH open_cart AS (
      UPDATE carts SET updated_at = ${a.now}::timestamptz WHERE id = ${a.cartId} AND status = 'open' RETURNING id
    )
    INSERT INTO cart_lines (cart_id, offer_id, quantity, seen_unit_price_minor, insurance, added_at)
    SELECT id, ${a.offerId}::int, ${a.quantity}::int, ${a.seenUnitPriceMinor}::int, ${a.insurance}::boolean,
      ${a.now}::timestamptz FROM open_cart
    ON CONFLICT (cart_id, offer_id) DO UPDATE SET quantity = excluded.quantity,
      seen_unit_price_minor = excluded.seen_unit_price_minor, insurance = excluded.insurance
    RETURNING id`,
  );
  return rows[0]?.id ?? null;
}
