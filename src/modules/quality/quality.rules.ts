/**
 * Seller quality rates over a rolling window, in basis points (100 = 1 %). Pure: no I/O.
 *
 * The window is the last 90 days up to `now`, both ends included: an event 90 days old still
 * counts, one 90 days and 1 ms old does not (so day 89 counts, day 91 does not).
 *
 * What is measured now, and how:
 * - Cancellation rate = lines cancelled by the seller / lines the seller decided, by the date the
 *   buyer paid (orders.paid_at). "Decided" = accepted at some point or cancelled: line states 2, 3,
 *   5, 6 (accepted) and 4 (cancelled before acceptance). "Cancelled by the seller" = 4 (cancelled
 *   instead of accepted) and 5 (refunded after acceptance, before shipping). Reloop records no
 *   refund initiator yet (refunds have a reason, not an actor), so an operator's refund of an
 *   unshipped line counts as a seller cancellation too: in practice only the seller cancels an
 *   unshipped line, and the buyer's withdrawal starts after delivery (state 3 → 6, not counted).
 * - Late delivery rate = orders delivered after the promised day / orders due, by the date the
 *   delivery was due or made. A parcel tracked by the delivery module is judged by its delivery
 *   day in the market against the day promised at payment (shipments.promised_by: the hand-over
 *   promise below plus the carrier's 2 business days of transit; still on its way after that day:
 *   late). An order shipped without a tracked parcel (older data) is judged by its hand-over to
 *   the carrier against `paid_at + delay`, where the delay is the longest
 *   `delayDays` of the chosen carrier (orders.shipping_option) among the order's offers' current
 *   terms in the order's market (what the cart showed: get-cart.ts shippingOptionsFor takes the
 *   max). The offer's terms at order time are not kept, so a changed delay changes the promise
 *   (approximation). An accepted order still unshipped after its promised date counts as late as
 *   soon as the date passes; an order whose lines were all cancelled never counts.
 * - Aesthetic defect, wrong product, defective product and wrong accessories rates = after-sales
 *   cases closed in the window with a reason of that kind (after-sales/outcomes.rules.ts) / order
 *   lines delivered in the window. A seller with no delivered line keeps its stored values.
 *
 * A rate is computed only when its denominator is not zero; otherwise the stored value is kept
 * (no evidence in the window is not evidence of quality).
 */
import { DAY_MS } from '../../platform/clock.ts';
import { afterSalesRatesBp, type ClosingReason } from '../after-sales/outcomes.rules.ts';
import type { QualityRates } from '../offers/buybox.rules.ts';

export const QUALITY_WINDOW_DAYS = 90;
const BP = 10_000;

/**
 * Above these rates a seller is flagged for an operator's review (platform defaults, published
 * with the ranking parameters). Strictly above: exactly at the threshold is not flagged.
 */
export const QUALITY_THRESHOLDS_BP: Readonly<Record<keyof QualityRates, number>> = {
  aestheticDefectBp: 300,
  wrongProductBp: 100,
  defectiveProductBp: 300,
  wrongAccessoriesBp: 200,
  lateDeliveryBp: 1_000,
  cancellationBp: 300,
};

export const QUALITY_RATE_LABELS: Readonly<Record<keyof QualityRates, string>> = {
  aestheticDefectBp: 'Aesthetic defects',
  wrongProductBp: 'Wrong product',
  defectiveProductBp: 'Defective product',
  wrongAccessoriesBp: 'Wrong accessories',
  lateDeliveryBp: 'Late deliveries',
  cancellationBp: 'Cancellations',
};

/** The first instant of the window ending at `now`. */
export function windowStart(now: Date, days = QUALITY_WINDOW_DAYS): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export function inWindow(at: Date, now: Date, days = QUALITY_WINDOW_DAYS): boolean {
  const t = at.getTime();
  return t >= windowStart(now, days).getTime() && t <= now.getTime();
}

/** numerator / denominator in basis points, rounded half up; null when there is nothing to measure. */
export function rateBp(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.floor((numerator * BP * 2 + denominator) / (2 * denominator));
}

/** One order line as the cancellation rate sees it. */
export type LineOutcome = { paidAt: Date; state: number };

const DECIDED = new Set([2, 3, 4, 5, 6]);
const CANCELLED_BY_SELLER = new Set([4, 5]);

export function cancellationRateBp(lines: readonly LineOutcome[], now: Date): number | null {
  let decided = 0;
  let cancelled = 0;
  for (const l of lines) {
    if (!DECIDED.has(l.state) || !inWindow(l.paidAt, now)) continue;
    decided++;
    if (CANCELLED_BY_SELLER.has(l.state)) cancelled++;
  }
  return rateBp(cancelled, decided);
}

