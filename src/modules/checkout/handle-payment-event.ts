import type { ProviderEvent } from '../payments/payment-provider.ts';
import { paymentByProviderRef } from '../payments/payment-queries.ts';
import { recordPaymentEvent } from '../payments/record-payment-event.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { markPaid, releaseUnpaid } from './payment-outcomes.ts';

export type EventResult = 'applied' | 'duplicate' | 'ignored' | 'unknown_payment';

/**
 * Apply a verified provider event once. The same event twice has one effect (payment_events is
 * unique per provider and event id); out-of-order events are harmless because a payment only
 * moves forward: a failure never undoes a success, and a success after a failure is kept for an
 * operator to refund (logged) rather than resurrecting cancelled orders.
 */
export async function handlePaymentEvent(deps: CheckoutDeps, event: ProviderEvent): Promise<EventResult> {
  const pay = await paymentByProviderRef(deps.db, event.providerRef, deps.payments.name);
  const recorded = await recordPaymentEvent(deps, {
    provider: deps.payments.name,
    eventId: event.id,
    type: event.type,
    paymentId: pay?.id ?? null,
    occurredAt: event.occurredAt,
    payload: event.raw,
  });
  if (!recorded) return 'duplicate';
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
      const applied = (await markPaid(deps, pay.id)) !== null;
      if (!applied && pay.status !== 'succeeded') {
        deps.logger.error(
          { payment: pay.id, status: pay.status },
          'money received for a payment no longer open: refund it',
        );
      }
      return applied ? 'applied' : 'ignored';
    }
    case 'payment.failed':
      return (await releaseUnpaid(deps, pay.id, {
        status: 'failed',
        message: event.message ?? 'The payment was declined. No money was taken.',
      }))
        ? 'applied'
        : 'ignored';
    default:
      return 'ignored';
  }
}
