/**
 * Read model — serves: the monthly fee job (monthly-fees.ts), which charges every active seller.
 * Reads: sellers (sellers). Never writes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from '../sellers/sellers.schema.ts';

/** Active sellers (suspended and closed ones are not charged) with their country, by id. */
export async function sellersToCharge(
  db: Pick<Db, 'select'>,
): Promise<Array<{ id: number; country: string }>> {
  return db
    .select({ id: sellers.id, country: sellers.country })
    .from(sellers)
    .where(eq(sellers.status, 'active'))
    .orderBy(asc(sellers.id));
}
