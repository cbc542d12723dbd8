import { html } from 'hono/html';
import type { RefundApprovalView } from '../../modules/refunds/refund-approvals.read-model.ts';
import { formatAmount } from '../../platform/money.ts';
import { type FormState, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, textarea, when } from './console-layout.ts';

const money = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;
const empty: FormState = { values: {}, errors: [] };

/** Admins and compliance decide on refund requests (refund-approval.rules.ts). */
export const canDecideRefunds = (v: Viewer) =>
  !!v.actor && (v.actor.operatorRoles.has('admin') || v.actor.operatorRoles.has('compliance'));

export const APPROVAL_DONE: Record<string, string> = {
  approved: 'The refund was approved and made; the buyer was emailed.',
  rejected: 'The refund request was rejected; the requester sees your reason on the order.',
};

export const REFUND_AWAITING = 'awaiting-approval';

export type ApprovalForm = FormState & { approvalId?: number };

/** The queue of refund requests waiting for a second operator. */
export function refundApprovalsPage(
  v: Viewer,
  rows: RefundApprovalView[],
  form: ApprovalForm = empty,
  done?: string,
): Html {
  const decide = canDecideRefunds(v);
  const me = v.actor?.userId;
  return consoleLayout(
    'Refunds awaiting approval',
    v.actor,
    v.csrf,
    html`<nav class="money-nav" aria-label="Money"><ul><li><a href="/console/orders">Orders</a></li><li><a href="/console/refunds">Failed refunds</a></li><li><a href="/console/refunds/approvals" aria-current="page">Awaiting approval</a></li></ul></nav>
<h1>Refunds awaiting approval</h1>
<p>A refund above the approval threshold asked by an operator who is not an admin waits here until another operator — an admin or a compliance operator, never the one who asked — approves it (the refund is then made) or rejects it with a reason.</p>
${notice(done ? APPROVAL_DONE[done] : undefined)}
${consoleErrorSummary(form, { reason: 'Reason for rejecting' })}
${
  rows.length
    ? html`<div class="table-scroll"><table class="data-table" aria-labelledby="approvals-h"><caption id="approvals-h">${rows.length} ${rows.length === 1 ? 'request' : 'requests'} waiting</caption>
<thead><tr><th scope="col">Request</th><th scope="col">Asked</th><th scope="col">By</th><th scope="col">Order</th><th scope="col">Line</th><th scope="col" class="num">Amount</th><th scope="col">Reason</th><th scope="col">Decision</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><th scope="row">#${r.id}</th><td>${when(r.requestedAt)}</td><td>${r.requesterName} <span class="muted">#${r.requestedBy}</span></td><td><a href="/console/orders/${r.orderId}">#${r.orderId}</a></td><td>${r.productName} <span class="muted">(line #${r.orderLineId})</span></td><td class="num">${money(r.requestedMinor, r.currency)}</td><td>${r.reason}</td>
<td>${decide && r.requestedBy !== me ? decisionForms(v, r, form.approvalId === r.id ? form : empty) : html`<span class="muted">${r.requestedBy === me ? 'Your request: another operator decides' : 'An admin or compliance operator decides'}</span>`}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">No refund is waiting for approval.</p>`
}`,
  );
}

function decisionForms(v: Viewer, r: RefundApprovalView, form: FormState): Html {
  return html`<form method="post" action="/console/refunds/approvals/${r.id}/approve" class="inline">${csrfInput(v.csrf)}<button type="submit">Approve and refund ${money(r.requestedMinor, r.currency)}</button></form>
<form method="post" action="/console/refunds/approvals/${r.id}/reject" novalidate>${csrfInput(v.csrf)}
${textarea(form, { name: 'reason', label: 'Reason for rejecting', required: true, maxlength: 500, rows: 2 })}
<button type="submit" class="secondary">Reject</button></form>`;
}

/** On the order page: the order's refund requests, the waiting ones marked "awaiting approval". */
export function orderRefundRequests(v: Viewer, rows: RefundApprovalView[]): Html {
  if (!rows.length) return html``;
  return html`<section aria-labelledby="requests-h"><h2 id="requests-h">Refund requests</h2>
<div class="table-scroll"><table class="data-table" aria-labelledby="requests-h">
<thead><tr><th scope="col">Request</th><th scope="col">Asked</th><th scope="col">Line</th><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">Reason</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">#${r.id}</th><td>${when(r.requestedAt)} <span class="muted">by ${r.requesterName}</span></td><td>#${r.orderLineId}</td><td class="num">${money(r.requestedMinor, r.currency)}</td><td>${
        r.status === 'pending'
          ? html`<strong>awaiting approval</strong>${canDecideRefunds(v) ? html` — <a href="/console/refunds/approvals">decide</a>` : ''}`
          : r.status === 'approved'
            ? html`approved ${when(r.decidedAt)}${r.refundId ? html` — refund #${r.refundId}` : ''}`
            : html`rejected ${when(r.decidedAt)}: ${r.rejectionReason ?? ''}`
      }</td><td>${r.reason}</td></tr>`,
  )}</tbody></table></div></section>`;
}
