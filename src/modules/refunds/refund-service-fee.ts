import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { buyerLocale } from '../checkout/buyer-locale.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { findCheckout } from '../checkout/checkout.store.ts';
import { ACCOUNTS, serviceFeeRefunded } from '../ledger/ledger.rules.ts';
import { entryPostings, postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { linesOfOrders, ordersOfCheckout } from '../orders/order-queries.ts';
import { LINE } from '../orders/order-states.ts';
import type { RefundResult } from '../payments/payment-provider.ts';
import { paymentOfCheckout } from '../payments/payment-queries.ts';
import { alertFailedRefund } from './alert-failed-refund.ts';
import { serviceFeeRefundedEmail } from './refund-emails.ts';
import { refunds } from './refunds.schema.ts';
import { refundsOfPayment, serviceFeeRefunds } from './refunds.store.ts';

const REFUNDED_STATES: readonly number[] = [
  LINE.cancelled,
  LINE.refundedBeforeShipping,
  LINE.refundedAfterShipping,
];

/** Checkouts are locked by this namespace while their service fee is refunded. */
const FEE_LOCK = 0x5e12;

async function lockCheckoutFee(tx: Pick<Db, 'execute'>, checkoutId: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${FEE_LOCK}, hashtext(${checkoutId}))`);
}

export type RefundServiceFeeResult =
  | { refunded: false; reason: 'lines_open' | 'nothing_left' | 'not_paid' | 'provider_refused' | 'raced' }
  | { refunded: true; refundId: number; amountMinor: number; status: 'succeeded' | 'pending' };

/**
 * Give the buyer back the checkout's service fee once every line of every order of the checkout
 * is cancelled or refunded in full (4, 5, 6): the service (a checkout that delivers something)
 * was not rendered. Called after each line refund; does nothing while a line stays open, nor
 * when the fee was already refunded. Like line refunds, the provider is called outside any
 * transaction with the key `refund-fee-<paymentId>-<n>`; the refund row (no line), the ledger
 * entry (the fee's VAT reversed as booked at capture) and the buyer's email are written in one
 * transaction under a per-checkout lock, so two last lines refunded at once refund it once.
 * A refusal records a failed row, emails the buyer and the operators (alert-failed-refund.ts) and
 * is listed on the console's failed refunds, where an operator retries it (retry-failed-refund.ts).
 */
export async function refundServiceFee(
  deps: CheckoutDeps,
  input: { checkoutId: string },
): Promise<RefundServiceFeeResult> {
  const state = await feeState(deps.db, input.checkoutId);
  if (!state.ok) return { refunded: false, reason: state.reason };
  const { co, payment, known } = state;
  const amountMinor = co.serviceFeeMinor - known.refundedMinor;
  const idempotencyKey = `refund-fee-${payment.id}-${known.attempts + 1}`;
  let result: RefundResult;
  try {
    result = await deps.payments.refund({
      providerRef: payment.providerRef!,
      amountMinor,
      currency: co.currency,
      idempotencyKey,
      reason: 'Service fee: every item of the order was cancelled or refunded',
    });
  } catch (err) {
    deps.logger.error({ err, checkoutId: co.id, idempotencyKey }, 'service fee refund: provider unreachable');
    throw err;
  }
  const now = deps.clock.now();
  if (result.status === 'failed') {
    const [failed] = await deps.db
      .insert(refunds)
      .values({
        paymentId: payment.id,
        orderLineId: null,
        amountMinor,
        currency: co.currency,
        reason: 'Service fee',
        status: 'failed',
        providerRef: result.providerRef,
        failureMessage: result.message ?? null,
        settledAt: now,
        createdAt: now,
      })
      .returning({ id: refunds.id });
    // Like any failed refund: the buyer and the operators are told, the console lists it.
    await alertFailedRefund(deps, {
      source: 'service_fee',
      facts: {
        refundId: failed!.id,
        what: 'service_fee',
        how: 'refused',
        orderId: null,
        checkoutId: co.id,
        description: 'the service fee',
        amountMinor,
        currency: co.currency,
        message: result.message ?? null,
        lineState: null,
        unitsStillReleased: false,
      },
    });
    return { refunded: false, reason: 'provider_refused' };
  }
  const status = result.status;
  return deps.db.transaction(async (tx): Promise<RefundServiceFeeResult> => {
    await lockCheckoutFee(tx, co.id);
    const again = await serviceFeeRefunds(tx, payment.id);
    if (again.attempts !== known.attempts) {
      // Another call recorded the fee refund meanwhile (same key: the provider refunded once).
      return { refunded: false, reason: 'raced' };
    }
    const [row] = await tx
      .insert(refunds)
      .values({
        paymentId: payment.id,
        orderLineId: null,
        amountMinor,
        currency: co.currency,
        reason: 'Service fee',
        status,
        providerRef: result.providerRef,
        settledAt: status === 'succeeded' ? now : null,
        createdAt: now,
      })
      .returning({ id: refunds.id });
    // The fee's VAT as booked at capture: fee − what the service-fee revenue was credited.
    const capture = await entryPostings(tx, 'payment_captured', co.id);
    const revenue = -capture
      .filter((p) => p.account === ACCOUNTS.serviceFeeRevenue)
      .reduce((s, p) => s + p.amountMinor, 0);
    await postLedgerEntry(
      tx,
      serviceFeeRefunded({
        refundId: String(row!.id),
        currency: co.currency,
        market: co.market,
        amountMinor,
        checkoutFeeMinor: co.serviceFeeMinor,
        capturedFeeVatMinor: Math.max(0, co.serviceFeeMinor - revenue),
        alreadyRefundedMinor: known.refundedMinor,
      }),
      now,
    );
    const all = await refundsOfPayment(tx, payment.id);
    const totalRefundedMinor = all
      .filter((r) => r.status === 'succeeded' || r.status === 'pending')
      .reduce((s, r) => s + r.amountMinor, 0);
    await deps.mailer.send(
      tx,
      serviceFeeRefundedEmail(
        { email: co.buyerEmail, locale: await buyerLocale(tx, co) },
        {
          checkoutId: co.id,
          amountMinor,
          totalRefundedMinor,
          currency: co.currency,
        },
      ),
    );
    return { refunded: true, refundId: row!.id, amountMinor, status };
  });
}

async function feeState(db: Db, checkoutId: string) {
  const co = await findCheckout(db, checkoutId);
  const payment = co ? await paymentOfCheckout(db, checkoutId) : null;
  if (!co || payment?.status !== 'succeeded' || !payment.providerRef)
    return { ok: false, reason: 'not_paid' } as const;
  const os = await ordersOfCheckout(db, checkoutId);
  const lines = await linesOfOrders(
    db,
    os.map((o) => o.id),
  );
  if (lines.length === 0 || !lines.every((l) => REFUNDED_STATES.includes(l.state)))
    return { ok: false, reason: 'lines_open' } as const;
  const known = await serviceFeeRefunds(db, payment.id);
  if (co.serviceFeeMinor - known.refundedMinor <= 0) return { ok: false, reason: 'nothing_left' } as const;
  return { ok: true, co, payment, known } as const;
}
