import { z } from 'zod';
import type { TConfig } from '../../config.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { rolesOf } from '../accounts/accounts.store.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { refundNeedsApproval } from './refund-approval.rules.ts';
import { pendingApprovalIdOfLine } from './refund-approvals.read-model.ts';
import {
  MAX_REFUND_REASON,
  planRefund,
  type RefundOrderLineResult,
  refundOrderLine,
} from './refund-order-line.ts';
import { refundApprovals } from './refunds.schema.ts';
import { refundsByLine } from './refunds.store.ts';

export type RefundApprovalDeps = CheckoutDeps & { config: Pick<TConfig, 'REFUND_APPROVAL_THRESHOLD_CENTS'> };

export type OperatorRefundOutcome =
  | { status: 'refunded'; refund: RefundOrderLineResult }
  | { status: 'awaiting_approval'; approvalId: number; amountMinor: number; currency: string };

const ZInput = z.object({
  orderLineId: z.number().int().positive(),
  amountMinor: z.number().int().positive('must be more than 0').optional(),
  reason: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(MAX_REFUND_REASON, `must be at most ${MAX_REFUND_REASON} characters`),
  operatorId: z.number().int().positive(),
});

/**
 * An operator refunds an order line from the console: at once when the line's refunds stay within
 * REFUND_APPROVAL_THRESHOLD_CENTS or the operator is an admin, else the request waits for a
 * second operator's approval (approve-refund.ts, reject-refund.ts; rules in refund-approval.rules.ts).
 * Sellers' own refunds (portal, /ws) do not go through here.
 */
export async function requestRefundApproval(
  deps: RefundApprovalDeps,
  input: { orderLineId: number; amountMinor?: number; reason: string; operatorId: number },
): Promise<OperatorRefundOutcome> {
  const v = parseOrThrow(ZInput, input);
  const roles = (await rolesOf(deps.db, v.operatorId)).operator;
  if (roles.size === 0) throw new AppError('FORBIDDEN', 'Only operators refund from the console');
  const row = await findOrderLine(deps.db, v.orderLineId);
  if (!row) throw AppError.notFound('Order line');
  const { line, order } = row;
  const known = (await refundsByLine(deps.db, [line.id])).get(line.id);
  const refunded = known?.refundedMinor ?? 0;
  // The same checks as the refund itself: a refused amount is refused now, not after approval.
  const plan = planRefund(line, refunded, known?.insuranceRefundedMinor ?? 0, v.amountMinor, order.currency);
  const needed = refundNeedsApproval({
    requesterRoles: roles,
    alreadyRefundedMinor: refunded,
    amountMinor: plan.amountMinor,
    thresholdMinor: deps.config.REFUND_APPROVAL_THRESHOLD_CENTS,
  });
  const pending = await pendingApprovalIdOfLine(deps.db, line.id);
  if (pending)
    throw new AppError('CONFLICT', `A refund of this line already waits for approval (request #${pending}).`);
  if (!needed) {
    const refund = await refundOrderLine(deps, {
      orderLineId: line.id,
      amountMinor: v.amountMinor,
      reason: v.reason,
      actor: { operatorId: v.operatorId },
    });
    return { status: 'refunded', refund };
  }
  const now = deps.clock.now();
  try {
    const approvalId = await deps.db.transaction(async (tx) => {
      const [a] = await tx
        .insert(refundApprovals)
        .values({
          orderLineId: line.id,
          orderId: order.id,
          amountMinor: v.amountMinor ?? null,
          requestedMinor: plan.amountMinor,
          currency: order.currency,
          reason: v.reason,
          status: 'pending',
          requestedBy: v.operatorId,
          requestedAt: now,
        })
        .returning({ id: refundApprovals.id });
      await recordAudit(tx, {
        action: 'refund.approval_requested',
        at: now,
        actorUserId: v.operatorId,
        details: { orderId: order.id, orderLineId: line.id, reason: v.reason, sellerId: order.sellerId },
        before: { lineState: line.state, refundedMinor: refunded, approval: null },
        after: {
          lineState: line.state,
          refundedMinor: refunded,
          approvalId: a!.id,
          status: 'pending',
          amountMinor: plan.amountMinor,
          currency: order.currency,
        },
      });
      return a!.id;
    });
    return {
      status: 'awaiting_approval',
      approvalId,
      amountMinor: plan.amountMinor,
      currency: order.currency,
    };
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError('CONFLICT', 'A refund of this line already waits for approval.');
    throw e;
  }
}
