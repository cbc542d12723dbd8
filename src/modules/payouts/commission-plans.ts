import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { CommissionPlan } from '../pricing/commission.rules.ts';
import { getFeeSettings } from './fee-settings.ts';
import { categoryCommissionRates, sellerCommissionRates } from './payouts.schema.ts';

/**
 * Each seller's commission plan as the fee settings say now:
 *   rateBp          = the seller's negotiated rate (seller_commission_rates), else the default
 *                     (fee_settings.default_commission_bp)
 *   categoryRatesBp = every category override (category_commission_rates), keyed by the category
 *                     id as a string (products.category_id is an integer; pass String(categoryId)
 *                     to commissionRateBp / commissionFor). A category rate wins over the plan rate.
 * Every requested seller gets a plan, even one without overrides. Reads only.
 */
export async function commissionPlansFor(
  db: Pick<Db, 'select'>,
  sellerIds: readonly number[],
): Promise<Map<number, CommissionPlan>> {
  const ids = [...new Set(sellerIds)];
  const out = new Map<number, CommissionPlan>();
  if (ids.length === 0) return out;
  const [settings, sellerRows, categoryRows] = await Promise.all([
    getFeeSettings(db),
    db.select().from(sellerCommissionRates).where(inArray(sellerCommissionRates.sellerId, ids)),
    db.select().from(categoryCommissionRates),
  ]);
  const categoryRatesBp: ReadonlyMap<string, number> = new Map(
    categoryRows.map((r) => [String(r.categoryId), r.rateBp]),
  );
  const bySeller = new Map(sellerRows.map((r) => [r.sellerId, r.rateBp]));
  for (const id of ids) {
    out.set(id, { rateBp: bySeller.get(id) ?? settings.defaultCommissionBp, categoryRatesBp });
  }
  return out;
}
