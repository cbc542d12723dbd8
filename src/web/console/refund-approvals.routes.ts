import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { approveRefund } from '../../modules/refunds/approve-refund.ts';
import { pendingRefundApprovals } from '../../modules/refunds/refund-approvals.read-model.ts';
import { rejectRefund } from '../../modules/refunds/reject-refund.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { type FormErrorPolicy, formAction } from '../ui/form-errors.ts';
import { formFields } from '../ui/request-context.ts';
import { t, type Viewer } from './console-layout.ts';
import { APPROVAL_DONE, refundApprovalsPage } from './refund-approvals.pages.ts';

type C = Context<AppEnv>;

/** A refusal of the decision itself (own request, not an approver) is shown on the queue. */
const DECISION_FORM: FormErrorPolicy = { alsoShow: ['FORBIDDEN'] };

/** Support sees the queue; admins and compliance decide (the use cases check again, and refuse the requester). */
export const REFUND_APPROVAL_RULES = {
  queue: access({ kind: 'operator', roles: ['support', 'compliance'] }),
  decide: access({ kind: 'operator', roles: ['compliance'] }),
} as const;

/** The queue of console refunds waiting for a second operator (issue 12, finding 11). */
export function registerConsoleRefundApprovalRoutes(app: App, deps: Deps): void {
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });
  const operatorId = (c: C) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    return actor.userId;
  };
  const approvalId = (c: C) => Number(c.req.param('approvalId'));

  app.get('/console/refunds/approvals', REFUND_APPROVAL_RULES.queue, async (c) => {
    const done = c.req.query('done');
    return c.html(
      refundApprovalsPage(
        viewer(c),
        await pendingRefundApprovals(deps.db),
        undefined,
        done && done in APPROVAL_DONE ? done : undefined,
      ),
    );
  });

  app.post(
    '/console/refunds/approvals/:approvalId{[0-9]+}/approve',
    REFUND_APPROVAL_RULES.decide,
    async (c) => {
      const id = approvalId(c);
      return formAction(
        c,
        {},
        async (form) =>
          refundApprovalsPage(viewer(c), await pendingRefundApprovals(deps.db), { ...form, approvalId: id }),
        async () => {
          await approveRefund(deps, { approvalId: id, operatorId: operatorId(c) });
          return c.redirect('/console/refunds/approvals?done=approved', 303);
        },
        DECISION_FORM,
      );
    },
  );

  app.post(
    '/console/refunds/approvals/:approvalId{[0-9]+}/reject',
    REFUND_APPROVAL_RULES.decide,
    async (c) => {
      const id = approvalId(c);
      const values = { reason: (await formFields(c)).reason ?? '' };
      return formAction(
        c,
        values,
        async (form) =>
          refundApprovalsPage(viewer(c), await pendingRefundApprovals(deps.db), { ...form, approvalId: id }),
        async () => {
          await rejectRefund(deps, { approvalId: id, operatorId: operatorId(c), reason: values.reason });
          return c.redirect('/console/refunds/approvals?done=rejected', 303);
        },
        DECISION_FORM,
      );
    },
  );
}