/** One paid order as the late-delivery rate sees it. */
export type ShipmentOutcome = {
  paidAt: Date;
  shippedAt: Date | null;
  /** Days promised between payment and hand-over to the carrier. */
  promisedDays: number;
  /** Some line is accepted, shipped or refunded after shipping: the order is (or was) to ship. */
  toShip: boolean;
  /** The parcel as the delivery module tracks it: its delivery day decides (else the hand-over). */
  tracking?: ParcelTracking | null;
};

/** Calendar days in the market's time zone (`YYYY-MM-DD`). */
export type ParcelTracking = {
  /** The last day of the delivery promised at payment (shipments.promised_by). */
  promisedBy: string;
  deliveredOn: string | null;
  deliveredAt: Date | null;
  /** Today in the market, for a parcel still on its way. */
  today: string;
};

export function promisedBy(o: Pick<ShipmentOutcome, 'paidAt' | 'promisedDays'>): Date {
  return new Date(o.paidAt.getTime() + o.promisedDays * DAY_MS);
}

/** Late or on time, and when that became known; null while it is not known yet. */
export function shipmentVerdict(o: ShipmentOutcome, now: Date): { late: boolean; at: Date } | null {
  const due = promisedBy(o);
  const tr = o.tracking;
  if (tr) {
    if (tr.deliveredOn && tr.deliveredAt) return { late: tr.deliveredOn > tr.promisedBy, at: tr.deliveredAt };
    // Still on its way after the promised day: late from the day after (UTC midnight, near enough).
    if (tr.today > tr.promisedBy) return { late: true, at: new Date(Date.parse(tr.promisedBy) + DAY_MS) };
    return null;
  }
  if (o.shippedAt) return { late: o.shippedAt.getTime() > due.getTime(), at: o.shippedAt };
  if (o.toShip && now.getTime() > due.getTime()) return { late: true, at: due };
  return null;
}

export function lateDeliveryRateBp(orders: readonly ShipmentOutcome[], now: Date): number | null {
  let due = 0;
  let late = 0;
  for (const o of orders) {
    const v = shipmentVerdict(o, now);
    if (!v || !inWindow(v.at, now)) continue;
    due++;
    if (v.late) late++;
  }
  return rateBp(late, due);
}

/** The rates this module can compute from the data; the others are left out (kept as stored). */
export function computeQualityRates(a: {
  lines: readonly LineOutcome[];
  shipments: readonly ShipmentOutcome[];
  now: Date;
  /** Closed after-sales cases and delivered lines in the window (after-sales module). */
  afterSales?: { reasons: readonly ClosingReason[]; deliveredLines: number };
}): Partial<QualityRates> {
  const out: Partial<QualityRates> = {
    ...(a.afterSales ? afterSalesRatesBp(a.afterSales.reasons, a.afterSales.deliveredLines) : {}),
  };
  const c = cancellationRateBp(a.lines, a.now);
  if (c !== null) out.cancellationBp = c;
  const l = lateDeliveryRateBp(a.shipments, a.now);
  if (l !== null) out.lateDeliveryBp = l;
  return out;
}

export type QualityFlag = { rate: keyof QualityRates; valueBp: number; thresholdBp: number };

/** The rates above their threshold, in the buybox's priority order. */
export function qualityFlags(rates: QualityRates): QualityFlag[] {
  return (Object.keys(QUALITY_THRESHOLDS_BP) as Array<keyof QualityRates>)
    .filter((k) => rates[k] > QUALITY_THRESHOLDS_BP[k])
    .map((k) => ({ rate: k, valueBp: rates[k], thresholdBp: QUALITY_THRESHOLDS_BP[k] }));
}

export function needsReview(rates: QualityRates): boolean {
  return qualityFlags(rates).length > 0;
}

/** "3.25 %" from basis points. */
export function formatBp(bp: number): string {
  return `${(bp / 100).toFixed(2)} %`;
}

/**
 * How a seller's review flag moves after a recompute: raised when some rate is above its
 * threshold and no flag is up, cleared when every rate is back within, otherwise unchanged.
 */
export function flagChange(flaggedAt: Date | null, aboveThreshold: boolean): 'raise' | 'clear' | null {
  if (aboveThreshold && !flaggedAt) return 'raise';
  if (!aboveThreshold && flaggedAt) return 'clear';
  return null;
}

/** A flag waits for an operator until a review is recorded after it was raised. */
export function reviewPending(s: { qualityFlaggedAt: Date | null; qualityReviewedAt: Date | null }): boolean {
  if (!s.qualityFlaggedAt) return false;
  return !s.qualityReviewedAt || s.qualityReviewedAt.getTime() < s.qualityFlaggedAt.getTime();
}

/** The UTC calendar day of an instant, as stored in seller_quality_days. */
export const qualityDay = (at: Date): string => at.toISOString().slice(0, 10);
