/**
 * Double-entry ledger rules: the chart of accounts and the postings each money movement makes.
 * Pure. Sources: domain-rules §1.6 (buyers pay the platform under a payment mandate; sellers pay
 * a monthly fee + commission on the amount incl. taxes and shipping; buyers pay a service fee),
 * §3 (VAT: the platform's fees carry the platform's VAT), §6 (integer minor units, half-up,
 * totals conserved). DESIGN.md "Money": the ledger always balances.
 *
 * Sign convention: debit +, credit −. Every entry sums to 0 per currency (`assertBalanced`).
 * Accounts (strings, as stored in ledger_postings.account):
 *   psp_clearing                  asset: money the payment provider holds for us (in: captures;
 *                                 out: refunds to buyers and payouts to sellers)
 *   seller_payable:<sellerId>     liability: owed to a seller (credit = we owe more)
 *   insurer_payable               liability: insurance premiums collected for the insurer (the
 *                                 platform is an intermediary; premiums are VAT-exempt)
 *   platform_revenue:service_fee  revenue, net of VAT
 *   platform_revenue:commission   revenue, net of VAT
 *   platform_revenue:monthly_fee  revenue, net of VAT
 *   vat_payable:<country>         liability: VAT the platform owes on its own fees
 * No buyer_receivable: an entry is made only once the payment is captured (a pending bank
 * transfer is not a receivable we book). Refunds leave psp_clearing directly (no refunds account).
 *
 * VAT on platform fees (assumptions)
 * - Service fee: a gross (VAT-inclusive) price to the buyer; its VAT is owed in the market's
 *   country at the market's standard rate (cart-totals.rules.ts `platformVat`), the fee's VAT
 *   computed once on the checkout's whole fee — unless the buyer is a business with a verified
 *   VAT number of another member state than the platform's: then the fee is reverse-charged
 *   (VATD Art. 44 + 196) and no VAT is posted on it. The treatment and the VAT are priced once,
 *   stored on the checkout at placement and booked as stored (`ServiceFeeVat`); the fee's refund
 *   gives back exactly the VAT booked at capture (`serviceFeeRefunded`).
 * - Commission and monthly fee: net amounts; VAT is added on top and charged to the seller at the
 *   platform's country rate (default FR 20 %, `DEFAULT_PLATFORM_VAT`). When the seller is a
 *   business established in another member state (reverse charge, VATD Art. 44 + 196) or outside
 *   the EU (out of scope), set `commissionReverseCharged` / `reverseCharged`: no VAT is posted and
 *   the seller self-assesses.
 */
import { AppError } from '../../platform/errors.ts';
import { mulDivHalfUp } from '../../platform/money.ts';
import { commissionRefund } from '../pricing/commission.rules.ts';

export type Posting = { account: string; amountMinor: number; currency: string };
export type LedgerKind =
  | 'payment_captured'
  | 'refund'
  | 'refund_reversal'
  | 'service_fee_refund'
  | 'payout'
  /** Part of a payout taken back from the seller's account (seller-payments). */
  | 'payout_reversal'
  | 'monthly_fee'
  /** Money received for a released checkout that could not be restored (late-payment.rules.ts). */
  | 'late_payment'
  | 'late_payment_refund';
/** One ledger transaction: unique per (kind, reference), so posting it twice is a no-op. */
export type LedgerEntry = { kind: LedgerKind; reference: string; description: string; postings: Posting[] };

export type SellerId = string | number;

export const ACCOUNTS = {
  pspClearing: 'psp_clearing',
  insurerPayable: 'insurer_payable',
  serviceFeeRevenue: 'platform_revenue:service_fee',
  commissionRevenue: 'platform_revenue:commission',
  monthlyFeeRevenue: 'platform_revenue:monthly_fee',
} as const;

export function sellerPayable(sellerId: SellerId): string {
  return `seller_payable:${sellerId}`;
}

export function vatPayable(country: string): string {
  return `vat_payable:${country.toUpperCase()}`;
}

export type PlatformVat = { country: string; rateBp: number };
/** The platform is established in France. */
export const DEFAULT_PLATFORM_VAT: PlatformVat = { country: 'FR', rateBp: 2000 };

