import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { DEFAULT_COMMISSION_RATE_BP } from '../pricing/commission.rules.ts';
import { categoryExists, sellerExists } from './commission-rates.read-model.ts';
import { FEE_CURRENCIES } from './payout.rules.ts';
import {
  categoryCommissionRates,
  feeSettings,
  monthlyFeeAmounts,
  sellerCommissionRates,
} from './payouts.schema.ts';

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

const rateBp = z.number().int().min(0).max(10_000);

const feeMinor = z.number().int().min(0).max(MAX_MONTHLY_FEE_MINOR);

export const ZFeeSettingsInput = z.strictObject({
  defaultCommissionBp: rateBp,
  /** One amount for every market currency, each in its minor units. */
  monthlyFees: z.strictObject(Object.fromEntries(FEE_CURRENCIES.map((c) => [c, feeMinor]))),
  payoutDelayDays: z.number().int().min(0).max(MAX_PAYOUT_DELAY_DAYS),
});
export type TFeeSettingsInput = z.infer<typeof ZFeeSettingsInput>;

export async function updateFeeSettings(
  db: Db,
  a: { input: TFeeSettingsInput; operatorId: number | null; at: Date },
): Promise<FeeSettings> {
  const input = parseOrThrow(ZFeeSettingsInput, a.input);
  const before = await getFeeSettings(db);
  const { monthlyFees, ...settings } = input;
  await db.transaction(async (tx) => {
    await tx
      .insert(feeSettings)
      .values({ id: 1, ...settings, updatedAt: a.at, updatedBy: a.operatorId })
      .onConflictDoUpdate({
        target: feeSettings.id,
        set: { ...settings, updatedAt: a.at, updatedBy: a.operatorId },
      });
    for (const [currency, amountMinor] of Object.entries(monthlyFees)) {
      await tx
        .insert(monthlyFeeAmounts)
        .values({ currency, amountMinor })
        .onConflictDoUpdate({ target: monthlyFeeAmounts.currency, set: { amountMinor } });
    }
    await recordAudit(tx, {
      action: 'fees.settings_changed',
      at: a.at,
      actorUserId: a.operatorId,
      details: {
        before: {
          defaultCommissionBp: before.defaultCommissionBp,
          monthlyFees: before.monthlyFees,
          payoutDelayDays: before.payoutDelayDays,
        },
        after: input,
      },
    });
  });
  return getFeeSettings(db);
}

const ZCategoryRate = z.strictObject({ categoryId: z.number().int().positive(), rateBp });
const ZSellerRate = z.strictObject({ sellerId: z.number().int().positive(), rateBp });

/** Who changes a rate and when, for the audit log. */
export type FeeChangeBy = { operatorId: number | null; at: Date };

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
    await tx
      .insert(categoryCommissionRates)
      .values(v)
      .onConflictDoUpdate({ target: categoryCommissionRates.categoryId, set: { rateBp: v.rateBp } });
    await audit(tx, 'fees.category_rate_set', by, v);
  });
}

export async function removeCategoryRate(db: Db, categoryId: number, by: FeeChangeBy): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(categoryCommissionRates)
      .where(eq(categoryCommissionRates.categoryId, categoryId))
      .returning({ id: categoryCommissionRates.categoryId, rateBp: categoryCommissionRates.rateBp });
    if (gone[0]) await audit(tx, 'fees.category_rate_removed', by, { categoryId, rateBp: gone[0].rateBp });
    return gone.length > 0;
  });
}

const audit = (
  tx: Pick<Db, 'insert'>,
  action:
    | 'fees.category_rate_set'
    | 'fees.category_rate_removed'
    | 'fees.seller_rate_set'
    | 'fees.seller_rate_removed',
  by: FeeChangeBy,
  details: Record<string, unknown>,
) => recordAudit(tx, { action, at: by.at, actorUserId: by.operatorId, details });

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
    await tx
      .insert(sellerCommissionRates)
      .values(v)
      .onConflictDoUpdate({ target: sellerCommissionRates.sellerId, set: { rateBp: v.rateBp } });
    await audit(tx, 'fees.seller_rate_set', by, v);
  });
}

export async function removeSellerRate(db: Db, sellerId: number, by: FeeChangeBy): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(sellerCommissionRates)
      .where(eq(sellerCommissionRates.sellerId, sellerId))
      .returning({ id: sellerCommissionRates.sellerId, rateBp: sellerCommissionRates.rateBp });
    if (gone[0]) await audit(tx, 'fees.seller_rate_removed', by, { sellerId, rateBp: gone[0].rateBp });
    return gone.length > 0;
  });
}
