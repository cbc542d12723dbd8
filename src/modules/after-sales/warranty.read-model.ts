/** Read model: the warranty an offer promised (months from delivery), for warranty claims. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { offers } from '../offers/offers.schema.ts';

export async function warrantyMonthsOfOffer(db: Db, offerId: number): Promise<number | null> {
  const [o] = await db.select({ months: offers.warrantyMonths }).from(offers).where(eq(offers.id, offerId));
  return o?.months ?? null;
}