function checkAmount(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name} must be a non-negative integer, got ${v}`);
}

function checkRate(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0 || v > 10_000)
    throw new Error(`${name} must be 0..10000 bp, got ${v}`);
}

/** VAT added on top of a net platform fee (commission, monthly fee): round_half_up(net × rate). */
export function feeVat(netMinor: number, rateBp: number, reverseCharged = false): number {
  checkAmount('netMinor', netMinor);
  checkRate('rateBp', rateBp);
  return reverseCharged ? 0 : mulDivHalfUp(netMinor, rateBp, 10_000);
}

/** VAT included in the gross service fee: round_half_up(fee × rate / (10000 + rate)). */
export function serviceFeeVat(feeMinor: number, rateBp: number): number {
  checkAmount('feeMinor', feeMinor);
  checkRate('rateBp', rateBp);
  return mulDivHalfUp(feeMinor, rateBp, 10_000 + rateBp);
}

/** Builds the postings of one entry, dropping zero amounts. */
function postingsIn(currency: string) {
  const out: Posting[] = [];
  return {
    debit(account: string, amountMinor: number) {
      if (amountMinor !== 0) out.push({ account, amountMinor, currency });
    },
    credit(account: string, amountMinor: number) {
      if (amountMinor !== 0) out.push({ account, amountMinor: -amountMinor, currency });
    },
    done(): Posting[] {
      assertBalanced(out);
      return out;
    },
  };
}

function checkCurrency(currency: string): void {
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`currency must be an ISO 4217 code, got ${currency}`);
}

/** Throws unless the postings sum to zero in every currency and every amount is an integer. */
export function assertBalanced(postings: readonly Posting[]): void {
  const sums = new Map<string, number>();
  for (const p of postings) {
    if (!Number.isSafeInteger(p.amountMinor)) {
      throw new AppError('INTERNAL', `Posting to ${p.account} is not an integer amount: ${p.amountMinor}`);
    }
    sums.set(p.currency, (sums.get(p.currency) ?? 0) + p.amountMinor);
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0) {
      throw new AppError('INTERNAL', `Ledger entry does not balance: ${currency} postings sum to ${sum}`);
    }
  }
}

/** Balance per account and currency (debits positive). */
export function balances(postings: Iterable<Posting>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const p of postings) {
    let byCurrency = out.get(p.account);
    if (!byCurrency) {
      byCurrency = new Map();
      out.set(p.account, byCurrency);
    }
    byCurrency.set(p.currency, (byCurrency.get(p.currency) ?? 0) + p.amountMinor);
  }
  return out;
}

/** One account's balance in one currency (0 when it never moved). */
export function balanceOf(b: Map<string, Map<string, number>>, account: string, currency: string): number {
  return b.get(account)?.get(currency) ?? 0;
}

/** The service fee's VAT as priced and stored on the checkout at placement. */
export type ServiceFeeVat = {
  treatment: 'standard' | 'reverse_charge';
  /** VAT included in the whole gross fee; 0 when reverse-charged. */
  vatMinor: number;
};

/** The VAT to book on a checkout's whole fee: as stored, else at `fallbackRateBp` (older checkouts). */
function capturedFeeVat(
  feeMinor: number,
  stored: ServiceFeeVat | undefined,
  fallbackRateBp?: number,
): number {
  if (!stored) {
    if (fallbackRateBp === undefined) throw new Error('the service fee needs its VAT treatment or a rate');
    return serviceFeeVat(feeMinor, fallbackRateBp);
  }
  checkAmount('serviceFeeVat.vatMinor', stored.vatMinor);
  if (stored.treatment === 'reverse_charge' && stored.vatMinor !== 0)
    throw new Error(`a reverse-charged service fee carries no VAT, got ${stored.vatMinor}`);
  if (stored.vatMinor > feeMinor)
    throw new Error(`the service fee's VAT (${stored.vatMinor}) exceeds the fee (${feeMinor})`);
  return stored.vatMinor;
}

export type CapturedOrder = {
  sellerId: SellerId;
  /** Goods + shipping incl. VAT: the seller's invoice total (priceCheckout sellers[].goodsTotalMinor). */
  goodsTotalMinor: number;
  /** Net commission (commission.rules.ts commissionFor on goodsTotalMinor). */
  commissionMinor: number;
  /** Insurance premiums of this order (collected for the insurer). */
  insuranceMinor: number;
  /** This order's share of the service fee (gross). */
  serviceFeeShareMinor: number;
  /** No VAT on the commission: seller in another member state (reverse charge) or outside the EU. */
  commissionReverseCharged?: boolean;
};

