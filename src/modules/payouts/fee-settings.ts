import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DEFAULT_COMMISSION_RATE_BP } from '../pricing/commission.rules.ts';
import { feeSettings, monthlyFeeAmounts } from './payouts.schema.ts';

/**
 * The fee settings operators change in the console (fee_settings row id = 1, seeded by the
 * migration) and the commission overrides per category and per seller. Changes apply to checkouts
 * quoted afterwards: prices, VAT and commission of placed orders are frozen on the order.
 */
export type FeeSettings = {
  defaultCommissionBp: number;
  /**
   * The monthly seller fee, net, in minor units of each market currency (FEE_CURRENCIES): a seller
   * is charged the amount of its payout currency (payout.rules.ts sellerPayoutCurrency).
   */
  monthlyFees: Record<string, number>;
  payoutDelayDays: number;
  updatedAt: Date | null;
  updatedBy: number | null;
};

/** Used if the seeded row is missing (a database migrated by hand): the documented defaults. */
export const DEFAULT_FEE_SETTINGS: FeeSettings = {
  defaultCommissionBp: DEFAULT_COMMISSION_RATE_BP,
  // EUR 50.00, and the same converted at the demo rates (migration 0015).
  monthlyFees: { EUR: 5000, SEK: 57_000, GBP: 4300, USD: 5400 },
  payoutDelayDays: 7,
  updatedAt: null,
  updatedBy: null,
};

export const MAX_PAYOUT_DELAY_DAYS = 90;
export const MAX_MONTHLY_FEE_MINOR = 1_000_000;

type Reader = Pick<Db, 'select'>;

export async function getFeeSettings(db: Reader): Promise<FeeSettings> {
  const [row] = await db.select().from(feeSettings).where(eq(feeSettings.id, 1));
  const amounts = await db.select().from(monthlyFeeAmounts);
  // A currency without a configured row (a database migrated by hand) gets the documented default.
  const monthlyFees = { ...DEFAULT_FEE_SETTINGS.monthlyFees };
  for (const a of amounts) monthlyFees[a.currency] = a.amountMinor;
  if (!row) return { ...DEFAULT_FEE_SETTINGS, monthlyFees };
  return {
    defaultCommissionBp: row.defaultCommissionBp,
    monthlyFees,
    payoutDelayDays: row.payoutDelayDays,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** A commission rate in basis points (0–100 %). */
export const ZRateBp = z.number().int().min(0).max(10_000);

/** Who changes a rate and when, for the audit log. */
export type FeeChangeBy = { operatorId: number | null; at: Date };

/** The audit entry of a commission rate change. */
export const auditRateChange = (
  tx: Pick<Db, 'insert'>,
  action:
    | 'fees.category_rate_set'
    | 'fees.category_rate_removed'
    | 'fees.seller_rate_set'
    | 'fees.seller_rate_removed',
  by: FeeChangeBy,
  details: Record<string, unknown>,
  /** The rate before and after the change; null when there was none or is none left. */
  change: { before: { rateBp: number } | null; after: { rateBp: number } | null },
) =>
  recordAudit(tx, {
    action,
    at: by.at,
    actorUserId: by.operatorId,
    details,
    before: change.before,
    after: change.after,
  });
