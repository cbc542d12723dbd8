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
 * Failed refunds whose money is still owed: reversed after counting (always shown until the line
 * is refunded again) — newest first. Immediate refusals are shown too while their line is still
 * refundable (1, 2, 3), and refused service-fee refunds, until something counted since.
 */
export async function failedRefundAlerts(db: Pick<Db, 'select'>, limit = 50): Promise<FailedRefundAlert[]> {
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
        or(
          isNotNull(refunds.reversedAt),
          // A service fee refund the provider refused: nothing retries it by itself.
          isNull(refunds.orderLineId),
          and(isNotNull(refunds.orderLineId), inArray(orderLines.state, [1, 2, 3])),
        ),
      ),
    )
    .orderBy(desc(refunds.id))
    .limit(limit * 2);
  // Drop alerts answered since: a later refund of the same line (or fee) that counts.
  const later = rows.length
    ? await db
        .select({ id: refunds.id, lineId: refunds.orderLineId, paymentId: refunds.paymentId })
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
  return rows
    .filter(
      (x) =>
        !later.some(
          (l) =>
            l.id > x.r.id && l.paymentId === x.r.paymentId && (l.lineId ?? -1) === (x.r.orderLineId ?? -1),
        ),
    )
    .slice(0, limit)
    .map((x) => ({
      refundId: x.r.id,
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