/**
 * The buyer's payment for a checkout is captured:
 *   Dr psp_clearing                      Σ (goods + insurance + fee share)
 *   Cr seller_payable:<id>               goods                  (per order)
 *   Cr insurer_payable                   Σ insurance
 *   Cr platform_revenue:service_fee      fee − fee VAT
 *   Cr vat_payable:<market>              fee VAT (as stored on the checkout: serviceFeeVat; none
 *                                        when reverse-charged; else at serviceFeeVatRateBp)
 *   Dr seller_payable:<id>               commission + its VAT   (per order)
 *   Cr platform_revenue:commission       Σ commission
 *   Cr vat_payable:<platform country>    Σ commission VAT
 */
export function paymentCaptured(input: {
  checkoutId: string;
  currency: string;
  /** The market's country: where the service fee's VAT is owed. */
  market: string;
  orders: readonly CapturedOrder[];
  /**
   * The fee's treatment and VAT stored at placement (priceCheckout(...).platformVat). Wins over
   * serviceFeeVatRateBp, which only serves checkouts placed before it was stored.
   */
  serviceFeeVat?: ServiceFeeVat;
  /** The market's standard rate on the checkout's date (0 where the market has no VAT). */
  serviceFeeVatRateBp?: number;
  /** VAT on commission; default FR 20 %. */
  platformVat?: PlatformVat;
}): LedgerEntry {
  checkCurrency(input.currency);
  if (input.orders.length === 0) throw new Error('a captured payment has at least one order');
  const platformVat = input.platformVat ?? DEFAULT_PLATFORM_VAT;
  const p = postingsIn(input.currency);
  let paid = 0;
  let insurance = 0;
  let fee = 0;
  for (const o of input.orders) {
    checkAmount('goodsTotalMinor', o.goodsTotalMinor);
    checkAmount('commissionMinor', o.commissionMinor);
    checkAmount('insuranceMinor', o.insuranceMinor);
    checkAmount('serviceFeeShareMinor', o.serviceFeeShareMinor);
    paid += o.goodsTotalMinor + o.insuranceMinor + o.serviceFeeShareMinor;
    insurance += o.insuranceMinor;
    fee += o.serviceFeeShareMinor;
  }
  const feeVatMinor = capturedFeeVat(fee, input.serviceFeeVat, input.serviceFeeVatRateBp);

  p.debit(ACCOUNTS.pspClearing, paid);
  for (const o of input.orders) p.credit(sellerPayable(o.sellerId), o.goodsTotalMinor);
  p.credit(ACCOUNTS.insurerPayable, insurance);
  p.credit(ACCOUNTS.serviceFeeRevenue, fee - feeVatMinor);
  p.credit(vatPayable(input.market), feeVatMinor);

  let commission = 0;
  let commissionVat = 0;
  for (const o of input.orders) {
    const vat = feeVat(o.commissionMinor, platformVat.rateBp, o.commissionReverseCharged ?? false);
    p.debit(sellerPayable(o.sellerId), o.commissionMinor + vat);
    commission += o.commissionMinor;
    commissionVat += vat;
  }
  p.credit(ACCOUNTS.commissionRevenue, commission);
  p.credit(vatPayable(platformVat.country), commissionVat);

  return {
    kind: 'payment_captured',
    reference: input.checkoutId,
    description: `Payment captured for checkout ${input.checkoutId} (${input.orders.length} order(s))`,
    postings: p.done(),
  };
}

export type ServiceFeeRefund = {
  amountMinor: number;
  /** The checkout's whole service fee, and what earlier refunds gave back of it. */
  checkoutFeeMinor: number;
  alreadyRefundedMinor?: number;
  /** Where its VAT is owed and at which rate (as when captured). */
  market: string;
  vatRateBp: number;
};

