import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { cartLines, carts } from './cart.schema.ts';

export { cartLines, carts };
export type CartRow = typeof carts.$inferSelect;

export async function findCart(db: Db, id: string): Promise<CartRow | undefined> {
  const [row] = await db.select().from(carts).where(eq(carts.id, id)).limit(1);
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
