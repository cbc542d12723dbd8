import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { rolesOf } from '../accounts/accounts.store.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { APPROVAL_REFUSAL_MESSAGES, approvalRefusal } from './refund-approval.rules.ts';
import { type RefundOrderLineResult, refundOrderLine } from './refund-order-line.ts';
import { refundApprovals } from './refunds.schema.ts';

export type RefundApprovalRow = typeof refundApprovals.$inferSelect;

/** The request, if `operatorId` may decide on it now (refund-approval.rules.ts); else a 403/404/409. */
export async function decidableApproval(
  deps: Pick<CheckoutDeps, 'db'>,
  a: { approvalId: number; operatorId: number },
): Promise<RefundApprovalRow> {
  const [row] = await deps.db.select().from(refundApprovals).where(eq(refundApprovals.id, a.approvalId));
  if (!row) throw AppError.notFound('Refund request');
  const refusal = approvalRefusal({
    approverId: a.operatorId,
    approverRoles: (await rolesOf(deps.db, a.operatorId)).operator,
    requestedBy: row.requestedBy,
  });
  if (refusal) throw new AppError('FORBIDDEN', APPROVAL_REFUSAL_MESSAGES[refusal]);
  if (row.status !== 'pending')
    throw new AppError('CONFLICT', `This refund request was already ${row.status}.`);
  return row;
}

/**
 * A second operator approves a waiting refund request: the request is claimed (one approver
 * wins), then the refund is made through refundOrderLine with its usual checks and idempotency.
 * If the refund is refused or the provider cannot be reached, the request waits again.
 */
export async function approveRefund(
  deps: CheckoutDeps,
  a: { approvalId: number; operatorId: number },
): Promise<RefundOrderLineResult> {
  const row = await decidableApproval(deps, a);
  const now = deps.clock.now();
  const claimed = await deps.db
    .update(refundApprovals)
    .set({ status: 'approved', decidedBy: a.operatorId, decidedAt: now })
    .where(and(eq(refundApprovals.id, row.id), eq(refundApprovals.status, 'pending')))
    .returning({ id: refundApprovals.id });
  if (!claimed.length) throw new AppError('CONFLICT', 'This refund request was decided meanwhile.');
  let refund: RefundOrderLineResult;
  try {
    refund = await refundOrderLine(deps, {
      orderLineId: row.orderLineId,
      amountMinor: row.amountMinor ?? undefined,
      reason: row.reason,
      actor: { operatorId: a.operatorId },
    });
  } catch (e) {
    await deps.db
      .update(refundApprovals)
      .set({ status: 'pending', decidedBy: null, decidedAt: null })
      .where(eq(refundApprovals.id, row.id));
    throw e;
  }
  await deps.db.transaction(async (tx) => {
    await tx.update(refundApprovals).set({ refundId: refund.refundId }).where(eq(refundApprovals.id, row.id));
    await recordAudit(tx, {
      action: 'refund.approved',
      at: now,
      actorUserId: a.operatorId,
      details: {
        approvalId: row.id,
        orderId: row.orderId,
        orderLineId: row.orderLineId,
        requestedBy: row.requestedBy,
      },
      before: { status: 'pending', amountMinor: row.requestedMinor, currency: row.currency, refundId: null },
      after: {
        status: 'approved',
        amountMinor: refund.amountMinor,
        currency: refund.currency,
        refundId: refund.refundId,
        lineState: refund.lineState,
      },
    });
  });
  return refund;
}