/**
 * A refund to the buyer, taken back from the seller pro rata — the reverse of paymentCaptured:
 *   Cr psp_clearing                      goods refund + insurance refund + fee refund
 *   Dr seller_payable:<id>               goods refund
 *   Dr insurer_payable                   insurance refund
 *   Dr platform_revenue:service_fee      fee refund − its VAT;  Dr vat_payable:<market> its VAT
 *                                        (the fee's VAT returned pro rata to the checkout's fee)
 *   Cr seller_payable:<id>               commission refund + its VAT
 *   Dr platform_revenue:commission       commission refund;     Dr vat_payable:<platform> its VAT
 * The commission and its VAT are returned cumulatively pro rata to the goods refunded
 * (commissionRefund), so refunding the whole order in any number of parts returns exactly what
 * was charged and leaves the seller's payable for the order at 0.
 */
export function refundIssued(input: {
  refundId: string;
  currency: string;
  sellerId: SellerId;
  /** The order as captured. */
  order: { goodsTotalMinor: number; commissionMinor: number; commissionReverseCharged?: boolean };
  /** Goods + shipping refunded now (incl. VAT). */
  goodsRefundMinor: number;
  /** Goods + shipping refunded by earlier refunds of this order. */
  alreadyRefundedGoodsMinor?: number;
  insuranceRefundMinor?: number;
  /** Part of the checkout's service fee given back, if any. */
  serviceFeeRefund?: ServiceFeeRefund;
  platformVat?: PlatformVat;
}): LedgerEntry {
  checkCurrency(input.currency);
  const platformVat = input.platformVat ?? DEFAULT_PLATFORM_VAT;
  const goods = input.goodsRefundMinor;
  const already = input.alreadyRefundedGoodsMinor ?? 0;
  const insurance = input.insuranceRefundMinor ?? 0;
  const fee = input.serviceFeeRefund?.amountMinor ?? 0;
  checkAmount('insuranceRefundMinor', insurance);
  const { goodsTotalMinor, commissionMinor } = input.order;
  const commissionVatTotal = feeVat(
    commissionMinor,
    platformVat.rateBp,
    input.order.commissionReverseCharged ?? false,
  );
  const commissionBack = commissionRefund(commissionMinor, goods, goodsTotalMinor, already);
  const commissionVatBack = commissionRefund(commissionVatTotal, goods, goodsTotalMinor, already);
  if (goods + insurance + fee === 0) throw new Error('a refund moves some money');

  const p = postingsIn(input.currency);
  p.credit(ACCOUNTS.pspClearing, goods + insurance + fee);
  p.debit(sellerPayable(input.sellerId), goods);
  p.debit(ACCOUNTS.insurerPayable, insurance);
  const sf = input.serviceFeeRefund;
  if (sf) {
    // The fee's VAT was booked once on the checkout's whole fee: give it back pro rata,
    // cumulatively, so refunding the whole fee in parts returns exactly that VAT.
    const vat = commissionRefund(
      serviceFeeVat(sf.checkoutFeeMinor, sf.vatRateBp),
      sf.amountMinor,
      sf.checkoutFeeMinor,
      sf.alreadyRefundedMinor ?? 0,
    );
    p.debit(ACCOUNTS.serviceFeeRevenue, sf.amountMinor - vat);
    p.debit(vatPayable(sf.market), vat);
  }
  p.credit(sellerPayable(input.sellerId), commissionBack + commissionVatBack);
  p.debit(ACCOUNTS.commissionRevenue, commissionBack);
  p.debit(vatPayable(platformVat.country), commissionVatBack);

  return {
    kind: 'refund',
    reference: input.refundId,
    description: `Refund ${input.refundId} for seller ${input.sellerId}`,
    postings: p.done(),
  };
}

/**
 * The checkout's service fee given back to the buyer (every line of the checkout was cancelled or
 * refunded): Cr psp_clearing fee; Dr platform_revenue:service_fee fee − its VAT; Dr
 * vat_payable:<market> its VAT. The VAT returned is the VAT booked at capture
 * (`capturedFeeVatMinor`: fee − the revenue credited), pro rata and cumulatively, so refunding
 * the whole fee in parts returns exactly that VAT whatever rate (or reverse charge) applied.
 */
