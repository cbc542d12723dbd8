import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { decidableApproval } from './approve-refund.ts';
import { refundApprovals } from './refunds.schema.ts';

const ZReason = z
  .string()
  .trim()
  .min(1, 'is required: the requester reads it')
  .max(500, 'must be at most 500 characters');

/** A second operator rejects a waiting refund request, saying why; nothing is refunded. */
export async function rejectRefund(
  deps: Pick<CheckoutDeps, 'db' | 'clock'>,
  a: { approvalId: number; operatorId: number; reason: string },
): Promise<void> {
  const reason = parseOrThrow(z.object({ reason: ZReason }), { reason: a.reason }).reason;
  const row = await decidableApproval(deps, a);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const done = await tx
      .update(refundApprovals)
      .set({ status: 'rejected', decidedBy: a.operatorId, decidedAt: now, rejectionReason: reason })
      .where(and(eq(refundApprovals.id, row.id), eq(refundApprovals.status, 'pending')))
      .returning({ id: refundApprovals.id });
    if (!done.length) throw new AppError('CONFLICT', 'This refund request was decided meanwhile.');
    await recordAudit(tx, {
      action: 'refund.approval_rejected',
      at: now,
      actorUserId: a.operatorId,
      details: {
        approvalId: row.id,
        orderId: row.orderId,
        orderLineId: row.orderLineId,
        requestedBy: row.requestedBy,
      },
      before: { status: 'pending', amountMinor: row.requestedMinor, currency: row.currency },
      after: { status: 'rejected', rejectionReason: reason },
    });
  });
}
