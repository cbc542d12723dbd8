import { eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { LINE } from '../orders/order-states.ts';
import { failedRefundAlert } from './refund-alerts.read-model.ts';
import { refundLatePayment } from './refund-late-payment.ts';
import { refundOrderLine } from './refund-order-line.ts';
import { refundServiceFee } from './refund-service-fee.ts';
import { refundUnboundInsurance } from './refund-unbound-insurance.ts';
import { refunds } from './refunds.schema.ts';

export type RetryFailedRefundInput = { refundId: number; operatorId: number };
export type RetryFailedRefundResult = { retried: true; refundId: number; status: 'succeeded' | 'pending' };

const refused = (why: string) =>
  new AppError('UNPROCESSABLE', `The refund was not made again (${why.replaceAll('_', ' ')}).`);

/**
 * An operator refunds again what a failed refund still owes the buyer (the console's failed
 * refunds): the same use case as the first attempt, with the next idempotency key, so each kind
 * keeps its own rules — a line refund (the same amount once shipped, the whole line before),
 * an unbound insurance premium, the service fee, a late payment. Only while the failure is still
 * owed (refund-alerts.read-model.ts): a later attempt that counted answers it. A new refusal is a
 * new failed row, alerted and listed like the first.
 */
export async function retryFailedRefund(
  deps: CheckoutDeps,
  input: RetryFailedRefundInput,
): Promise<RetryFailedRefundResult> {
  const alert = await failedRefundAlert(deps.db, input.refundId);
  if (!alert) throw new AppError('CONFLICT', `Refund ${input.refundId} is no longer owed: nothing to retry.`);
  const [row] = await deps.db.select().from(refunds).where(eq(refunds.id, input.refundId));
  if (!row) throw AppError.notFound('Refund');
  deps.logger.info(
    { refundId: row.id, what: alert.what, operatorId: input.operatorId },
    'failed refund retried',
  );
  switch (alert.what) {
    case 'line': {
      const r = await refundOrderLine(deps, {
        orderLineId: row.orderLineId!,
        amountMinor: alert.lineState === LINE.shipped ? row.amountMinor : undefined,
        reason: row.reason,
        actor: { operatorId: input.operatorId },
      });
      return { retried: true, refundId: r.refundId, status: r.status };
    }
    case 'insurance': {
      const r = await refundUnboundInsurance(deps, {
        orderLineId: row.orderLineId!,
        unit: row.insuranceUnit!,
      });
      if (!r.refunded) throw refused(r.why);
      return { retried: true, refundId: r.refundId, status: r.status };
    }
    case 'service_fee': {
      const r = await refundServiceFee(deps, { checkoutId: alert.checkoutId });
      if (!r.refunded) throw refused(r.reason);
      return { retried: true, refundId: r.refundId, status: r.status };
    }
    case 'late_payment': {
      const r = await refundLatePayment(deps, {
        paymentId: row.paymentId,
        checkoutId: alert.checkoutId,
        chargeRef: row.lateChargeRef!,
        amountMinor: row.amountMinor,
        currency: row.currency,
      });
      if (!r.refunded) throw refused(r.why);
      return { retried: true, refundId: r.refundId, status: r.status };
    }
  }
}
