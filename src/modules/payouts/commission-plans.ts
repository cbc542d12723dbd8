import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { CommissionPlan } from '../pricing/commission.rules.ts';
import { DEFAULT_FEE_SETTINGS } from './fee-settings.ts';
import { categoryCommissionRates, feeSettings, sellerCommissionRates } from './payouts.schema.ts';

/**
 * Each seller's commission plan as the fee settings say now:
 *   rateBp          = the seller's negotiated rate (seller_commission_rates), else the default
 *                     (fee_settings.default_commission_bp)
 *   categoryRatesBp = every category override (category_commission_rates), keyed by the category
 *                     id as a string (products.category_id is an integer; pass String(categoryId)
 *                     to commissionRateBp / commissionFor). A category rate wins over the plan rate.
 * Every requested seller gets a plan, even one without overrides. Reads only, in one statement.
 */
export async function commissionPlansFor(
  db: Pick<Db, 'select'>,
  sellerIds: readonly number[],
): Promise<Map<number, CommissionPlan>> {
  const ids = [...new Set(sellerIds)];
  const out = new Map<number, CommissionPlan>();
  if (ids.length === 0) return out;
  // One read: the default rate, the sellers' rates and every category rate.
  const [row] = await db
    .select({
      defaultBp: sql<
        number | null
      >`(SELECT ${feeSettings.defaultCommissionBp} FROM ${feeSettings} WHERE ${feeSettings.id} = 1)`,
      sellerRates: sql<
        Array<[number, number]>
      >`(SELECT coalesce(json_agg(json_build_array(${sellerCommissionRates.sellerId}, ${sellerCommissionRates.rateBp})), '[]'::json)
        FROM ${sellerCommissionRates} WHERE ${sellerCommissionRates.sellerId} IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}))`,
      categoryRates: sql<
        Array<[number, number]>
      >`(SELECT coalesce(json_agg(json_build_array(${categoryCommissionRates.categoryId}, ${categoryCommissionRates.rateBp})), '[]'::json)
        FROM ${categoryCommissionRates})`,
    })
    .from(sql`(SELECT 1) AS one`)
    .prepare(`commission_plans_${ids.length}`)
    .execute();
  const defaultBp = row?.defaultBp ?? DEFAULT_FEE_SETTINGS.defaultCommissionBp;
  const categoryRatesBp: ReadonlyMap<string, number> = new Map(
    (row?.categoryRates ?? []).map(([categoryId, rateBp]) => [String(categoryId), rateBp]),
  );
  const bySeller = new Map(row?.sellerRates ?? []);
  for (const id of ids) out.set(id, { rateBp: bySeller.get(id) ?? defaultBp, categoryRatesBp });
  return out;
}
