import { latePaymentReceived } from '../ledger/late-payment.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { movePayment } from '../payments/move-payment.ts';
import type { PaymentRow } from '../payments/payment-queries.ts';
import { refundLatePayment } from '../refunds/refund-late-payment.ts';
import { buyerLocale } from './buyer-locale.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { checkoutEmails } from './checkout-emails.ts';
import { restoreLatePayment } from './payment-outcomes.ts';
import { loadReceipt } from './receipt.read-model.ts';

export type LatePaymentResult = 'restored' | 'refunded' | 'refund_failed' | 'ignored';

const REFUNDING =
  'Your payment arrived after this order was cancelled: it is refunded in full. No order was placed.';

/**
 * Money arrived for one of our payments that is no longer open: the checkout was released (the
 * start timed out, the stalled-payment job gave up, the transfer came after 48 hours), or the
 * payment was already settled by another charge. Never kept without an order: the orders are
 * restored when they still can be (payment-outcomes' restoreLatePayment), otherwise the money is
 * refunded at once — booked as owed to the buyer, refunded through refunds' refund-late-payment.ts
 * (a refunds row per attempt: a refusal is listed for an operator, who retries it), and the buyer
 * emailed either way. Once per charge: the payment row is locked and the
 * `late_payment` entry is unique per (payment, provider reference).
 */
export async function settleLatePayment(
  deps: CheckoutDeps,
  a: { pay: PaymentRow; providerRef: string; amountMinor: number; currency: string },
): Promise<LatePaymentResult> {
  const { pay } = a;
  const late = {
    paymentId: pay.id,
    providerRef: a.providerRef,
    amountMinor: a.amountMinor,
    currency: a.currency.toUpperCase(),
  };
  const reference = latePaymentReceived(late).reference;
  if (pay.status === 'failed' || pay.status === 'cancelled') {
    const restored = await restoreLatePayment(deps, {
      paymentId: pay.id,
      providerRef: a.providerRef,
      lateReference: reference,
    });
    if (restored === 'restored') return 'restored';
    if (restored === 'moved') return 'ignored';
  }

  const booked = await deps.db.transaction(async (tx) => {
    // Locks the payment row (the restore takes the same lock) and says so on the buyer's receipt.
    const settledElsewhere = pay.status === 'succeeded';
    const row = await movePayment(
      { db: tx, clock: deps.clock },
      {
        paymentId: pay.id,
        from: [pay.status],
        to: pay.status,
        ...(settledElsewhere
          ? {}
          : { providerRef: pay.providerRef ?? a.providerRef, failureMessage: REFUNDING }),
        nextAction: pay.nextAction,
      },
    );
    if (!row) return false;
    return postLedgerEntry(tx, latePaymentReceived(late), deps.clock.now());
  });
  if (!booked) return 'ignored';

  // Every attempt is a refunds row: a refusal stays owed, listed for an operator who retries it.
  const r = await refundLatePayment(deps, {
    paymentId: pay.id,
    checkoutId: pay.checkoutId,
    chargeRef: a.providerRef,
    amountMinor: a.amountMinor,
    currency: late.currency,
  });
  const refunded = r.refunded;

  const receipt = await loadReceipt(deps.db, pay.checkoutId);
  if (receipt) {
    await deps.mailer.send(
      deps.db,
      checkoutEmails.latePaymentRefunded(await buyerLocale(deps.db, receipt), receipt.buyerEmail, receipt, {
        ...late,
        refunded,
      }),
    );
  }
  return refunded ? 'refunded' : 'refund_failed';
}
