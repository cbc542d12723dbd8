import { and, eq, inArray } from 'drizzle-orm';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { commissionVatReverseCharged } from '../checkout/payment-outcomes.ts';
import { cancelCreditNote } from '../documents/cancel-credit-note.ts';
import { issueCreditNote } from '../documents/issue-credit-note.ts';
import { latePaymentRefundReference } from '../ledger/late-payment.rules.ts';
import { refundIssued, refundReversed } from '../ledger/ledger.rules.ts';
import { entryPostings, postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { reserveStock } from '../offers/reserve-stock.ts';
import { findOrderLine, linesOfOrders } from '../orders/order-queries.ts';
import { transitionOrderLines } from '../orders/transition-order-lines.ts';
import { findPayment } from '../payments/payment-queries.ts';
import { alertFailedRefund } from './alert-failed-refund.ts';
import { goodsRefundedUpTo, lineTotals, splitRefund } from './refund.rules.ts';
import type { FailedRefundFacts } from './refund-emails.ts';
import { refunds } from './refunds.schema.ts';
import { refundByProviderRef, refundsByLine } from './refunds.store.ts';
import { lockSellerMoney } from './seller-money-lock.ts';

export type SettleRefundInput = {
  /** The provider's refund id (refunds.provider_ref). */
  refundRef: string;
  outcome: 'succeeded' | 'failed';
  message?: string;
  /** Who told us: a provider event or the reconciliation job (logged). */
  source: 'provider_event' | 'reconciliation';
};
export type SettleRefundResult = 'applied' | 'duplicate' | 'unknown_refund';

const COUNTED = ['pending', 'succeeded'] as const;

/**
 * The provider's last word on a refund.
 * - succeeded: a pending refund becomes succeeded (nothing else changes: it already counted).
 * - failed: a refund that counted (pending, or even succeeded — card refunds can fail days later)
 *   becomes failed and its effects are undone in one transaction under the seller's money lock:
 *   the ledger entry is reversed ('refund_reversal', computed as if it were the order's last
 *   refund so the commission returned stays the exact pro rata of what remains refunded), the
 *   line goes back to refundable (orders' `refund_failed`: 4 → 1, 5 → 2, 6 → 3), units that the
 *   refund put back on sale are taken back off sale (offers' reserveStock) — if they were sold
 *   meanwhile they stay released, the row keeps `restocked` so a retry does not release them
 *   twice, and the operators are told not to ship — its credit note, if it had one (it had
 *   succeeded), is cancelled by a new document (documents' cancel-credit-note.ts), and the
 *   operators and the buyer are emailed (alert-failed-refund.ts). Insurance premiums, the service
 *   fee and late payments undo exactly what their entry posted. Every failure stays listed on the
 *   console's failed refunds until an operator retries it (retry-failed-refund.ts).
 * Idempotent: a redelivered event or a second job run changes nothing ('duplicate').
 */
export async function settleRefund(
  deps: CheckoutDeps,
  input: SettleRefundInput,
): Promise<SettleRefundResult> {
  const found = await refundByProviderRef(deps.db, input.refundRef);
  if (!found) {
    deps.logger.warn(
      { refundRef: input.refundRef, source: input.source },
      'settlement for an unknown refund',
    );
    return 'unknown_refund';
  }
  const now = deps.clock.now();
  if (input.outcome === 'succeeded') {
    // The credit note of an invoiced line is issued in the settlement's transaction (none before).
    const applied = await deps.db.transaction(async (tx) => {
      const done = await tx
        .update(refunds)
        .set({ status: 'succeeded', settledAt: now })
        .where(and(eq(refunds.id, found.id), eq(refunds.status, 'pending')))
        .returning({ id: refunds.id });
      if (!done.length) return false;
      await issueCreditNote({ db: tx, clock: deps.clock }, { refundId: found.id });
      return true;
    });
    return applied ? 'applied' : 'duplicate';
  }
  if (found.status === 'failed') return 'duplicate';

  const payment = (await findPayment(deps.db, found.paymentId))!;
  const lineRow = found.orderLineId ? await findOrderLine(deps.db, found.orderLineId) : null;
  const facts = await deps.db.transaction(async (tx): Promise<FailedRefundFacts | null> => {
    if (lineRow) await lockSellerMoney(tx, lineRow.order.sellerId);
    // What counted before this failure (read under the lock, before the row changes).
    const lines = lineRow ? await linesOfOrders(tx, [lineRow.order.id]) : [];
    const counted = await refundsByLine(
      tx,
      lines.map((l) => l.id),
    );
    const [row] = await tx
      .update(refunds)
      .set({ status: 'failed', settledAt: now, reversedAt: now, failureMessage: input.message ?? null })
      .where(and(eq(refunds.id, found.id), inArray(refunds.status, [...COUNTED])))
      .returning();
    if (!row) return null;

    if (row.kind === 'late_payment') {
      // Money of a released checkout: its refund entry is undone, the buyer is owed it again.
      const reference = latePaymentRefundReference({
        paymentId: row.paymentId,
        providerRef: row.lateChargeRef ?? '',
        refundId: row.id,
      });
      const posted = await entryPostings(tx, 'late_payment_refund', reference);
      if (posted.length) {
        await postLedgerEntry(
          tx,
          refundReversed({
            kind: 'late_payment_refund',
            reference,
            description: `Late payment refund ${row.id}`,
            postings: posted,
          }),
          now,
        );
      }
      return {
        refundId: row.id,
        what: 'late_payment',
        how: 'reversed',
        orderId: null,
        checkoutId: payment.checkoutId,
        description: 'the payment that arrived after your order was cancelled',
        amountMinor: row.amountMinor,
        currency: row.currency,
        message: input.message ?? null,
        lineState: null,
        unitsStillReleased: false,
      };
    }
    if (lineRow && row.kind === 'insurance') {
      // An unbound insurance premium: undo exactly what its entry posted; the line is untouched.
      const posted = await entryPostings(tx, 'refund', String(row.id));
      if (posted.length) {
        await postLedgerEntry(
          tx,
          refundReversed({
            kind: 'refund',
            reference: String(row.id),
            description: `Insurance premium refund ${row.id}`,
            postings: posted,
          }),
          now,
        );
      }
      return {
        refundId: row.id,
        what: 'insurance',
        how: 'reversed',
        orderId: lineRow.order.id,
        checkoutId: payment.checkoutId,
        description: `the insurance premium of ${lineRow.line.productName} (${lineRow.line.grade}), which could not be issued`,
        amountMinor: row.amountMinor,
        currency: row.currency,
        message: input.message ?? null,
        lineState: null,
        unitsStillReleased: false,
      };
    }
    if (!lineRow) {
      // The service fee: undo exactly what its entry posted.
      const posted = await entryPostings(tx, 'service_fee_refund', String(row.id));
      if (posted.length) {
        await postLedgerEntry(
          tx,
          refundReversed({
            kind: 'service_fee_refund',
            reference: String(row.id),
            description: `Service fee refund ${row.id}`,
            postings: posted,
          }),
          now,
        );
      }
      return {
        refundId: row.id,
        what: 'service_fee',
        how: 'reversed',
        orderId: null,
        checkoutId: payment.checkoutId,
        description: 'the service fee',
        amountMinor: row.amountMinor,
        currency: row.currency,
        message: input.message ?? null,
        lineState: null,
        unitsStillReleased: false,
      };
    }

    const { order } = lineRow;
    const line = lines.find((l) => l.id === lineRow.line.id)!;
    const lineCounted = counted.get(line.id)?.refundedMinor ?? 0;
    const totalsOf = (l: typeof line) =>
      lineTotals(l, { insuranceRefundedMinor: counted.get(l.id)?.insuranceRefundedMinor ?? 0 });
    const split = splitRefund(totalsOf(line), lineCounted - row.amountMinor, row.amountMinor);
    const orderGoods = lines.reduce(
      (s, l) => s + goodsRefundedUpTo(totalsOf(l), counted.get(l.id)?.refundedMinor ?? 0),
      0,
    );
    await postLedgerEntry(
      tx,
      refundReversed(
        refundIssued({
          refundId: String(row.id),
          currency: row.currency,
          sellerId: order.sellerId,
          order: {
            goodsTotalMinor: order.itemsTotalMinor + order.shippingTotalMinor,
            commissionMinor: order.commissionMinor,
            commissionReverseCharged: await commissionVatReverseCharged(tx, order.sellerId),
          },
          goodsRefundMinor: split.goodsMinor,
          alreadyRefundedGoodsMinor: orderGoods - split.goodsMinor,
          insuranceRefundMinor: split.insuranceMinor,
        }),
      ),
      now,
    );
    const moved = await transitionOrderLines(
      { db: tx, clock: deps.clock },
      {
        kind: 'refund_failed',
        orderLineId: line.id,
        audit: {
          actorUserId: null,
          details: {
            orderId: order.id,
            orderLineId: line.id,
            refundId: row.id,
            amountMinor: row.amountMinor,
            currency: row.currency,
            message: input.message ?? null,
            source: input.source,
            sellerId: order.sellerId,
          },
        },
      },
    );
    const lineState = moved.moves[0]?.to ?? line.state;
    let unitsStillReleased = false;
    if (row.restocked) {
      const taken = await reserveStock(
        { db: tx, clock: deps.clock },
        { lines: [{ offerId: line.offerId, quantity: line.quantity }] },
      );
      if (taken.ok) await tx.update(refunds).set({ restocked: false }).where(eq(refunds.id, row.id));
      else unitsStillReleased = true;
    }
    // A refund that had succeeded had its credit note: a new document cancels it.
    await cancelCreditNote(
      { db: tx, clock: deps.clock },
      { refundId: row.id, reason: 'the refund failed at the payment provider' },
    );
    const facts: FailedRefundFacts = {
      refundId: row.id,
      what: 'line',
      how: 'reversed',
      orderId: order.id,
      checkoutId: order.checkoutId,
      description: `${line.quantity} × ${line.productName} (${line.grade})`,
      amountMinor: row.amountMinor,
      currency: row.currency,
      message: input.message ?? null,
      lineState,
      unitsStillReleased,
    };
    return facts;
  });
  if (!facts) return 'duplicate';

  // The alerts, in the outbox (delivered by the mail job).
  await alertFailedRefund(deps, { facts, source: input.source });
  return 'applied';
}
