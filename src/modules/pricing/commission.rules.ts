/**
 * The platform's commission on a sale (domain-rules §1.6: "commission = fixed rate × transaction
 * amount incl. all taxes incl. shipping"; §6: half-up rounding, allocations conserve totals).
 *
 * - Base: what the buyer pays the seller for the line/order — goods + shipping incl. VAT (for a
 *   reverse-charged sale, the net price actually charged). Insurance and the service fee are the
 *   platform's own supplies and are not in the base.
 * - Rate: basis points from the seller's plan (default 1000 = 10 %), overridden per category by a
 *   map categoryId → bp.
 * - The commission is the platform's fee before VAT; VAT on it is charged to the seller in the
 *   ledger (ledger.rules.ts).
 * - On a refund the commission is returned pro rata, cumulatively: refund k returns
 *   round(C × (R₁+…+R_k) / T) − round(C × (R₁+…+R_{k−1}) / T), so refunding the whole line in any
 *   number of parts returns exactly C.
 */
import { mulDivHalfUp } from '../../platform/money.ts';

export const DEFAULT_COMMISSION_RATE_BP = 1000;

export type CommissionPlan = {
  /** The plan's rate in basis points (default 1000 = 10 %). */
  rateBp?: number;
  /** categoryId → rate in basis points; wins over the plan rate. */
  categoryRatesBp?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
};

function checkRate(rateBp: number): number {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > 10_000) {
    throw new Error(`commission rate must be an integer in 0..10000 bp, got ${rateBp}`);
  }
  return rateBp;
}

function checkAmount(name: string, v: number): void {
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${name} must be a non-negative integer, got ${v}`);
}

/** The rate that applies to a category under a plan. */
export function commissionRateBp(plan: CommissionPlan, categoryId?: string | null): number {
  const overrides = plan.categoryRatesBp;
  if (categoryId != null && overrides) {
    const o =
      overrides instanceof Map
        ? overrides.get(categoryId)
        : Object.hasOwn(overrides, categoryId)
          ? (overrides as Readonly<Record<string, number>>)[categoryId]
          : undefined;
    if (o !== undefined) return checkRate(o);
  }
  return checkRate(plan.rateBp ?? DEFAULT_COMMISSION_RATE_BP);
}

/** Commission on an amount incl. all taxes and shipping: round_half_up(amount × rate). */
export function commissionFor(input: {
  amountMinor: number;
  plan?: CommissionPlan;
  categoryId?: string | null;
}): number {
  checkAmount('amountMinor', input.amountMinor);
  return mulDivHalfUp(input.amountMinor, commissionRateBp(input.plan ?? {}, input.categoryId), 10_000);
}

/**
 * The commission returned to the seller for a refund of `refundMinor` out of a line/order total
 * of `lineTotalMinor`, given `alreadyRefundedMinor` refunded before. Pro rata, cumulative: the
 * parts of a full refund add up to `commissionMinor` exactly. The same function pro-rates any
 * amount (e.g. the VAT charged on the commission).
 */
export function commissionRefund(
  commissionMinor: number,
  refundMinor: number,
  lineTotalMinor: number,
  alreadyRefundedMinor = 0,
): number {
  checkAmount('commissionMinor', commissionMinor);
  checkAmount('refundMinor', refundMinor);
  checkAmount('lineTotalMinor', lineTotalMinor);
  checkAmount('alreadyRefundedMinor', alreadyRefundedMinor);
  const after = alreadyRefundedMinor + refundMinor;
  if (after > lineTotalMinor) {
    throw new Error(`refunds (${after}) exceed the line total (${lineTotalMinor})`);
  }
  if (lineTotalMinor === 0) return 0;
  return (
    mulDivHalfUp(commissionMinor, after, lineTotalMinor) -
    mulDivHalfUp(commissionMinor, alreadyRefundedMinor, lineTotalMinor)
  );
}

/**
 * The commission on a seller's lines, each at its own category's rate (a category override, else
 * the plan rate): one rounding per line, so a line's commission never depends on what else was in
 * the cart, and the total is the sum of the lines'.
 */
export function commissionForLines(input: {
  plan?: CommissionPlan;
  lines: ReadonlyArray<{ amountMinor: number; categoryId: string | null }>;
}): { totalMinor: number; perLine: number[] } {
  const perLine = input.lines.map((l) =>
    commissionFor({ amountMinor: l.amountMinor, plan: input.plan, categoryId: l.categoryId }),
  );
  return { totalMinor: perLine.reduce((a, b) => a + b, 0), perLine };
}
