import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { auditRateChange, type FeeChangeBy } from './fee-settings.ts';
import { sellerCommissionRates } from './payouts.schema.ts';

/** Remove a seller's negotiated rate (the category or default rate applies again); false when there was none. */
export async function removeSellerRate(db: Db, sellerId: number, by: FeeChangeBy): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(sellerCommissionRates)
      .where(eq(sellerCommissionRates.sellerId, sellerId))
      .returning({ id: sellerCommissionRates.sellerId, rateBp: sellerCommissionRates.rateBp });
    if (gone[0])
      await auditRateChange(
        tx,
        'fees.seller_rate_removed',
        by,
        { sellerId, rateBp: gone[0].rateBp },
        { before: { rateBp: gone[0].rateBp }, after: null },
      );
    return gone.length > 0;
  });
}
