import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import {
  type FeeSettings,
  getFeeSettings,
  MAX_MONTHLY_FEE_MINOR,
  MAX_PAYOUT_DELAY_DAYS,
  ZRateBp,
} from './fee-settings.ts';
import { FEE_CURRENCIES } from './payout.rules.ts';
import { feeSettings, monthlyFeeAmounts } from './payouts.schema.ts';

const feeMinor = z.number().int().min(0).max(MAX_MONTHLY_FEE_MINOR);

export const ZFeeSettingsInput = z.strictObject({
  defaultCommissionBp: ZRateBp,
  /** One amount for every market currency, each in its minor units. */
  monthlyFees: z.strictObject(Object.fromEntries(FEE_CURRENCIES.map((c) => [c, feeMinor]))),
  payoutDelayDays: z.number().int().min(0).max(MAX_PAYOUT_DELAY_DAYS),
});
export type TFeeSettingsInput = z.infer<typeof ZFeeSettingsInput>;

/** Change the default commission, the monthly fee per currency and the payout delay (audited). */
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
      before: {
        defaultCommissionBp: before.defaultCommissionBp,
        monthlyFees: before.monthlyFees,
        payoutDelayDays: before.payoutDelayDays,
      },
      after: input,
    });
  });
  return getFeeSettings(db);
}
