/**
 * How a refund of an order line is split, pure. A line's refundable total is what the buyer paid
 * for it to the seller and the insurer: goods (unit × quantity) + the line's shipping + the
 * insurance premiums (per unit × quantity). The platform's service fee is never part of a line
 * refund (it pays for the checkout service, which was rendered; see refund-order-line.ts).
 *
 * A refund of `amount` after `already` was refunded is split between goods and insurance pro rata,
 * cumulatively (like the commission, commission.rules.ts): the insurance returned by refunds 1..k
 * is round_half_up(I × (R₁+…+R_k) / T), so refunding the whole line in any number of parts returns
 * exactly the goods and exactly the insurance.
 */
import { mulDivHalfUp } from '../../platform/money.ts';

export type RefundableLine = {
  unitPriceMinor: number;
  quantity: number;
  shippingPriceMinor: number;
  /** Per unit. */
  insurancePremiumMinor: number;
};

export type LineTotals = { goodsMinor: number; insuranceMinor: number; totalMinor: number };

/**
 * `insuranceRefundedMinor`: premiums already refunded apart because the insurer would not issue
 * the policy (refund-unbound-insurance.ts): they are no longer part of what the line refunds.
 */
export function lineTotals(l: RefundableLine, { insuranceRefundedMinor = 0 } = {}): LineTotals {
  const goodsMinor = l.unitPriceMinor * l.quantity + l.shippingPriceMinor;
  const insuranceMinor = l.insurancePremiumMinor * l.quantity - insuranceRefundedMinor;
  if (insuranceMinor < 0) throw new Error('more insurance refunded than paid');
  return { goodsMinor, insuranceMinor, totalMinor: goodsMinor + insuranceMinor };
}

/** Insurance part of the first `refundedMinor` refunded on a line. */
function insuranceUpTo(t: LineTotals, refundedMinor: number): number {
  return t.totalMinor === 0 ? 0 : mulDivHalfUp(t.insuranceMinor, refundedMinor, t.totalMinor);
}

/** Goods (+ shipping) part of the first `refundedMinor` refunded on a line. */
export function goodsRefundedUpTo(t: LineTotals, refundedMinor: number): number {
  return refundedMinor - insuranceUpTo(t, refundedMinor);
}

/** The split of one refund of `amountMinor` after `alreadyMinor`. Throws when it exceeds the line. */
export function splitRefund(
  t: LineTotals,
  alreadyMinor: number,
  amountMinor: number,
): { goodsMinor: number; insuranceMinor: number } {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new Error('a refund is positive');
  if (!Number.isSafeInteger(alreadyMinor) || alreadyMinor < 0) throw new Error('bad refunded amount');
  if (alreadyMinor + amountMinor > t.totalMinor) {
    throw new Error(`refunds (${alreadyMinor + amountMinor}) exceed the line total (${t.totalMinor})`);
  }
  const insuranceMinor = insuranceUpTo(t, alreadyMinor + amountMinor) - insuranceUpTo(t, alreadyMinor);
  return { goodsMinor: amountMinor - insuranceMinor, insuranceMinor };
}
