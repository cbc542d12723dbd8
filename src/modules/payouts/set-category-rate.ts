import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { categoryExists } from './commission-rates.read-model.ts';
import { auditRateChange, type FeeChangeBy, ZRateBp } from './fee-settings.ts';
import { categoryCommissionRates } from './payouts.schema.ts';

const ZCategoryRate = z.strictObject({ categoryId: z.number().int().positive(), rateBp: ZRateBp });

/** Set (insert or replace) a category's commission rate. 404 when the category does not exist. */
export async function setCategoryRate(
  db: Db,
  input: { categoryId: number; rateBp: number },
  by: FeeChangeBy,
): Promise<void> {
  const v = parseOrThrow(ZCategoryRate, input);
  if (!(await categoryExists(db, v.categoryId)))
    throw AppError.invalid([{ field: 'categoryId', message: 'is not a category' }]);
  await db.transaction(async (tx) => {
    const [was] = await tx
      .select({ rateBp: categoryCommissionRates.rateBp })
      .from(categoryCommissionRates)
      .where(eq(categoryCommissionRates.categoryId, v.categoryId));
    await tx
      .insert(categoryCommissionRates)
      .values(v)
      .onConflictDoUpdate({ target: categoryCommissionRates.categoryId, set: { rateBp: v.rateBp } });
    await auditRateChange(tx, 'fees.category_rate_set', by, v, {
      before: was ?? null,
      after: { rateBp: v.rateBp },
    });
  });
}
