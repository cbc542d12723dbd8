import type { ProviderEvent } from '../payments/payment-provider.ts';
import { findPayment, type PaymentRow, paymentByProviderRef } from '../payments/payment-queries.ts';
import { recordPaymentEvent } from '../payments/record-payment-event.ts';
import { settleRefund } from '../refunds/settle-refund.ts';
import { applyAccountUpdate } from '../seller-payments/apply-account-update.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { markPaid, releaseUnpaid } from './payment-outcomes.ts';
import { settleLatePayment } from './settle-late-payment.ts';

export type EventResult = 'applied' | 'duplicate' | 'ignored' | 'unknown_payment';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The payment an event is about: by the provider's reference, or else by our payment id carried
 * in the provider's metadata (the reference was never saved: the start timed out or the server
 * died before recording the answer).
 */
async function paymentOfEvent(deps: CheckoutDeps, event: ProviderEvent): Promise<PaymentRow | null> {
  const byRef = await paymentByProviderRef(deps.db, event.providerRef, deps.payments.name);
  if (byRef || !event.paymentId || !UUID.test(event.paymentId)) return byRef;
  const byId = await findPayment(deps.db, event.paymentId);
  return byId?.provider === deps.payments.name ? byId : null;
}

/**
 * Apply a verified provider event once. The same event twice has one effect (payment_events is
 * unique per provider and event id); out-of-order events are harmless because a payment only
 * moves forward: a failure never undoes a success. Money for a payment no longer open (released
 * after a timeout or a stall, or paid by another charge) is never kept without an order: the
 * orders are restored when stock allows, otherwise it is refunded at once (settleLatePayment).
 * An event of our own payment is never `unknown_payment`.
 */
export async function handlePaymentEvent(deps: CheckoutDeps, event: ProviderEvent): Promise<EventResult> {
  const pay = await paymentOfEvent(deps, event);
  const recorded = await recordPaymentEvent(deps, {
    provider: deps.payments.name,
    eventId: event.id,
    type: event.type,
    paymentId: pay?.id ?? null,
    occurredAt: event.occurredAt,
    payload: event.raw,
  });
  if (!recorded) return 'duplicate';
  if (event.type === 'account.updated') return applyAccountUpdate(deps, event);
  if (!pay) {
    deps.logger.warn({ event: event.id, ref: event.providerRef }, 'payment event for an unknown payment');
    return 'unknown_payment';
  }
  switch (event.type) {
    case 'payment.succeeded':
    case 'transfer.received': {
      if (event.amountMinor !== undefined && event.amountMinor < pay.amountMinor) {
        deps.logger.warn(
          { payment: pay.id, paid: event.amountMinor, due: pay.amountMinor },
          'underpaid transfer: left for an operator',
        );
        return 'ignored';
      }
      const otherCharge = pay.providerRef !== null && pay.providerRef !== event.providerRef;
      if (!otherCharge && (await markPaid(deps, pay.id, event.providerRef)) !== null) return 'applied';
      // Not open any more (released, or paid by another charge): restore the orders or refund.
      const now = await findPayment(deps.db, pay.id);
      if (!now || (now.status === 'succeeded' && !otherCharge)) return 'ignored';
      const late = await settleLatePayment(deps, {
        pay: now,
        providerRef: event.providerRef,
        amountMinor: event.amountMinor ?? now.amountMinor,
        currency: event.currency ?? now.currency,
      });
      return late === 'ignored' ? 'ignored' : 'applied';
    }
    case 'payment.failed':
      // A failure of another charge than the one recorded says nothing about this payment.
      if (pay.providerRef !== null && pay.providerRef !== event.providerRef) return 'ignored';
      return (await releaseUnpaid(deps, pay.id, {
        status: 'failed',
        message: event.message ?? 'The payment was declined. No money was taken.',
      }))
        ? 'applied'
        : 'ignored';
    case 'refund.succeeded':
    case 'refund.failed': {
      if (!event.refundRef) return 'ignored';
      const settled = await settleRefund(deps, {
        refundRef: event.refundRef,
        outcome: event.type === 'refund.succeeded' ? 'succeeded' : 'failed',
        message: event.message,
        source: 'provider_event',
      });
      return settled === 'applied' ? 'applied' : 'ignored';
    }
    default:
      return 'ignored';
  }
}
