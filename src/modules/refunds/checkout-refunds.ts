import type { Db } from '../../platform/db/client.ts';
import { paymentOfCheckout } from '../payments/payment-queries.ts';
import { refundsOfPayment } from './refunds.store.ts';

export type LineRefunds = { refundedMinor: number; pendingMinor: number; failedMinor: number };
export type CheckoutRefunds = {
  /** Per order line: money given back (succeeded + pending), of which pending, and failed attempts still owed. */
  lines: Map<number, LineRefunds>;
  serviceFeeRefundedMinor: number;
  /** Everything given back for the checkout (lines and service fee, succeeded + pending). */
  totalRefundedMinor: number;
  /** A refund failed after it counted and nothing replaced it yet: the buyer is still owed it. */
  failedMinor: number;
};

const EMPTY = (): CheckoutRefunds => ({
  lines: new Map(),
  serviceFeeRefundedMinor: 0,
  totalRefundedMinor: 0,
  failedMinor: 0,
});

/** What was refunded on a checkout, as its buyer's order page and receipt show it. */
export async function refundsOfCheckout(db: Db, checkoutId: string): Promise<CheckoutRefunds> {
  const pay = await paymentOfCheckout(db, checkoutId);
  if (!pay) return EMPTY();
  const out = EMPTY();
  const rows = await refundsOfPayment(db, pay.id);
  for (const r of rows) {
    // Money of a late charge is not the checkout's (its receipt says it was refunded).
    if (r.kind === 'late_payment') continue;
    const counted = r.status === 'succeeded' || r.status === 'pending';
    if (r.orderLineId === null) {
      if (counted) out.serviceFeeRefundedMinor += r.amountMinor;
    } else {
      const l = out.lines.get(r.orderLineId) ?? { refundedMinor: 0, pendingMinor: 0, failedMinor: 0 };
      if (counted) l.refundedMinor += r.amountMinor;
      if (r.status === 'pending') l.pendingMinor += r.amountMinor;
      // A reversed refund is owed until a later one of the same line counts.
      if (r.reversedAt) l.failedMinor += r.amountMinor;
      else if (counted) l.failedMinor = Math.max(0, l.failedMinor - r.amountMinor);
      out.lines.set(r.orderLineId, l);
    }
    if (counted) out.totalRefundedMinor += r.amountMinor;
  }
  out.failedMinor = [...out.lines.values()].reduce((s, l) => s + l.failedMinor, 0);
  return out;
}
