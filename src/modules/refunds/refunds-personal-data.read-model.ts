/**
 * Read model for "Download my data" (refunds.data-export.ts): the refunds of the person's payments.
 * Joins refunds with payments, checkouts and orders; never writes.
 */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';
import { refunds } from './refunds.schema.ts';

export async function refundsOfPerson(db: Db, userId: number) {
  const ofOwnOrders = db
    .selectDistinct({ id: orders.checkoutId })
    .from(orders)
    .where(eq(orders.buyerUserId, userId));
  return db
    .select({
      id: refunds.id,
      paymentId: refunds.paymentId,
      orderLineId: refunds.orderLineId,
      kind: refunds.kind,
      amountMinor: refunds.amountMinor,
      currency: refunds.currency,
      reason: refunds.reason,
      status: refunds.status,
      createdAt: refunds.createdAt,
      settledAt: refunds.settledAt,
      reversedAt: refunds.reversedAt,
    })
    .from(refunds)
    .innerJoin(payments, eq(payments.id, refunds.paymentId))
    .innerJoin(checkouts, eq(checkouts.id, payments.checkoutId))
    .where(or(eq(checkouts.buyerUserId, userId), inArray(checkouts.id, ofOwnOrders)))
    .orderBy(asc(refunds.id));
}
