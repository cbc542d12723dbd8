import { and, eq, inArray, sql } from 'drizzle-orm';
import { checkoutRecipient } from '../checkout/buyer-locale.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { refundIssued } from '../ledger/ledger.rules.ts';
import { postLedgerEntry } from '../ledger/post-ledger-entry.ts';
import { gradeName } from '../offers/grade-names.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import type { RefundResult } from '../payments/payment-provider.ts';
import { paymentOfCheckout } from '../payments/payment-queries.ts';
import { alertFailedRefund } from './alert-failed-refund.ts';
import { insuranceRefundedEmail } from './refund-emails.ts';
import { refunds } from './refunds.schema.ts';
import { refundsByLine } from './refunds.store.ts';
import { lockSellerMoney } from './seller-money-lock.ts';

export type RefundUnboundInsuranceInput = { orderLineId: number; unit: number };
export type RefundUnboundInsuranceResult =
  | { refunded: true; refundId: number; amountMinor: number; status: 'succeeded' | 'pending' }
  | { refunded: false; why: 'already_refunded' | 'line_refunded' | 'not_paid' | 'provider_refused' };

const reasonOf = (unit: number) => `Insurance could not be issued (unit ${unit})`;
const COUNTED = ['pending', 'succeeded'] as const;

/**
 * The insurer would not issue the policy of one unit of an insured line (checkout's
 * bindInsurance): its premium goes back to the buyer, who is told.
 * - The provider is called outside any transaction with the idempotency key
 *   `refund-insurance-<orderLineId>-<unit>` (`…-<n>` for the n-th attempt after refusals or
 *   failures): a retry after a lost answer cannot refund twice.
 * - The unit is stored in its own column (`insurance_unit`); the reason is text for people.
 * - One transaction under the seller's money lock records a refunds row of kind 'insurance' (the
 *   line's id; the line's state is untouched), posts `refundIssued` with the premium only
 *   (Dr insurer_payable, Cr psp_clearing: no goods, so no commission moves) and queues the email.
 *   No credit note: insurance is not the seller's supply.
 * - The premium is then off the line's refundable insurance: a later refund of the line refunds
 *   the goods and what is left of the insurance (refunds.store.ts refundsByLine, lineTotals).
 * - Not when the line was already refunded (its refund carried the premium) or this unit's premium
 *   already went back. A refusal records a failed row and tells the operators and the buyer
 *   (alert-failed-refund.ts); a pending refund that fails later is reversed by settle-refund.ts.
 *   Both are listed on the console's failed refunds until an operator retries them
 *   (retry-failed-refund.ts) or a refund of the whole line carries the premium.
 */
export async function refundUnboundInsurance(
  deps: Pick<CheckoutDeps, 'db' | 'clock' | 'mailer' | 'payments' | 'logger' | 'siteUrl'>,
  input: RefundUnboundInsuranceInput,
): Promise<RefundUnboundInsuranceResult> {
  const found = await findOrderLine(deps.db, input.orderLineId);
  if (!found) throw new Error(`order line ${input.orderLineId} not found`);
  const { line, order } = found;
  const reason = reasonOf(input.unit);
  const premium = line.insurancePremiumMinor;
  const payment = await paymentOfCheckout(deps.db, order.checkoutId);
  if (premium <= 0 || payment?.status !== 'succeeded' || !payment.providerRef) {
    return { refunded: false, why: 'not_paid' };
  }
  const ofUnit = and(
    eq(refunds.orderLineId, line.id),
    eq(refunds.kind, 'insurance'),
    eq(refunds.insuranceUnit, input.unit),
  );
  const attemptsOf = async (db: CheckoutDeps['db']) =>
    Number((await db.select({ n: sql<string>`count(*)` }).from(refunds).where(ofUnit))[0]?.n ?? 0);
  const blocked = async (db: CheckoutDeps['db']) => {
    const done = await db
      .select({ id: refunds.id })
      .from(refunds)
      .where(and(ofUnit, inArray(refunds.status, [...COUNTED])));
    if (done.length > 0) return 'already_refunded' as const;
    const r = (await refundsByLine(db, [line.id])).get(line.id);
    if ((r?.refundedMinor ?? 0) > 0) return 'line_refunded' as const;
    return null;
  };
  const before = await blocked(deps.db);
  if (before) return { refunded: false, why: before };

  const attempts = await attemptsOf(deps.db);
  const idempotencyKey = `refund-insurance-${line.id}-${input.unit}${attempts > 0 ? `-${attempts + 1}` : ''}`;
  const result: RefundResult = await deps.payments.refund({
    providerRef: payment.providerRef,
    amountMinor: premium,
    currency: order.currency,
    idempotencyKey,
    reason,
  });
  const now = deps.clock.now();
  if (result.status === 'failed') {
    const [failed] = await deps.db
      .insert(refunds)
      .values({
        paymentId: payment.id,
        orderLineId: line.id,
        kind: 'insurance',
        insuranceUnit: input.unit,
        amountMinor: premium,
        currency: order.currency,
        reason,
        status: 'failed',
        providerRef: result.providerRef,
        failureMessage: result.message ?? null,
        settledAt: now,
        createdAt: now,
      })
      .returning({ id: refunds.id });
    await alertFailedRefund(deps, {
      source: 'insurance',
      facts: {
        refundId: failed!.id,
        what: 'insurance',
        how: 'refused',
        orderId: order.id,
        checkoutId: order.checkoutId,
        description: `the insurance premium of ${line.productName} (${gradeName(line.grade, 'en')}), unit ${input.unit}, which could not be issued`,
        amountMinor: premium,
        currency: order.currency,
        message: result.message ?? null,
        lineState: null,
        unitsStillReleased: false,
      },
    });
    return { refunded: false, why: 'provider_refused' };
  }
  const status = result.status;
  return deps.db.transaction(async (tx): Promise<RefundUnboundInsuranceResult> => {
    await lockSellerMoney(tx, order.sellerId);
    const now2 = (await attemptsOf(tx)) !== attempts ? ('already_refunded' as const) : await blocked(tx);
    if (now2) {
      deps.logger.error(
        { orderLineId: line.id, unit: input.unit, idempotencyKey, providerRef: result.providerRef },
        'insurance premium refunded by the provider but the line changed meanwhile: record it by hand',
      );
      return { refunded: false, why: now2 };
    }
    const [row] = await tx
      .insert(refunds)
      .values({
        paymentId: payment.id,
        orderLineId: line.id,
        kind: 'insurance',
        insuranceUnit: input.unit,
        amountMinor: premium,
        currency: order.currency,
        reason,
        status,
        providerRef: result.providerRef,
        settledAt: status === 'succeeded' ? now : null,
        createdAt: now,
      })
      .returning({ id: refunds.id });
    await postLedgerEntry(
      tx,
      refundIssued({
        refundId: String(row!.id),
        currency: order.currency,
        sellerId: order.sellerId,
        // No goods are refunded: no commission moves, whatever the order's.
        order: { goodsTotalMinor: order.itemsTotalMinor + order.shippingTotalMinor, commissionMinor: 0 },
        goodsRefundMinor: 0,
        insuranceRefundMinor: premium,
      }),
      now,
    );
    await deps.mailer.send(
      tx,
      insuranceRefundedEmail((await checkoutRecipient(tx, order.checkoutId))!, {
        orderId: order.id,
        productName: line.productName,
        grade: line.grade,
        unit: input.unit,
        amountMinor: premium,
        currency: order.currency,
      }),
    );
    return { refunded: true, refundId: row!.id, amountMinor: premium, status };
  });
}
