/**
 * Which return a buyer may make on a delivered line, pure (issue 14, domain-rules §1.4 and §5):
 * the legal withdrawal while its 14 days run (a consumer's right, no reason needed, refund of the
 * goods and the standard delivery within 14 days of the request), else the seller's commercial
 * return window (30 days by default, Black Friday orders until 31 January), else nothing — refused
 * with the day the last window ended.
 */
import { addDays, type Day } from '../../platform/calendar.ts';
import { returnEndsOn, withdrawalEndsOn } from './deadlines.rules.ts';

export type ReturnKind = 'withdrawal' | 'commercial';

export type ReturnEligibility =
  | { ok: true; kind: ReturnKind; endsOn: Day; refundDueOn: Day | null }
  | { ok: false; reason: 'not_delivered' }
  | { ok: false; reason: 'window_closed'; endedOn: Day };

/** The trader refunds a withdrawal within 14 days of being told (Directive 2011/83/EU Art. 13). */
export const WITHDRAWAL_REFUND_DAYS = 14;

export function returnEligibility(o: {
  today: Day;
  ordered: Day;
  /** The day the order's last item was delivered; null while it is not. */
  lastDelivered: Day | null;
  country: string;
  /** Business buyers (Reloop Pro) have no legal withdrawal; the commercial window still applies. */
  consumer: boolean;
  returnWindowDays?: number;
}): ReturnEligibility {
  if (!o.lastDelivered) return { ok: false, reason: 'not_delivered' };
  const withdrawalEnd = withdrawalEndsOn(o.lastDelivered, o.country);
  if (o.consumer && o.today <= withdrawalEnd)
    return {
      ok: true,
      kind: 'withdrawal',
      endsOn: withdrawalEnd,
      refundDueOn: addDays(o.today, WITHDRAWAL_REFUND_DAYS),
    };
  const commercialEnd = returnEndsOn({
    ordered: o.ordered,
    delivered: o.lastDelivered,
    country: o.country,
    ...(o.returnWindowDays !== undefined ? { windowDays: o.returnWindowDays } : {}),
  });
  if (o.today <= commercialEnd)
    return { ok: true, kind: 'commercial', endsOn: commercialEnd, refundDueOn: null };
  return {
    ok: false,
    reason: 'window_closed',
    endedOn: o.consumer && withdrawalEnd > commercialEnd ? withdrawalEnd : commercialEnd,
  };
}

/** A withdrawal refunds the goods and the standard delivery; a commercial return the goods. */
export function returnRefundMinor(o: {
  kind: ReturnKind;
  unitPriceMinor: number;
  quantity: number;
  shippingMinor: number;
}): number {
  return o.unitPriceMinor * o.quantity + (o.kind === 'withdrawal' ? o.shippingMinor : 0);
}

export const RETURN_STATUSES = ['requested', 'label_issued', 'received', 'refunded', 'refused'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** The model withdrawal form of Directive 2011/83/EU, Annex I(B), filled in (English version). */
export function withdrawalStatement(o: {
  seller: string;
  orderId: number;
  product: string;
  ordered: Day;
  received: Day;
  buyer: string;
}): string {
  return [
    `To: ${o.seller}`,
    `I hereby give notice that I withdraw from my contract of sale of the following goods: ${o.product} (order ${o.orderId}).`,
    `Ordered on ${o.ordered}, received on ${o.received}.`,
    `Name of consumer: ${o.buyer}`,
  ].join('\n');
}
