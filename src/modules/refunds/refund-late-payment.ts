import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { latePaymentRefunded } from '../ledger/late-payment.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import type { RefundResult } from '../payments/payment-provider.ts';
import { alertFailedRefund } from './alert-failed-refund.ts';
import { refunds } from './refunds.schema.ts';

export type RefundLatePaymentInput = {
  paymentId: string;
  checkoutId: string;
  /** The provider's reference of the late charge. */
  chargeRef: string;
  amountMinor: number;
  currency: string;
};
export type RefundLatePaymentResult =
  | { refunded: true; refundId: number; status: 'succeeded' | 'pending' }
  | {
      refunded: false;
      why: 'already_refunded' | 'provider_refused' | 'provider_unreachable';
      refundId?: number;
    };

const REASON = 'Late payment for a released checkout';
/** Late payments are locked by this namespace while a refund attempt is recorded. */
const LATE_LOCK = 0x1a7e;

/**
 * Give back money that arrived for a released checkout (checkout's settle-late-payment.ts, or an
 * operator's retry). Every attempt is a refunds row of kind 'late_payment' (no line), like line
 * refunds: pending or succeeded books `late_payment_refund` (Dr late_payment_payable) in the same
 * transaction; a refusal is a failed row, listed on the console's failed refunds and the operators
 * are told (the buyer's email is the checkout's); a pending refund that fails later is reversed by
 * settle-refund.ts. Idempotency key `late-<paymentId>-<chargeRef>` for the first attempt and
 * `…-<n>` for the n-th: an attempt whose answer was lost records nothing and reuses its key.
 */
export async function refundLatePayment(
  deps: Pick<CheckoutDeps, 'db' | 'clock' | 'payments' | 'mailer' | 'siteUrl' | 'logger'>,
  input: RefundLatePaymentInput,
): Promise<RefundLatePaymentResult> {
  const mine = and(
    eq(refunds.paymentId, input.paymentId),
    eq(refunds.kind, 'late_payment'),
    eq(refunds.lateChargeRef, input.chargeRef),
  );
  const [known] = await deps.db
    .select({
      attempts: sql<string>`count(*)`,
      counted: sql<string>`count(*) filter (where ${refunds.status} in ('pending', 'succeeded'))`,
    })
    .from(refunds)
    .where(mine);
  if (Number(known?.counted ?? 0) > 0) return { refunded: false, why: 'already_refunded' };
  const n = Number(known?.attempts ?? 0) + 1;
  const idempotencyKey = `late-${input.paymentId}-${input.chargeRef}${n > 1 ? `-${n}` : ''}`;
  let result: RefundResult;
  try {
    result = await deps.payments.refund({
      providerRef: input.chargeRef,
      amountMinor: input.amountMinor,
      currency: input.currency,
      idempotencyKey,
      reason: 'late_payment_released_checkout',
    });
  } catch (err) {
    deps.logger.error(
      { err, payment: input.paymentId, idempotencyKey },
      'late payment refund: provider unreachable, retry it (the same key cannot refund twice)',
    );
    return { refunded: false, why: 'provider_unreachable' };
  }
  const now = deps.clock.now();
  const row = {
    paymentId: input.paymentId,
    orderLineId: null,
    kind: 'late_payment' as const,
    lateChargeRef: input.chargeRef,
    amountMinor: input.amountMinor,
    currency: input.currency,
    reason: REASON,
    providerRef: result.providerRef,
    createdAt: now,
  };
  if (result.status === 'failed') {
    const [failed] = await deps.db
      .insert(refunds)
      .values({ ...row, status: 'failed', failureMessage: result.message ?? null, settledAt: now })
      .returning({ id: refunds.id });
    await alertFailedRefund(deps, {
      buyer: false,
      source: 'late_payment',
      facts: {
        refundId: failed!.id,
        what: 'late_payment',
        how: 'refused',
        orderId: null,
        checkoutId: input.checkoutId,
        description: 'the payment that arrived after your order was cancelled',
        amountMinor: input.amountMinor,
        currency: input.currency,
        message: result.message ?? null,
        lineState: null,
        unitsStillReleased: false,
      },
    });
    return { refunded: false, why: 'provider_refused', refundId: failed!.id };
  }
  const status = result.status;
  const refundId = await deps.db.transaction(async (tx) => {
    // Two retries at once used the same key (the provider refunded once): record it once.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LATE_LOCK}, hashtext(${input.paymentId}))`);
    const [again] = await tx
      .select({ id: refunds.id })
      .from(refunds)
      .where(and(mine, inArray(refunds.status, ['pending', 'succeeded'])));
    if (again) return null;
    const [r] = await tx
      .insert(refunds)
      .values({ ...row, status, settledAt: status === 'succeeded' ? now : null })
      .returning({ id: refunds.id });
    await postLedgerEntry(
      tx,
      latePaymentRefunded({
        paymentId: input.paymentId,
        providerRef: input.chargeRef,
        amountMinor: input.amountMinor,
        currency: input.currency,
        refundId: r!.id,
      }),
      now,
    );
    return r!.id;
  });
  if (refundId === null) return { refunded: false, why: 'already_refunded' };
  return { refunded: true, refundId, status };
}
