import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { pendingRefundsBefore } from './refunds.store.ts';
import { settleRefund } from './settle-refund.ts';

/** A refund still pending this long after it was made is asked about (its webhook may be lost). */
export const REFUND_RECONCILE_AFTER_MS = 60 * 60 * 1000;

/**
 * The reconciliation job: asks the provider about refunds pending for more than
 * REFUND_RECONCILE_AFTER_MS and settles those it has decided (settle-refund.ts), so a lost or
 * never-sent `refund.succeeded` / `refund.failed` event cannot leave a refund pending forever.
 * Refunds the provider still reports pending are asked again at the next run. A provider that
 * cannot be asked (no `retrieveRefund`) leaves everything to its events.
 */
export async function reconcilePendingRefunds(
  deps: CheckoutDeps,
  input: { limit?: number } = {},
): Promise<{ asked: number; settled: number }> {
  const retrieve = deps.payments.retrieveRefund?.bind(deps.payments);
  if (!retrieve) return { asked: 0, settled: 0 };
  const cutoff = new Date(deps.clock.now().getTime() - REFUND_RECONCILE_AFTER_MS);
  const pending = await pendingRefundsBefore(deps.db, cutoff, input.limit ?? 100);
  let settled = 0;
  for (const r of pending) {
    try {
      const answer = await retrieve(r.providerRef!);
      if (answer.status === 'pending') continue;
      const done = await settleRefund(deps, {
        refundRef: r.providerRef!,
        outcome: answer.status,
        message: answer.message,
        source: 'reconciliation',
      });
      if (done === 'applied') settled++;
    } catch (err) {
      deps.logger.error(
        { err, refundId: r.id },
        'refund reconciliation: provider unreachable, retried next run',
      );
    }
  }
  return { asked: pending.length, settled };
}
