import { z } from 'zod';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { formatAmount } from '../../platform/money.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { checkoutRecipient } from '../checkout/buyer-locale.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { commissionVatReverseCharged } from '../checkout/payment-outcomes.ts';
import { issueCreditNote } from '../documents/issue-credit-note.ts';
import { refundIssued } from '../ledger/ledger.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { releaseStock } from '../offers/release-stock.ts';
import { findOrderLine, linesOfOrders } from '../orders/order-queries.ts';
import { LINE, ORDER_LINE_STATE_NAMES, type OrderLineState, refundTarget } from '../orders/order-states.ts';
import type { OrderLineRow } from '../orders/orders.types.ts';
import { transitionOrderLines } from '../orders/transition-order-lines.ts';
import type { RefundResult } from '../payments/payment-provider.ts';
import { paymentOfCheckout } from '../payments/payment-queries.ts';
import { goodsRefundedUpTo, lineTotals, splitRefund } from './refund.rules.ts';
import { refundIssuedEmail } from './refund-emails.ts';
import { refundServiceFee } from './refund-service-fee.ts';
import { refunds } from './refunds.schema.ts';
import { type LineRefunds, refundsByLine, unitsReleasedFor } from './refunds.store.ts';
import { lockSellerMoney } from './seller-money-lock.ts';

/**
 * Refund (part of) one order line to the buyer.
 *
 * Rules
 * - State 1 (paid, not accepted) → 4 cancelled, and 2 (accepted) → 5 refunded before shipping:
 *   the whole line only (goods + shipping + insurance); the units go back on sale (restock).
 * - State 3 (shipped): any amount up to what is left; the line becomes 6 when the cumulative
 *   refunds reach its total, and STAYS 3 while partially refunded (Back Market has no "partially
 *   refunded" state; a commercial gesture or a partial return keeps the line shipped). No restock:
 *   the device is with the buyer or in an after-sales flow.
 * - Any other state (0, 8, 9 unpaid or on hold; 4, 5, 6, 7 final) → CONFLICT (409).
 * - The service fee is not refunded with a line (the platform's own supply) — but once every line
 *   of the checkout is cancelled or refunded in full, it is refunded too (refund-service-fee.ts).
 * - A line's units go back on sale once: a refund that failed after restocking takes them back
 *   (settle-refund.ts) or, when they were sold meanwhile, keeps `restocked` so a retry does not
 *   release them twice.
 *
 * Money
 * - The payment provider is called OUTSIDE any transaction with the idempotency key
 *   `refund-<lineId>-<n>`, n = 1 + the number of refund attempts already recorded for the line
 *   (failed ones included, so a retry after a refusal is a new request while a retry after a lost
 *   answer reuses the key and cannot refund twice).
 * - A refusal (status 'failed') records a 'failed' refunds row and changes nothing else; a thrown
 *   error (provider unreachable) records nothing, so retrying reuses the key.
 * - On success (or 'pending': accepted by the provider; `refund.succeeded` / `refund.failed` or
 *   the reconciliation job settle it later, settle-refund.ts) ONE transaction, under the seller's
 *   money lock (so refunds of two lines of one order never read each other's stale state), records the refunds row, moves the line (and derives the order state), restocks,
 *   posts `refundIssued` (commission and its VAT returned pro rata, cumulatively per order, so a
 *   whole order refunded in parts returns exactly its commission) and queues the buyer's email.
 * - The refund is split between goods and insurance pro rata and cumulatively (refund.rules.ts).
 */
export type RefundActor = { operatorId?: number; sellerId?: number };
export type RefundOrderLineInput = {
  orderLineId: number;
  /** Minor units; default: everything not refunded yet. Must be the whole line before shipping. */
  amountMinor?: number;
  reason: string;
  actor: RefundActor;
};
export type RefundOrderLineResult = {
  refundId: number;
  orderId: number;
  orderLineId: number;
  amountMinor: number;
  currency: string;
  status: 'succeeded' | 'pending';
  lineState: number;
  refundedMinor: number;
  lineTotalMinor: number;
};

export const REFUNDABLE_LINE_STATES: readonly number[] = [LINE.paid, LINE.accepted, LINE.shipped];
export const MAX_REFUND_REASON = 500;

const ZInput = z.object({
  orderLineId: z.number().int().positive(),
  amountMinor: z.number().int().positive('must be more than 0').optional(),
  reason: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(MAX_REFUND_REASON, `must be at most ${MAX_REFUND_REASON} characters`),
});

type LineRow = OrderLineRow;

const NONE: LineRefunds = { refundedMinor: 0, attempts: 0, insuranceRefundedMinor: 0 };
const money = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;
const describeState = (s: number) =>
  `${s} (${ORDER_LINE_STATE_NAMES[s as OrderLineState] ?? 'unknown state'})`;

