import { html } from 'hono/html';
import type { RefundApprovalView } from '../../modules/refunds/refund-approvals.read-model.ts';
import { formatAmount } from '../../platform/money.ts';
import { type FormState, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, t, textarea, tx, when } from './console-layout.ts';

const money = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;
const empty: FormState = { values: {}, errors: [] };

/** Admins and compliance decide on refund requests (refund-approval.rules.ts). */
export const canDecideRefunds = (v: Viewer) =>
  !!v.actor && (v.actor.operatorRoles.has('admin') || v.actor.operatorRoles.has('compliance'));

export const APPROVAL_DONE: Record<string, string> = {
  approved: t('console.approvals.done.approved'),
  rejected: t('console.approvals.done.rejected'),
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
    t('console.approvals.title'),
    v.actor,
    v.csrf,
    html`<nav class="money-nav" aria-label="${t('console.money.nav')}"><ul><li><a href="/console/orders">${t('console.nav.orders')}</a></li><li><a href="/console/refunds">${t('console.failed.title')}</a></li><li><a href="/console/refunds/approvals" aria-current="page">${t('console.approvals.nav')}</a></li></ul></nav>
<h1>${t('console.approvals.title')}</h1>
<p>${t('console.approvals.intro')}</p>
${notice(done ? APPROVAL_DONE[done] : undefined)}
${consoleErrorSummary(form, { reason: t('console.approvals.rejectReason') })}
${
  rows.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="approvals-h"><caption id="approvals-h">${t('console.approvals.count', { count: rows.length })}</caption>
<thead><tr><th scope="col">${t('console.approvals.col.request')}</th><th scope="col">${t('console.approvals.col.asked')}</th><th scope="col">${t('console.approvals.col.by')}</th><th scope="col">${t('console.order.col.order')}</th><th scope="col">${t('console.order.col.line')}</th><th scope="col" class="num">${t('console.col.amount')}</th><th scope="col">${t('console.sor.col.reason')}</th><th scope="col">${t('console.approvals.col.decision')}</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><th scope="row">#${r.id}</th><td>${when(r.requestedAt)}</td><td>${r.requesterName} <span class="muted">#${r.requestedBy}</span></td><td><a href="/console/orders/${r.orderId}">#${r.orderId}</a></td><td>${r.productName} <span class="muted">${t('console.approvals.line', { line: String(r.orderLineId) })}</span></td><td class="num">${money(r.requestedMinor, r.currency)}</td><td>${r.reason}</td>
<td>${decide && r.requestedBy !== me ? decisionForms(v, r, form.approvalId === r.id ? form : empty) : html`<span class="muted">${r.requestedBy === me ? t('console.approvals.yours') : t('console.approvals.whoDecides')}</span>`}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.approvals.none')}</p>`
}`,
  );
}

function decisionForms(v: Viewer, r: RefundApprovalView, form: FormState): Html {
  return html`<form method="post" action="/console/refunds/approvals/${r.id}/approve" class="inline">${csrfInput(v.csrf)}<button type="submit">${t('console.approvals.approve', { amount: money(r.requestedMinor, r.currency) })}</button></form>
<form method="post" action="/console/refunds/approvals/${r.id}/reject" novalidate>${csrfInput(v.csrf)}
${textarea(form, { name: 'reason', label: t('console.approvals.rejectReason'), required: true, maxlength: 500, rows: 2 })}
<button type="submit" class="secondary">${t('console.approvals.reject')}</button></form>`;
}

/** On the order page: the order's refund requests, the waiting ones marked "awaiting approval". */
export function orderRefundRequests(v: Viewer, rows: RefundApprovalView[]): Html {
  if (!rows.length) return html``;
  return html`<section aria-labelledby="requests-h"><h2 id="requests-h">${t('console.approvals.requests')}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="requests-h">
<thead><tr><th scope="col">${t('console.approvals.col.request')}</th><th scope="col">${t('console.approvals.col.asked')}</th><th scope="col">${t('console.order.col.line')}</th><th scope="col" class="num">${t('console.col.amount')}</th><th scope="col">${t('console.users.col.status')}</th><th scope="col">${t('console.sor.col.reason')}</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">#${r.id}</th><td>${when(r.requestedAt)} <span class="muted">${t('console.approvals.byName', { name: r.requesterName })}</span></td><td>#${r.orderLineId}</td><td class="num">${money(r.requestedMinor, r.currency)}</td><td>${
        r.status === 'pending'
          ? html`<strong>${t('console.approvals.awaiting')}</strong>${canDecideRefunds(v) ? html` — <a href="/console/refunds/approvals">${t('console.approvals.decide')}</a>` : ''}`
          : r.status === 'approved'
            ? html`${tx('console.approvals.approvedAt', { at: when(r.decidedAt) })}${r.refundId ? html` — ${t('console.approvals.refundId', { id: String(r.refundId) })}` : ''}`
            : tx('console.approvals.rejectedAt', { at: when(r.decidedAt), reason: r.rejectionReason ?? '' })
      }</td><td>${r.reason}</td></tr>`,
  )}</tbody></table></div></section>`;
}
