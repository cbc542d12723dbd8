/**
 * Money that arrived for a checkout already released (its payment failed or stalled, its orders
 * not paid) and that could not be turned back into orders: it is owed back to the buyer until the
 * provider refunds it. Pure.
 *
 *   received: Dr psp_clearing, Cr late_payment_payable   (reference `<paymentId>:<providerRef>`)
 *   refunded: Dr late_payment_payable, Cr psp_clearing   (`<paymentId>:<providerRef>:<refundId>`)
 *
 * A refund the provider refused leaves the liability open on `late_payment_payable`: the refunds
 * row (kind 'late_payment', failed) lists it for an operator, who retries it.
 */
import { assertBalanced, type LedgerEntry } from './ledger.rules.ts';

export const LATE_PAYMENT_PAYABLE = 'late_payment_payable';

type Late = { paymentId: string; providerRef: string; amountMinor: number; currency: string };

/**
 * The reference of one refund attempt's entry: `<paymentId>:<providerRef>:<refundId>` (the refunds
 * row of kind 'late_payment'), so a refund that failed after it was booked, reversed under the
 * same reference, can be retried and booked again under the next attempt's.
 */
export function latePaymentRefundReference(a: { paymentId: string; providerRef: string; refundId: number }) {
  return `${a.paymentId}:${a.providerRef}:${a.refundId}`;
}

function entry(
  kind: 'late_payment' | 'late_payment_refund',
  a: Late,
  description: string,
  reference = `${a.paymentId}:${a.providerRef}`,
): LedgerEntry {
  if (!Number.isSafeInteger(a.amountMinor) || a.amountMinor <= 0) {
    throw new Error(`amountMinor must be a positive integer, got ${a.amountMinor}`);
  }
  if (!/^[A-Z]{3}$/.test(a.currency)) throw new Error(`currency must be an ISO 4217 code, got ${a.currency}`);
  const [from, to] =
    kind === 'late_payment' ? ['psp_clearing', LATE_PAYMENT_PAYABLE] : [LATE_PAYMENT_PAYABLE, 'psp_clearing'];
  const postings = [
    { account: from, amountMinor: a.amountMinor, currency: a.currency },
    { account: to, amountMinor: -a.amountMinor, currency: a.currency },
  ];
  assertBalanced(postings);
  return { kind, reference, description, postings };
}

/** The late money came in: the platform holds it for the buyer. */
export function latePaymentReceived(a: Late): LedgerEntry {
  return entry('late_payment', a, `Late payment ${a.providerRef} for released payment ${a.paymentId}`);
}

/** The late money went back to the buyer (refund attempt `refundId`, counted by the provider). */
export function latePaymentRefunded(a: Late & { refundId: number }): LedgerEntry {
  return entry(
    'late_payment_refund',
    a,
    `Refund of late payment ${a.providerRef} (payment ${a.paymentId})`,
    latePaymentRefundReference(a),
  );
}