export function serviceFeeRefunded(input: {
  refundId: string;
  currency: string;
  market: string;
  amountMinor: number;
  checkoutFeeMinor: number;
  capturedFeeVatMinor: number;
  alreadyRefundedMinor?: number;
}): LedgerEntry {
  checkCurrency(input.currency);
  checkAmount('amountMinor', input.amountMinor);
  checkAmount('capturedFeeVatMinor', input.capturedFeeVatMinor);
  const already = input.alreadyRefundedMinor ?? 0;
  if (input.amountMinor === 0) throw new Error('a refund moves some money');
  if (already + input.amountMinor > input.checkoutFeeMinor) {
    throw new Error(
      `fee refunds (${already + input.amountMinor}) exceed the fee (${input.checkoutFeeMinor})`,
    );
  }
  const vat = commissionRefund(input.capturedFeeVatMinor, input.amountMinor, input.checkoutFeeMinor, already);
  const p = postingsIn(input.currency);
  p.credit(ACCOUNTS.pspClearing, input.amountMinor);
  p.debit(ACCOUNTS.serviceFeeRevenue, input.amountMinor - vat);
  p.debit(vatPayable(input.market), vat);
  return {
    kind: 'service_fee_refund',
    reference: input.refundId,
    description: `Service fee refund ${input.refundId}`,
    postings: p.done(),
  };
}

/**
 * A refund that counted (pending or succeeded) failed at the provider: the exact opposite of
 * `entry`, under kind 'refund_reversal' and the same reference (posted once). For a line refund,
 * pass the entry recomputed as if the failed refund were the LAST one of the order
 * (refundIssued with alreadyRefundedGoodsMinor = what stays refunded without it): the commission
 * given back then always equals the cumulative pro rata of what stays refunded, whatever the
 * order of refunds, failures and retries.
 */
export function refundReversed(entry: LedgerEntry): LedgerEntry {
  const postings = entry.postings.map((p) => ({ ...p, amountMinor: -p.amountMinor }));
  assertBalanced(postings);
  return {
    kind: 'refund_reversal',
    reference: entry.reference,
    description: `Reversal of ${entry.description.charAt(0).toLowerCase()}${entry.description.slice(1)} (failed at the provider)`,
    postings,
  };
}

/** Money sent to a seller: Dr seller_payable:<id>, Cr psp_clearing. */
export function payoutSent(input: {
  payoutId: string;
  sellerId: SellerId;
  amountMinor: number;
  currency: string;
}): LedgerEntry {
  checkCurrency(input.currency);
  checkAmount('amountMinor', input.amountMinor);
  if (input.amountMinor === 0) throw new Error('a payout moves some money');
  const p = postingsIn(input.currency);
  p.debit(sellerPayable(input.sellerId), input.amountMinor);
  p.credit(ACCOUNTS.pspClearing, input.amountMinor);
  return {
    kind: 'payout',
    reference: input.payoutId,
    description: `Payout ${input.payoutId} to seller ${input.sellerId}`,
    postings: p.done(),
  };
}

/**
 * The seller's monthly subscription, netted from what we owe it:
 *   Dr seller_payable:<id> fee + VAT;  Cr platform_revenue:monthly_fee fee;  Cr vat_payable:<country> VAT.
 * `feeMinor` is net; VAT at `vatRateBp` (the platform's rate), none when reverse-charged.
 */
export function monthlyFee(input: {
  sellerId: SellerId;
  /** e.g. '2025-06'; with the seller it makes the reference, so a month is charged once. */
  period: string;
  feeMinor: number;
  currency: string;
  vatRateBp: number;
  vatCountry?: string;
  reverseCharged?: boolean;
}): LedgerEntry {
  checkCurrency(input.currency);
  checkAmount('feeMinor', input.feeMinor);
  if (!/^\d{4}-\d{2}$/.test(input.period)) throw new Error(`period must be YYYY-MM, got ${input.period}`);
  const vat = feeVat(input.feeMinor, input.vatRateBp, input.reverseCharged ?? false);
  const p = postingsIn(input.currency);
  p.debit(sellerPayable(input.sellerId), input.feeMinor + vat);
  p.credit(ACCOUNTS.monthlyFeeRevenue, input.feeMinor);
  p.credit(vatPayable(input.vatCountry ?? DEFAULT_PLATFORM_VAT.country), vat);
  return {
    kind: 'monthly_fee',
    reference: `${input.sellerId}:${input.period}`,
    description: `Monthly fee ${input.period} for seller ${input.sellerId}`,
    postings: p.done(),
  };
}
