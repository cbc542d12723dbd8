/**
 * Refund requests waiting for a second operator (the console's approval queue and the order
 * page's "awaiting approval"), with the product and the requester's name. Never writes.
 */
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { users } from '../accounts/accounts.schema.ts';
import { orderLines } from '../orders/orders.schema.ts';
import { refundApprovals } from './refunds.schema.ts';

export type RefundApprovalView = {
  id: number;
  orderId: number;
  orderLineId: number;
  productName: string;
  requestedMinor: number;
  currency: string;
  reason: string;
  status: 'pending' | 'approved' | 'rejected';
  requestedBy: number;
  requesterName: string;
  requestedAt: Date;
  decidedAt: Date | null;
  rejectionReason: string | null;
  refundId: number | null;
};

const columns = {
  id: refundApprovals.id,
  orderId: refundApprovals.orderId,
  orderLineId: refundApprovals.orderLineId,
  productName: orderLines.productName,
  requestedMinor: refundApprovals.requestedMinor,
  currency: refundApprovals.currency,
  reason: refundApprovals.reason,
  status: refundApprovals.status,
  requestedBy: refundApprovals.requestedBy,
  requesterName: users.name,
  requestedAt: refundApprovals.requestedAt,
  decidedAt: refundApprovals.decidedAt,
  rejectionReason: refundApprovals.rejectionReason,
  refundId: refundApprovals.refundId,
};

const base = (db: Db) =>
  db
    .select(columns)
    .from(refundApprovals)
    .innerJoin(orderLines, eq(orderLines.id, refundApprovals.orderLineId))
    .innerJoin(users, eq(users.id, refundApprovals.requestedBy));

/** Waiting requests, oldest first. */
export async function pendingRefundApprovals(db: Db, limit = 200): Promise<RefundApprovalView[]> {
  return base(db)
    .where(eq(refundApprovals.status, 'pending'))
    .orderBy(asc(refundApprovals.requestedAt), asc(refundApprovals.id))
    .limit(limit);
}

/** Every request of an order, newest first. */
export async function refundApprovalsOfOrder(db: Db, orderId: number): Promise<RefundApprovalView[]> {
  return base(db).where(eq(refundApprovals.orderId, orderId)).orderBy(desc(refundApprovals.id));
}

export async function pendingApprovalIdOfLine(db: Db, orderLineId: number): Promise<number | undefined> {
  const [row] = await db
    .select({ id: refundApprovals.id })
    .from(refundApprovals)
    .where(and(eq(refundApprovals.orderLineId, orderLineId), eq(refundApprovals.status, 'pending')));
  return row?.id;
}