/** What the refund does given the line's current state: throws when it is not allowed. */
export function planRefund(
  line: LineRow,
  refundedMinor: number,
  insuranceRefundedMinor: number,
  amountMinor: number | undefined,
  currency: string,
): { amountMinor: number; toState: number; restock: boolean } {
  const state = line.state as OrderLineState;
  if (!REFUNDABLE_LINE_STATES.includes(state)) {
    throw new AppError(
      'CONFLICT',
      `Only paid lines (states 1, 2 and 3) can be refunded; line ${line.id} is in state ${describeState(state)}.`,
    );
  }
  const total = lineTotals(line, { insuranceRefundedMinor: insuranceRefundedMinor }).totalMinor;
  const left = total - refundedMinor;
  if (left <= 0) throw new AppError('CONFLICT', `Line ${line.id} is already refunded in full.`);
  if (state === LINE.paid || state === LINE.accepted) {
    if (amountMinor !== undefined && amountMinor !== left) {
      throw AppError.invalid([
        {
          field: 'amountMinor',
          message: `a line that has not shipped is refunded in full (${money(left, currency)})`,
        },
      ]);
    }
    return { amountMinor: left, toState: refundTarget(state, true), restock: true };
  }
  const amount = amountMinor ?? left;
  if (amount > left) {
    throw AppError.invalid([
      { field: 'amountMinor', message: `must be at most ${money(left, currency)}, what is left to refund` },
    ]);
  }
  return { amountMinor: amount, toState: refundTarget(state, amount === left), restock: false };
}

async function loadLine(db: Db, orderLineId: number) {
  const row = await findOrderLine(db, orderLineId);
  if (!row) throw AppError.notFound('Order line');
  const payment = await paymentOfCheckout(db, row.order.checkoutId);
  return { ...row, payment };
}

