/**
 * What a seller has earned on one order, net, as the ledger books it. Pure.
 *
 * The capture credits the seller goods G (goods + shipping incl. VAT) and debits the commission C
 * plus its VAT V (payment-outcomes.ts markPaid: platform rate, no reverse charge). Refunds of the
 * order's goods R debit R and credit back the commission and its VAT pro rata, cumulatively
 * (ledger.rules.ts refundIssued), which telescopes to round_half_up(C × R / G) and
 * round_half_up(V × R / G). So the order's net effect on seller_payable:<id> is exactly
 *   (G − R) − (C + V) + round(C·R/G) + round(V·R/G)
 * and 0 for an order refunded in full.
 */
import { MARKETS, marketByCode } from '../../platform/markets.ts';
import { mulDivHalfUp } from '../../platform/money.ts';
import { DEFAULT_PLATFORM_VAT, feeVat } from '../ledger/ledger.rules.ts';

export function orderSellerNet(o: {
  goodsTotalMinor: number;
  commissionMinor: number;
  refundedGoodsMinor: number;
  commissionVatRateBp?: number;
}): number {
  const g = o.goodsTotalMinor;
  const r = o.refundedGoodsMinor;
  const c = o.commissionMinor;
  const v = feeVat(c, o.commissionVatRateBp ?? DEFAULT_PLATFORM_VAT.rateBp);
  if (r < 0 || r > g) throw new Error(`refunded goods ${r} outside 0..${g}`);
  const back = g === 0 ? 0 : mulDivHalfUp(c, r, g) + mulDivHalfUp(v, r, g);
  return g - r - c - v + back;
}

/**
 * The payout rule. A seller (per currency) is paid
 *   min(owed, eligible − fees − alreadyPaid), and nothing when that is ≤ 0
 * where
 *   owed        = what the ledger says we owe (−balance of seller_payable:<id>) minus payouts
 *                 created but not yet sent (their ledger entry is posted when sent);
 *   eligible    = Σ orderSellerNet over the seller's orders shipped at least payout_delay_days
 *                 ago (orders.shipped_at ≤ cutoff), refunds included;
 *   fees        = Σ monthly fees (with their VAT) charged to the seller in that currency;
 *   alreadyPaid = Σ payouts pending or sent (failed ones do not count).
 * Fees come out of the eligible funds, not out of what unshipped orders brought: without them in
 * the second term, a fee would let a payout take money from an order not shipped yet. So only funds
 * of orders shipped past the delay are ever paid, net of fees and refunds, never twice; a balance
 * below zero (a refund or a fee after a payout) is carried and netted from later funds, never paid.
 */
export function payoutAmount(a: {
  owedMinor: number;
  eligibleMinor: number;
  feesMinor?: number;
  alreadyPaidMinor: number;
}): number {
  return Math.max(0, Math.min(a.owedMinor, a.eligibleMinor - (a.feesMinor ?? 0) - a.alreadyPaidMinor));
}

/** The currencies monthly fees are configured in: one per market currency, in market order. */
export const FEE_CURRENCIES: readonly string[] = [...new Set(MARKETS.map((m) => m.currency))];

/**
 * The currency a seller's monthly fee is charged in and taken from: the currency of the market of
 * the seller's country (SE → SEK, GB → GBP, US → USD), EUR for a seller established where Reloop
 * has no market. A fee is never taken from another currency's balance.
 */
export function sellerPayoutCurrency(sellerCountry: string): string {
  return marketByCode(sellerCountry)?.currency ?? 'EUR';
}
