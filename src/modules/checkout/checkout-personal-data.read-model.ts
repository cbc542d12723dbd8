/**
 * Read model for "Download my data" (checkout.data-export.ts): the person's checkouts — placed
 * signed in, or holding orders that are theirs — and the insurance policies bound on their orders.
 * Joins checkouts and policies with orders; never writes.
 */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orders } from '../orders/orders.schema.ts';
import { checkouts } from './checkout.schema.ts';
import { insurancePolicies } from './insurance-policies.schema.ts';

export async function checkoutsOfPerson(db: Db, userId: number) {
  const ofOwnOrders = db
    .selectDistinct({ id: orders.checkoutId })
    .from(orders)
    .where(eq(orders.buyerUserId, userId));
  return db
    .select({
      id: checkouts.id,
      market: checkouts.market,
      email: checkouts.buyerEmail,
      currency: checkouts.currency,
      paymentMethod: checkouts.paymentMethod,
      serviceFeeMinor: checkouts.serviceFeeMinor,
      serviceFeeVatMinor: checkouts.serviceFeeVatMinor,
      totalMinor: checkouts.totalMinor,
      paymentDueAt: checkouts.paymentDueAt,
      createdAt: checkouts.createdAt,
    })
    .from(checkouts)
    .where(or(eq(checkouts.buyerUserId, userId), inArray(checkouts.id, ofOwnOrders)))
    .orderBy(asc(checkouts.createdAt));
}

export async function insurancePoliciesOfPerson(db: Db, userId: number) {
  return db
    .select({
      policyRef: insurancePolicies.policyRef,
      orderId: insurancePolicies.orderId,
      orderLineId: insurancePolicies.orderLineId,
      unit: insurancePolicies.unit,
      insurer: insurancePolicies.provider,
      market: insurancePolicies.market,
      covers: insurancePolicies.covers,
      startsAt: insurancePolicies.startsAt,
      endsAt: insurancePolicies.endsAt,
      premiumMinor: insurancePolicies.premiumMinor,
      currency: insurancePolicies.currency,
      status: insurancePolicies.status,
      endedAt: insurancePolicies.endedAt,
    })
    .from(insurancePolicies)
    .innerJoin(orders, eq(orders.id, insurancePolicies.orderId))
    .where(eq(orders.buyerUserId, userId))
    .orderBy(asc(insurancePolicies.id));
}