export async function refundOrderLine(
  deps: CheckoutDeps,
  input: RefundOrderLineInput,
): Promise<RefundOrderLineResult> {
  const v = parseOrThrow(ZInput, {
    orderLineId: input.orderLineId,
    amountMinor: input.amountMinor,
    reason: input.reason,
  });
  const { actor } = input;
  if (actor.operatorId === undefined && actor.sellerId === undefined) {
    throw new AppError('FORBIDDEN', 'A refund is made by an operator or by the seller of the order');
  }
  const { line, order, payment } = await loadLine(deps.db, v.orderLineId);
  if (actor.sellerId !== undefined && actor.sellerId !== order.sellerId)
    throw AppError.notFound('Order line');
  const currency = order.currency;
  const known = (await refundsByLine(deps.db, [line.id])).get(line.id) ?? NONE;
  const plan = planRefund(line, known.refundedMinor, known.insuranceRefundedMinor, v.amountMinor, currency);
  if (payment?.status !== 'succeeded' || !payment.providerRef) {
    throw new AppError(
      'CONFLICT',
      'The payment of this order has not succeeded: there is nothing to refund.',
    );
  }

  // 1. The provider, outside any transaction.
  const idempotencyKey = `refund-${line.id}-${known.attempts + 1}`;
  let result: RefundResult;
  try {
    result = await deps.payments.refund({
      providerRef: payment.providerRef,
      amountMinor: plan.amountMinor,
      currency,
      idempotencyKey,
      reason: v.reason,
    });
  } catch (err) {
    deps.logger.error({ err, orderLineId: line.id, idempotencyKey }, 'refund: provider unreachable');
    throw new AppError(
      'UNPROCESSABLE',
      'The payment provider could not be reached. Nothing was recorded; try again (a retry cannot refund twice).',
    );
  }
  const now = deps.clock.now();
  if (result.status === 'failed') {
    await deps.db.insert(refunds).values({
      paymentId: payment.id,
      orderLineId: line.id,
      amountMinor: plan.amountMinor,
      currency,
      reason: v.reason,
      status: 'failed',
      providerRef: result.providerRef,
      failureMessage: result.message ?? null,
      settledAt: now,
      createdAt: now,
    });
    throw new AppError(
      'UNPROCESSABLE',
      `The payment provider refused the refund${result.message ? `: ${result.message}` : ''}. Nothing was refunded.`,
    );
  }

  // 2. Record it, in one transaction with its effects.
  const done = await deps.db.transaction(async (tx) => {
    await lockSellerMoney(tx, order.sellerId);
    const locked = (await findOrderLine(tx, line.id, { lock: true }))!.line;
    const lines = await linesOfOrders(tx, [order.id]);
    const byLine = await refundsByLine(
      tx,
      lines.map((l) => l.id),
    );
    const mine = byLine.get(line.id) ?? NONE;
    if (mine.attempts !== known.attempts) {
      // Another refund of this line was recorded meanwhile (same key: the provider refunded once).
      throw new AppError('CONFLICT', 'Another refund of this line was recorded meanwhile; reload and check.');
    }
    let effect: ReturnType<typeof planRefund>;
    try {
      // The line may have moved (e.g. accepted or shipped) while the provider answered.
      effect = planRefund(
        locked,
        mine.refundedMinor,
        mine.insuranceRefundedMinor,
        plan.amountMinor,
        currency,
      );
    } catch (e) {
      deps.logger.error(
        { orderLineId: line.id, idempotencyKey, providerRef: result.providerRef },
        'refund made by the provider but the line changed meanwhile: record it by hand',
      );
      throw e;
    }
    // Units released by an earlier refund that failed and could not take them back stay released.
    const restock = effect.restock && !(await unitsReleasedFor(tx, line.id));
    const [refund] = await tx
      .insert(refunds)
      .values({
        paymentId: payment.id,
        orderLineId: line.id,
        amountMinor: effect.amountMinor,
        currency,
        reason: v.reason,
        status: result.status,
        providerRef: result.providerRef,
        restocked: restock,
        settledAt: result.status === 'succeeded' ? now : null,
        createdAt: now,
      })
      .returning({ id: refunds.id });
    const refundedMinor = mine.refundedMinor + effect.amountMinor;
    // The line's state, the order's, and the audit entry: the orders module's one transition.
    await transitionOrderLines(
      { db: tx, clock: deps.clock },
      {
        kind: 'refund',
        orderLineId: line.id,
        full: effect.toState !== locked.state,
        audit: {
          actorUserId: actor.operatorId ?? null,
          details: {
            orderId: order.id,
            orderLineId: line.id,
            refundId: refund!.id,
            amountMinor: effect.amountMinor,
            currency,
            reason: v.reason,
            by: actor.operatorId !== undefined ? 'operator' : 'seller',
            sellerId: order.sellerId,
          },
          before: { refundedMinor: mine.refundedMinor },
          after: { refundedMinor },
        },
      },
    );
    if (restock) {
      await releaseStock(
        { db: tx, clock: deps.clock },
        { lines: [{ offerId: locked.offerId, quantity: locked.quantity }] },
      );
    }

    const alreadyGoods = lines.reduce((sum, l) => {
      const r = byLine.get(l.id) ?? NONE;
      return (
        sum +
        goodsRefundedUpTo(
          lineTotals(l, { insuranceRefundedMinor: r.insuranceRefundedMinor }),
          r.refundedMinor,
        )
      );
    }, 0);
    const split = splitRefund(
      lineTotals(locked, { insuranceRefundedMinor: mine.insuranceRefundedMinor }),
      mine.refundedMinor,
      effect.amountMinor,
    );
    await postLedgerEntry(
      tx,
      refundIssued({
        refundId: String(refund!.id),
        currency,
        sellerId: order.sellerId,
        // As captured (payment-outcomes.ts markPaid): commission VAT only for sellers in France.
        order: {
          goodsTotalMinor: order.itemsTotalMinor + order.shippingTotalMinor,
          commissionMinor: order.commissionMinor,
          commissionReverseCharged: await commissionVatReverseCharged(tx, order.sellerId),
        },
        goodsRefundMinor: split.goodsMinor,
        alreadyRefundedGoodsMinor: alreadyGoods,
        insuranceRefundMinor: split.insuranceMinor,
      }),
      now,
    );
    await issueCreditNote({ db: tx, clock: deps.clock }, { refundId: refund!.id });
    await deps.mailer.send(
      tx,
      refundIssuedEmail((await checkoutRecipient(tx, order.checkoutId))!, {
        order,
        line: locked,
        amountMinor: effect.amountMinor,
        reason: v.reason,
        cancelled: effect.restock,
      }),
    );
    return {
      refundId: refund!.id,
      insuranceRefundedMinor: mine.insuranceRefundedMinor,
      amountMinor: effect.amountMinor,
      lineState: effect.toState,
      refundedMinor,
      restock: effect.restock,
    };
  });
  deps.logger.info(
    { refundId: done.refundId, orderLineId: line.id, amountMinor: done.amountMinor, actor },
    'order line refunded',
  );
  // The last open line of the checkout closed: its service fee goes back too. The line refund
  // stands whatever happens here; a failure is logged for an operator (and retried by the next
  // refund of the checkout's lines, if any).
  if (done.lineState !== LINE.shipped) {
    try {
      await refundServiceFee(deps, { checkoutId: order.checkoutId });
    } catch (err) {
      deps.logger.error(
        { err, checkoutId: order.checkoutId },
        'service fee refund failed: refund it by hand',
      );
    }
  }
  return {
    refundId: done.refundId,
    orderId: order.id,
    orderLineId: line.id,
    amountMinor: done.amountMinor,
    currency,
    status: result.status,
    lineState: done.lineState,
    refundedMinor: done.refundedMinor,
    lineTotalMinor: lineTotals(line, { insuranceRefundedMinor: done.insuranceRefundedMinor }).totalMinor,
  };
}
