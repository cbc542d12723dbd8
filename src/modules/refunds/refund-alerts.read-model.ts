/**
 * Read model for refund alerts: who is alerted when a refund fails (active operators with the
 * support or admin role, from accounts) and the console's list of failed refunds still owed to
 * buyers (refunds with their orders and lines). It never writes.
 */
import { and, desc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { operatorRoles, users } from '../accounts/accounts.schema.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';
import { refunds } from './refunds.schema.ts';

/** Email addresses of the operators told about failed refunds. */
export async function refundAlertRecipients(db: Pick<Db, 'selectDistinct'>): Promise<string[]> {
  const rows = await db
    .selectDistinct({ email: users.email })
    .from(operatorRoles)
    .innerJoin(users, eq(users.id, operatorRoles.userId))
    .where(and(inArray(operatorRoles.role, ['support', 'admin']), eq(users.status, 'active')));
  return rows.map((r) => r.email).sort();
}

export type FailedRefundAlert = {
  refundId: number;
  /** What was being refunded: a line, an unbound insurance premium, the service fee, a late payment. */
  what: 'line' | 'insurance' | 'service_fee' | 'late_payment';
  /** The insured unit, for 'insurance'. */
  insuranceUnit: number | null;
  checkoutId: string;
  orderId: number | null;
  orderLineId: number | null;
  productName: string | null;
  lineState: number | null;
  amountMinor: number;
  currency: string;
  failureMessage: string | null;
  createdAt: Date;
  failedAt: Date | null;
  /** 'reversed': it had counted and was undone; 'refused': the provider refused it at once. */
  kind: 'reversed' | 'refused';
};

/**
 * Failed refunds whose money is still owed, newest first: reversed after counting, or refused at
 * once — while their line is still refundable (1, 2, 3) for line refunds and insurance premiums
 * (a refund of the whole line carries what is owed), and always for the service fee and late
 * payments — until a later attempt of the same thing (same kind, line, insured unit or late
 * charge) counts.
 */
export async function failedRefundAlerts(
  db: Pick<Db, 'select'>,
  limit = 50,
  only?: { refundId: number },
): Promise<FailedRefundAlert[]> {
  const rows = await db
    .select({
      r: refunds,
      checkoutId: payments.checkoutId,
      orderId: orderLines.orderId,
      productName: orderLines.productName,
      lineState: orderLines.state,
    })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .innerJoin(checkouts, eq(checkouts.id, payments.checkoutId))
    .leftJoin(orderLines, eq(orderLines.id, refunds.orderLineId))
    .leftJoin(orders, eq(orders.id, orderLines.orderId))
    .where(
      and(
        eq(refunds.status, 'failed'),
        only ? eq(refunds.id, only.refundId) : undefined,
        or(
          and(isNotNull(refunds.reversedAt), eq(refunds.kind, 'line')),
          // The service fee and late payments: nothing else carries them.
          isNull(refunds.orderLineId),
          and(isNotNull(refunds.orderLineId), inArray(orderLines.state, [1, 2, 3])),
        ),
      ),
    )
    .orderBy(desc(refunds.id))
    .limit(limit * 2);
  // Drop alerts answered since: a later attempt of the same thing that counts.
  const later = rows.length
    ? await db
        .select({
          id: refunds.id,
          paymentId: refunds.paymentId,
          kind: refunds.kind,
          lineId: refunds.orderLineId,
          unit: refunds.insuranceUnit,
          charge: refunds.lateChargeRef,
        })
        .from(refunds)
        .where(
          and(
            inArray(refunds.status, ['pending', 'succeeded']),
            inArray(
              refunds.paymentId,
              rows.map((x) => x.r.paymentId),
            ),
          ),
        )
    : [];
  const same = (a: (typeof later)[number], r: (typeof rows)[number]['r']) =>
    a.paymentId === r.paymentId &&
    a.kind === r.kind &&
    (a.lineId ?? -1) === (r.orderLineId ?? -1) &&
    (a.unit ?? -1) === (r.insuranceUnit ?? -1) &&
    (a.charge ?? '') === (r.lateChargeRef ?? '');
  return rows
    .filter((x) => !later.some((l) => l.id > x.r.id && same(l, x.r)))
    .slice(0, limit)
    .map((x) => ({
      refundId: x.r.id,
      what:
        x.r.kind === 'line' && x.r.orderLineId === null
          ? ('service_fee' as const)
          : (x.r.kind as 'line' | 'insurance' | 'late_payment'),
      insuranceUnit: x.r.insuranceUnit,
      checkoutId: x.checkoutId,
      orderId: x.orderId,
      orderLineId: x.r.orderLineId,
      productName: x.productName,
      lineState: x.lineState,
      amountMinor: x.r.amountMinor,
      currency: x.r.currency,
      failureMessage: x.r.failureMessage,
      createdAt: x.r.createdAt,
      failedAt: x.r.reversedAt ?? x.r.settledAt,
      kind: x.r.reversedAt ? 'reversed' : 'refused',
    }));
}

/** The alert of one failed refund, or null when it is not (or no longer) owed. */
export async function failedRefundAlert(
  db: Pick<Db, 'select'>,
  refundId: number,
): Promise<FailedRefundAlert | null> {
  return (await failedRefundAlerts(db, 1, { refundId }))[0] ?? null;
}
