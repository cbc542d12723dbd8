/**
 * Read model for "Download my data" (payments.data-export.ts): the payments of the person's
 * checkouts (placed signed in, or holding their orders). Joins payments with checkouts and orders;
 * never writes.
 */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { checkouts } from '../checkout/checkout.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { payments } from './payments.schema.ts';

/** The payments' non-sensitive parts: never the provider's reference nor its next action (a client secret). */
export async function paymentsOfPerson(db: Db, userId: number) {
  const ofOwnOrders = db
    .selectDistinct({ id: orders.checkoutId })
    .from(orders)
    .where(eq(orders.buyerUserId, userId));
  return db
    .select({
      id: payments.id,
      checkoutId: payments.checkoutId,
      provider: payments.provider,
      method: payments.method,
      status: payments.status,
      amountMinor: payments.amountMinor,
      currency: payments.currency,
      failureMessage: payments.failureMessage,
      createdAt: payments.createdAt,
      updatedAt: payments.updatedAt,
    })
    .from(payments)
    .innerJoin(checkouts, eq(checkouts.id, payments.checkoutId))
    .where(or(eq(checkouts.buyerUserId, userId), inArray(checkouts.id, ofOwnOrders)))
    .orderBy(asc(payments.createdAt));
}
