import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { sellers } from './sellers.schema.ts';

/** The legal withdrawal period is the floor; a year is the most a seller may promise here. */
export const RETURN_WINDOW_MIN_DAYS = 14;
export const RETURN_WINDOW_MAX_DAYS = 365;

/**
 * A seller sets how many days after delivery its buyers may return an item (the commercial
 * window, 30 by default). It applies to every return asked from now on, including on orders
 * already delivered: a longer promise only ever helps the buyer.
 */
export async function setReturnWindow(
  deps: { db: Db },
  input: { sellerId: number; returnWindowDays: number },
): Promise<{ returnWindowDays: number }> {
  const d = input.returnWindowDays;
  if (!Number.isInteger(d) || d < RETURN_WINDOW_MIN_DAYS || d > RETURN_WINDOW_MAX_DAYS)
    throw AppError.invalid([
      {
        field: 'returnWindowDays',
        message: `must be a whole number of days from ${RETURN_WINDOW_MIN_DAYS} to ${RETURN_WINDOW_MAX_DAYS}`,
      },
    ]);
  const [row] = await deps.db
    .update(sellers)
    .set({ returnWindowDays: d })
    .where(eq(sellers.id, input.sellerId))
    .returning({ returnWindowDays: sellers.returnWindowDays });
  if (!row) throw AppError.notFound('Seller');
  return row;
}
