import type { OperatorRole } from '../../platform/http/actor.ts';

/**
 * Second-operator approval of console refunds (issue 12, finding 11).
 *
 * - A refund asked from the console needs an approval when the line's refunds would then exceed
 *   the threshold (strictly above; the amount already refunded on the line counts, so splitting a
 *   refund into small ones does not avoid it), unless the requester is an admin.
 * - The threshold is one number of minor units for every currency (REFUND_APPROVAL_THRESHOLD_CENTS).
 * - Approvers are admins and compliance operators; nobody approves or rejects their own request.
 */
export const REFUND_APPROVER_ROLES: readonly OperatorRole[] = ['admin', 'compliance'];

export function refundNeedsApproval(a: {
  requesterRoles: ReadonlySet<OperatorRole>;
  alreadyRefundedMinor: number;
  amountMinor: number;
  thresholdMinor: number;
}): boolean {
  if (a.requesterRoles.has('admin')) return false;
  return a.alreadyRefundedMinor + a.amountMinor > a.thresholdMinor;
}

export type ApprovalRefusal = 'own_request' | 'not_an_approver';

export function approvalRefusal(a: {
  approverId: number;
  approverRoles: ReadonlySet<OperatorRole>;
  requestedBy: number;
}): ApprovalRefusal | null {
  if (a.approverId === a.requestedBy) return 'own_request';
  if (!REFUND_APPROVER_ROLES.some((r) => a.approverRoles.has(r))) return 'not_an_approver';
  return null;
}

export const APPROVAL_REFUSAL_MESSAGES: Record<ApprovalRefusal, string> = {
  own_request: 'You cannot decide on your own refund request: another operator must',
  not_an_approver: 'Only an admin or a compliance operator may decide on a refund request',
};
