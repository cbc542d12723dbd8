import { stalledPaymentIds } from '../payments/payment-queries.ts';
import type { CheckoutDeps } from './checkout.deps.ts';
import { dueTransferPaymentIds } from './due-transfers.read-model.ts';
import { releaseUnpaid } from './payment-outcomes.ts';

/**
 * The job behind "unpaid orders lose their guarantee after 48 hours": bank-transfer checkouts whose
 * payment is still awaited at their due time are cancelled, their stock released and the buyer
 * emailed. Safe to run often and from several workers (each payment moves once).
 */
export async function cancelUnpaidTransfers(deps: CheckoutDeps): Promise<{ cancelled: number }> {
  const now = deps.clock.now();
  const due = await dueTransferPaymentIds(deps.db, now);
  let cancelled = 0;
  for (const paymentId of due) {
    if (
      await releaseUnpaid(deps, paymentId, {
        status: 'cancelled',
        message: 'No bank transfer received within 48 hours: the order was cancelled.',
      })
    )
      cancelled++;
  }
  return { cancelled };
}

/**
 * Crash recovery: a payment left 'processing' (the server died between committing the orders and
 * hearing from the provider) for longer than `olderThanMs` is released, so reserved stock always
 * belongs to an order or goes back on sale.
 */
export async function releaseStalledPayments(
  deps: CheckoutDeps,
  olderThanMs = 15 * 60_000,
): Promise<{ released: number }> {
  const cutoff = new Date(deps.clock.now().getTime() - olderThanMs);
  const stalled = await stalledPaymentIds(deps.db, cutoff);
  let released = 0;
  for (const id of stalled) {
    if (
      await releaseUnpaid(deps, id, {
        status: 'failed',
        message: 'The payment could not be completed. No money was taken.',
      })
    )
      released++;
  }
  return { released };
}
