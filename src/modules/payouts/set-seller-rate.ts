import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { sellerExists } from './commission-rates.read-model.ts';
import { auditRateChange, type FeeChangeBy, ZRateBp } from './fee-settings.ts';
import { sellerCommissionRates } from './payouts.schema.ts';

const ZSellerRate = z.strictObject({ sellerId: z.number().int().positive(), rateBp: ZRateBp });

/** Set (insert or replace) a seller's negotiated plan rate. */
export async function setSellerRate(
  db: Db,
  input: { sellerId: number; rateBp: number },
  by: FeeChangeBy,
): Promise<void> {
  const v = parseOrThrow(ZSellerRate, input);
  if (!(await sellerExists(db, v.sellerId)))
    throw AppError.invalid([{ field: 'sellerId', message: 'is not a seller' }]);
  await db.transaction(async (tx) => {
    const [was] = await tx
      .select({ rateBp: sellerCommissionRates.rateBp })
      .from(sellerCommissionRates)
      .where(eq(sellerCommissionRates.sellerId, v.sellerId));
    await tx
      .insert(sellerCommissionRates)
      .values(v)
      .onConflictDoUpdate({ target: sellerCommissionRates.sellerId, set: { rateBp: v.rateBp } });
    await auditRateChange(tx, 'fees.seller_rate_set', by, v, {
      before: was ?? null,
      after: { rateBp: v.rateBp },
    });
  });
}
