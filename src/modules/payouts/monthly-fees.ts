import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import type { Logger } from '../../platform/logger.ts';
import { DEFAULT_PLATFORM_VAT, monthlyFee } from '../ledger/ledger.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { isEuMemberState } from '../pricing/vat.rules.ts';
import { lockSellerMoney } from '../refunds/seller-money-lock.ts';
import { getFeeSettings } from './fee-settings.ts';
import { sellersToCharge } from './monthly-fees.read-model.ts';
import { sellerPayoutCurrency } from './payout.rules.ts';

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
 * vat_payable:FR (see monthlyFeeVat), all in the seller's payout currency (sellerPayoutCurrency:
 * SEK for a Swedish seller, GBP for a British one) at the amount configured for that currency, so
 * the fee comes out of that balance and never drives another currency's balance below zero.
 * Idempotent: the ledger reference is `<sellerId>:<period>`, so each month is charged once however
 * often the job runs. Suspended and closed sellers are not charged; a currency configured at 0 is
 * not charged. Each fee is posted under the seller's money lock, so it never lands in the middle
 * of a payout computing what the seller may be paid.
 */
export async function chargeMonthlyFees(
  deps: MonthlyFeeDeps,
  period: string = periodOf(deps.clock.now()),
): Promise<{ period: string; charged: number; alreadyCharged: number }> {
  const now = deps.clock.now();
  const { monthlyFees } = await getFeeSettings(deps.db);
  const active = (await sellersToCharge(deps.db))
    .map((s) => ({ ...s, currency: sellerPayoutCurrency(s.country) }))
    .filter((s) => (monthlyFees[s.currency] ?? 0) > 0);
  let charged = 0;
  for (const s of active) {
    const vat = monthlyFeeVat(s.country);
    const entry = monthlyFee({
      sellerId: s.id,
      period,
      feeMinor: monthlyFees[s.currency]!,
      currency: s.currency,
      vatRateBp: vat.rateBp,
      vatCountry: DEFAULT_PLATFORM_VAT.country,
      reverseCharged: vat.reverseCharged,
    });
    const posted = await deps.db.transaction(async (tx) => {
      await lockSellerMoney(tx, s.id);
      return postLedgerEntry(tx, entry, now);
    });
    if (posted) charged++;
  }
  return { period, charged, alreadyCharged: active.length - charged };
}

export function monthlyFeesJob(deps: MonthlyFeeDeps): Job {
  return { name: 'monthly-fees', everyMs: 60 * 60_000, run: () => chargeMonthlyFees(deps) };
}
