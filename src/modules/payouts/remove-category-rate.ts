import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { auditRateChange, type FeeChangeBy } from './fee-settings.ts';
import { categoryCommissionRates } from './payouts.schema.ts';

/** Remove a category's commission rate (the default applies again); false when there was none. */
export async function removeCategoryRate(db: Db, categoryId: number, by: FeeChangeBy): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(categoryCommissionRates)
      .where(eq(categoryCommissionRates.categoryId, categoryId))
      .returning({ id: categoryCommissionRates.categoryId, rateBp: categoryCommissionRates.rateBp });
    if (gone[0])
      await auditRateChange(
        tx,
        'fees.category_rate_removed',
        by,
        { categoryId, rateBp: gone[0].rateBp },
        { before: { rateBp: gone[0].rateBp }, after: null },
      );
    return gone.length > 0;
  });
}
