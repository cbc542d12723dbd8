import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import type { Logger } from '../../platform/logger.ts';
import { DEFAULT_PLATFORM_VAT, monthlyFee } from '../ledger/ledger.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { isEuMemberState } from '../pricing/vat.rules.ts';
import { getFeeSettings } from './fee-settings.ts';
import { sellersToCharge } from './monthly-fees.read-model.ts';

export type MonthlyFeeDeps = { db: Db; clock: Clock; logger: Logger };

/** The billing period of an instant: 'YYYY-MM' in UTC. */
export function periodOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/**
 * VAT on the monthly fee (a B2B service by the French platform, VATD Art. 44):
 *   seller in France              → French VAT at 20 %
 *   seller in another EU state    → reverse charge: no VAT, the seller self-assesses (Art. 196)
 *   seller outside the EU         → outside the scope of EU VAT: no VAT
 */
export function monthlyFeeVat(sellerCountry: string): {
  treatment: 'standard' | 'reverse_charge' | 'out_of_scope';
  rateBp: number;
  reverseCharged: boolean;
} {
  const country = sellerCountry.toUpperCase();
  const rateBp = DEFAULT_PLATFORM_VAT.rateBp;
  if (country === DEFAULT_PLATFORM_VAT.country)
    return { treatment: 'standard', rateBp, reverseCharged: false };
  // Either way no VAT is posted (ledger.rules.ts: `reverseCharged` covers both).
  return {
    treatment: isEuMemberState(country) ? 'reverse_charge' : 'out_of_scope',
    rateBp,
    reverseCharged: true,
  };
}

/**
 * Charge every active seller the monthly fee of `period` (default: the current month, charged in
 * advance on the first run of the month): Dr seller_payable, Cr platform_revenue:monthly_fee and
 * vat_payable:FR (see monthlyFeeVat). The fee is fee_settings.monthly_fee_minor, in EUR for every
 * seller. Idempotent: the ledger reference is `<sellerId>:<period>`, so each month is charged once
 * however often the job runs. Suspended and closed sellers are not charged.
 */
export async function chargeMonthlyFees(
  deps: MonthlyFeeDeps,
  period: string = periodOf(deps.clock.now()),
): Promise<{ period: string; charged: number; alreadyCharged: number }> {
  const now = deps.clock.now();
  const { monthlyFeeMinor } = await getFeeSettings(deps.db);
  if (monthlyFeeMinor === 0) return { period, charged: 0, alreadyCharged: 0 };
  const active = await sellersToCharge(deps.db);
  let charged = 0;
  for (const s of active) {
    const vat = monthlyFeeVat(s.country);
    const entry = monthlyFee({
      sellerId: s.id,
      period,
      feeMinor: monthlyFeeMinor,
      currency: 'EUR',
      vatRateBp: vat.rateBp,
      vatCountry: DEFAULT_PLATFORM_VAT.country,
      reverseCharged: vat.reverseCharged,
    });
    if (await deps.db.transaction((tx) => postLedgerEntry(tx, entry, now))) charged++;
  }
  return { period, charged, alreadyCharged: active.length - charged };
}

export function monthlyFeesJob(deps: MonthlyFeeDeps): Job {
  return { name: 'monthly-fees', everyMs: 60 * 60_000, run: () => chargeMonthlyFees(deps) };
}
