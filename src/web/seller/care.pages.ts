/**
 * The seller portal's after-sales pages (issue 14): the seller's "Get help" folders and a folder's
 * thread with its forms (reply with files, close with a reason, ask customer service); returns and
 * warranty claims with their actions; the parcel panel of an order page.
 */
import { html, raw } from 'hono/html';
import type { FolderSummary, FolderThread } from '../../modules/after-sales/care-folders.read-model.ts';
import {
  CLOSING_REASONS,
  type ClosingReason,
  likelyClosingReason,
  type Problem,
} from '../../modules/after-sales/outcomes.rules.ts';
import type {
  SellerReturnRow,
  SellerWarrantyClaim,
} from '../../modules/after-sales/seller-after-sales.read-model.ts';
import type { ParcelView } from '../../modules/delivery/shipments.read-model.ts';
import type { MessageKey, Translate } from '../../platform/i18n.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  count,
  csrfInput,
  money,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

const PROBLEM_KEYS: Readonly<Record<Problem, MessageKey>> = {
  damaged_package: 'portal.care.problem.damaged_package',
  not_received: 'portal.care.problem.not_received',
  wrong_item: 'portal.care.problem.wrong_item',
  missing_part: 'portal.care.problem.missing_part',
  defective: 'portal.care.problem.defective',
  not_as_described: 'portal.care.problem.not_as_described',
  locked: 'portal.care.problem.locked',
  other: 'portal.care.problem.other',
};
const STATUS_KEYS: Readonly<Record<FolderSummary['status'], MessageKey>> = {
  awaiting_seller: 'portal.care.status.awaiting_seller',
  awaiting_buyer: 'portal.care.status.awaiting_buyer',
  with_customer_service: 'portal.care.status.with_customer_service',
  closed: 'portal.care.status.closed',
};
export const REASON_KEYS: Readonly<Record<ClosingReason, MessageKey>> = {
  aesthetic_defect: 'portal.care.reason.aesthetic_defect',
  wrong_product: 'portal.care.reason.wrong_product',
  defective: 'portal.care.reason.defective',
  wrong_accessories: 'portal.care.reason.wrong_accessories',
  damaged_in_transit: 'portal.care.reason.damaged_in_transit',
  lost_in_transit: 'portal.care.reason.lost_in_transit',
  changed_mind: 'portal.care.reason.changed_mind',
  no_fault_found: 'portal.care.reason.no_fault_found',
  other: 'portal.care.reason.other',
};
const PARTY_KEYS: Readonly<Record<'buyer' | 'seller' | 'operator', MessageKey>> = {
  buyer: 'portal.care.party.buyer',
  seller: 'portal.care.party.seller',
  operator: 'portal.care.party.operator',
};
const PARCEL_KEYS: Readonly<Record<ParcelView['status'], MessageKey>> = {
  label_created: 'portal.parcel.status.label_created',
  in_transit: 'portal.parcel.status.in_transit',
  out_for_delivery: 'portal.parcel.status.out_for_delivery',
  failed_attempt: 'portal.parcel.status.failed_attempt',
  delivered: 'portal.parcel.status.delivered',
  returned: 'portal.parcel.status.returned',
  lost: 'portal.parcel.status.lost',
};
const RETURN_STATUS_KEYS: Readonly<Record<SellerReturnRow['status'], MessageKey>> = {
  requested: 'portal.returns.status.requested',
  label_issued: 'portal.returns.status.label_issued',
  received: 'portal.returns.status.received',
  refunded: 'portal.returns.status.refunded',
  refused: 'portal.returns.status.refused',
};
const CLAIM_STATUS_KEYS: Readonly<Record<SellerWarrantyClaim['status'], MessageKey>> = {
  open: 'portal.returns.claimStatus.open',
  in_progress: 'portal.returns.claimStatus.in_progress',
  completed: 'portal.returns.claimStatus.completed',
  refused: 'portal.returns.claimStatus.refused',
};
const OUTCOME_KEYS: Readonly<Record<'repair' | 'replacement' | 'refund', MessageKey>> = {
  repair: 'portal.returns.outcome.repair',
  replacement: 'portal.returns.outcome.replacement',
  refund: 'portal.returns.outcome.refund',
};

const keyed = <K extends string>(t: Translate, keys: Readonly<Record<K, MessageKey>>, k: string) =>
  k in keys ? t(keys[k as K]) : k;

const dayFormats = new Map<string, Intl.DateTimeFormat>();
/** A calendar day (YYYY-MM-DD) in the portal's locale, as text. */
export function dayText(d: string, locale: string): string {
  let f = dayFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(locale, f);
  }
  return f.format(new Date(`${d}T12:00:00Z`));
}
/** A calendar day (YYYY-MM-DD) in the portal's locale. */
export function day(d: string | null | undefined, locale: string): Html {
  if (!d) return html`—`;
  return html`<time datetime="${d}">${dayText(d, locale)}</time>`;
}

/** Whose turn a folder is, and by when. */
function turn(t: Translate, f: FolderSummary): Html {
  if (f.status === 'closed') return html`—`;
  if (f.status === 'awaiting_buyer') return html`${t('portal.care.turn.buyer')}`;
  return html`${f.due?.party === 'operator' ? t('portal.care.turn.operator') : t('portal.care.turn.seller')}`;
}
function due(v: SellerView, f: FolderSummary): Html {
  if (!f.due) return html`—`;
  return html`${day(f.due.by, v.locale)}${f.due.overdue ? html` <strong class="flag">${v.t('portal.care.overdue')}</strong>` : ''}`;
}

export const CARE_DONE: Record<string, MessageKey> = {
  replied: 'portal.care.done.replied',
  closed: 'portal.care.done.closed',
  escalated: 'portal.care.done.escalated',
  refunded: 'portal.care.done.refunded',
};

/** The seller's folders: open ones first (the read model gives the newest message first). */
export function careListPage(v: SellerView, folders: readonly FolderSummary[]): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const sorted = [...folders].sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed'));
  return sellerPage(
    t('portal.care.title'),
    v,
    html`<h1>${t('portal.care.title')}</h1>
<p>${t('portal.care.intro')}</p>
<p><a href="${base}/returns">${t('portal.returns.title')}</a></p>
${
  sorted.length === 0
    ? html`<p class="empty">${t('portal.care.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.care.title')}</caption>
<thead><tr><th scope="col">${t('portal.care.folder')}</th><th scope="col">${t('portal.orders.order')}</th><th scope="col">${t('portal.care.problem')}</th><th scope="col">${t('portal.care.statusLabel')}</th><th scope="col">${t('portal.care.turn')}</th><th scope="col">${t('portal.care.due')}</th><th scope="col">${t('portal.care.lastMessage')}</th></tr></thead>
<tbody>${sorted.map(
        (f) =>
          html`<tr><td><a href="${base}/care/${f.id}">${t('portal.care.folderTitle', { id: f.id })}</a></td><td><a href="${base}/orders/${f.orderId}">#${f.orderId}</a></td><td>${keyed(t, PROBLEM_KEYS, f.problem)}</td><td>${keyed(t, STATUS_KEYS, f.status)}${f.escalated && f.status !== 'with_customer_service' ? html` <span class="small muted">(${t('portal.care.turn.operator')})</span>` : ''}</td><td>${turn(t, f)}</td><td>${due(v, f)}</td><td>${when(f.lastMessageAt, locale)}</td></tr>`,
      )}</tbody></table></div>`
}`,
  );
}

export type FolderForms = { reply?: FormState; close?: FormState; refund?: FormState };

/** A folder's thread, with the reply, close and escalate forms. */
export function careFolderPage(v: SellerView, f: FolderThread, forms: FolderForms = {}, done?: string): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const reply = forms.reply ?? { values: {}, errors: [] };
  const close = forms.close ?? {
    values: { reason: likelyClosingReason(f.problem as Problem) },
    errors: [],
  };
  const title = t('portal.care.folderTitle', { id: f.id });
  return sellerPage(
    title,
    v,
    html`<p><a href="${base}/care">← ${t('portal.care.title')}</a></p>
<h1>${title}</h1>
${done && CARE_DONE[done] ? html`<p class="notice" role="status">${t(CARE_DONE[done])}</p>` : ''}
${sellerErrorSummary(
  forms.reply ?? forms.close ?? forms.refund ?? { values: {}, errors: [] },
  {
    body: t('portal.care.message'),
    files: t('portal.care.attach'),
    reason: t('portal.care.reason'),
    amount: t('portal.care.refundAmount'),
  },
  t,
)}
<dl class="facts">
<dt>${t('portal.orders.order')}</dt><dd><a href="${base}/orders/${f.orderId}">#${f.orderId}</a> · ${t('portal.order.line')} ${f.orderLineId}</dd>
<dt>${t('portal.care.problem')}</dt><dd>${keyed(t, PROBLEM_KEYS, f.problem)}</dd>
<dt>${t('portal.care.statusLabel')}</dt><dd>${keyed(t, STATUS_KEYS, f.status)}</dd>
<dt>${t('portal.care.turn')}</dt><dd>${turn(t, f)}</dd>
<dt>${t('portal.care.due')}</dt><dd>${due(v, f)}</dd>
<dt>${t('portal.care.opened')}</dt><dd>${when(f.openedAt, locale)}</dd>
${f.closingReason ? html`<dt>${t('portal.care.closingReason')}</dt><dd>${keyed(t, REASON_KEYS, f.closingReason)}</dd>` : ''}
</dl>
<section aria-labelledby="thread-h"><h2 id="thread-h">${t('portal.care.thread')}</h2>
<ol class="plain-list">${f.messages.map(
      (
        m,
      ) => html`<li class="card"><p><strong>${keyed(t, PARTY_KEYS, m.party)}</strong> · ${when(m.createdAt, locale)}</p>
<p>${m.body}</p>
${
  m.files.length
    ? html`<ul aria-label="${t('portal.care.files')}">${m.files.map(
        (file) =>
          html`<li><a href="${base}/care/${f.id}/files/${file.id}">${t('portal.care.file', { name: file.fileName, size: count(Math.max(1, Math.round(file.sizeBytes / 1024)), locale) })}</a></li>`,
      )}</ul>`
    : ''
}</li>`,
    )}</ol></section>
<section class="panel" aria-labelledby="reply-h"><h2 id="reply-h">${t('portal.care.reply')}</h2>
${f.status === 'closed' ? html`<p class="small muted">${t('portal.care.replyReopens')}</p>` : ''}
<form method="post" action="${base}/care/${f.id}/reply" enctype="multipart/form-data" novalidate>${csrfInput(v.csrf)}
<div class="field">
  <label for="f-body">${t('portal.care.message')}</label>
  ${errorOf(reply, 'body')}
  <textarea id="f-body" name="body" rows="6" maxlength="5000" required${reply.errors.some((e) => e.field === 'body') ? raw(' aria-invalid="true" aria-describedby="f-body-error"') : ''}>${reply.values.body ?? ''}</textarea>
</div>
<div class="field">
  <label for="f-files">${t('portal.care.attach')}</label>
  <span class="hint" id="f-files-hint">${t('portal.care.attachHint')}</span>
  ${errorOf(reply, 'files')}
  <input id="f-files" name="files" type="file" multiple accept="image/jpeg,image/png,application/pdf" aria-describedby="f-files-hint">
</div>
<button type="submit">${t('portal.care.send')}</button></form></section>
${
  f.status === 'closed'
    ? ''
    : html`<section class="panel" aria-labelledby="refund-h"><h2 id="refund-h">${t('portal.care.refund')}</h2>
<form method="post" action="${base}/care/${f.id}/refund" novalidate>${csrfInput(v.csrf)}
${field(forms.refund ?? { values: {}, errors: [] }, {
  name: 'amount',
  label: t('portal.care.refundAmount'),
  hint: t('portal.care.refundHint'),
  maxlength: 20,
})}
<button type="submit" class="secondary">${t('portal.care.refundButton')}</button></form></section>`
}
${
  f.status === 'closed'
    ? ''
    : html`<section class="panel" aria-labelledby="close-h"><h2 id="close-h">${t('portal.care.close')}</h2>
<p class="small muted">${t('portal.care.closeHint')}</p>
<form method="post" action="${base}/care/${f.id}/close" novalidate>${csrfInput(v.csrf)}
${field(close, {
  name: 'reason',
  label: t('portal.care.reason'),
  required: true,
  options: CLOSING_REASONS.map((r) => ({ value: r, label: t(REASON_KEYS[r]) })),
})}
<button type="submit" class="secondary">${t('portal.care.closeButton')}</button></form></section>
${
  f.status === 'with_customer_service'
    ? ''
    : html`<section class="panel" aria-labelledby="escalate-h"><h2 id="escalate-h">${t('portal.care.escalate')}</h2>
<p class="small muted">${t('portal.care.escalateHint')}</p>
<form method="post" action="${base}/care/${f.id}/escalate">${csrfInput(v.csrf)}<button type="submit" class="secondary">${t('portal.care.escalate')}</button></form></section>`
}`
}`,
  );
}

/** Errors on fields the page names itself (files.0 → files). */
function errorOf(form: FormState, name: string): Html {
  const errors = form.errors.filter((e) => e.field === name || e.field.startsWith(`${name}.`));
  return errors.length
    ? html`<span class="error" id="f-${name}-error">${errors.map((e) => e.message).join(' ')}</span>`
    : html``;
}

export const RETURNS_DONE: Record<string, MessageKey> = {
  label: 'portal.returns.done.label',
  received: 'portal.returns.done.received',
  decided: 'portal.returns.done.decided',
  completed: 'portal.returns.done.completed',
};

/** A refused form of the returns page; its fields are named after their return or claim (`carrier_12`). */
export type ReturnsForm = FormState & { returnId?: number; claimId?: number };

/** Returns (withdrawals and commercial returns) and warranty claims, with what the seller does next. */
export function returnsPage(
  v: SellerView,
  list: readonly SellerReturnRow[],
  claims: readonly SellerWarrantyClaim[],
  form?: ReturnsForm,
  done?: string,
): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const formOf = (r: { returnId?: number; claimId?: number }) =>
    form && ((r.returnId && form.returnId === r.returnId) || (r.claimId && form.claimId === r.claimId))
      ? form
      : { values: {}, errors: [] };
  return sellerPage(
    t('portal.returns.title'),
    v,
    html`<p><a href="${base}/care">← ${t('portal.care.title')}</a></p>
<h1>${t('portal.returns.title')}</h1>
${done && RETURNS_DONE[done] ? html`<p class="notice" role="status">${t(RETURNS_DONE[done])}</p>` : ''}
${sellerErrorSummary(
  form ?? { values: {}, errors: [] },
  {
    [`trackingNumber_${form?.returnId}`]: t('portal.order.trackingNumber'),
    [`carrier_${form?.returnId}`]: t('portal.offer.carrier'),
    [`outcome_${form?.claimId}`]: t('portal.returns.outcome'),
  },
  t,
)}
<section aria-labelledby="returns-h"><h2 id="returns-h">${t('portal.returns.returns')}</h2>
${
  list.length === 0
    ? html`<p class="empty">${t('portal.returns.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.returns.returns')}</caption>
<thead><tr><th scope="col">${t('portal.returns.return')}</th><th scope="col">${t('portal.offer.product')}</th><th scope="col">${t('portal.returns.kind')}</th><th scope="col">${t('portal.care.statusLabel')}</th><th scope="col" class="num">${t('portal.returns.refund')}</th><th scope="col">${t('portal.returns.refundDue')}</th><th scope="col">${t('portal.returns.tracking')}</th></tr></thead>
<tbody>${list.map(
        (r) =>
          html`<tr><td>#${r.id} · <a href="${base}/orders/${r.orderId}">#${r.orderId}</a></td><td>${r.productName} <span class="small muted">${r.sku}</span></td><td>${r.kind === 'withdrawal' ? t('portal.returns.kind.withdrawal') : t('portal.returns.kind.commercial')}</td><td>${keyed(t, RETURN_STATUS_KEYS, r.status)}</td><td class="num">${money(r.refundAmountMinor, r.currency, locale)}</td><td>${day(r.refundDueOn, locale)}</td><td>${r.trackingNumber ? `${r.carrier ?? ''} ${r.trackingNumber}` : '—'}</td></tr>`,
      )}</tbody></table></div>
${list
  .filter((r) => r.status === 'requested' || r.status === 'label_issued' || r.status === 'received')
  .map((r) => {
    const f = formOf({ returnId: r.id });
    return html`<section class="panel" aria-labelledby="return-${r.id}-h"><h3 id="return-${r.id}-h">${t('portal.returns.return')} #${r.id} · ${r.productName}</h3>
${
  r.status === 'requested'
    ? html`<form method="post" action="${base}/returns/${r.id}/label" novalidate>${csrfInput(v.csrf)}
<fieldset><legend>${t('portal.returns.issueLabel')}</legend>
<p class="small muted">${t('portal.returns.labelHint')}</p>
${field(f, { name: `carrier_${r.id}`, label: t('portal.offer.carrier'), maxlength: 100 })}
${field(f, { name: `trackingNumber_${r.id}`, label: t('portal.order.trackingNumber'), maxlength: 100 })}
<button type="submit">${t('portal.returns.issueLabel')}</button></fieldset></form>`
    : ''
}
<form method="post" action="${base}/returns/${r.id}/receive">${csrfInput(v.csrf)}
<fieldset><legend>${t('portal.returns.receive')}</legend>
<div class="checkbox"><input id="resellable-${r.id}" name="resellable" type="checkbox" value="1" checked><label for="resellable-${r.id}">${t('portal.returns.resellable')}</label></div>
<button type="submit" class="secondary">${t('portal.returns.receive')}</button></fieldset></form></section>`;
  })}`
}</section>
<section aria-labelledby="claims-h"><h2 id="claims-h">${t('portal.returns.claims')}</h2>
${
  claims.length === 0
    ? html`<p class="empty">${t('portal.returns.noClaims')}</p>`
    : claims.map((c) => {
        const f = formOf({ claimId: c.id });
        return html`<section class="panel" aria-labelledby="claim-${c.id}-h"><h3 id="claim-${c.id}-h">${t('portal.returns.claim')} #${c.id} · ${c.productName}</h3>
<dl class="facts">
<dt>${t('portal.orders.order')}</dt><dd><a href="${base}/orders/${c.orderId}">#${c.orderId}</a></dd>
<dt>${t('portal.care.statusLabel')}</dt><dd>${keyed(t, CLAIM_STATUS_KEYS, c.status)}${c.outcome ? html` · ${keyed(t, OUTCOME_KEYS, c.outcome)}` : ''}</dd>
<dt>${t('portal.returns.basis')}</dt><dd>${
          c.basis === 'commercial_warranty'
            ? t('portal.returns.basis.commercial_warranty', { date: dayText(c.warrantyEndsOn, locale) })
            : t('portal.returns.basis.legal_guarantee', { date: dayText(c.legalGuaranteeEndsOn, locale) })
        }</dd>
<dt>${t('portal.returns.description')}</dt><dd>${c.description}</dd>
</dl>
${
  c.status === 'open'
    ? html`<form method="post" action="${base}/warranty/${c.id}/decide" novalidate>${csrfInput(v.csrf)}
<fieldset><legend>${t('portal.returns.decide')}</legend>
${field(f, {
  name: `outcome_${c.id}`,
  label: t('portal.returns.outcome'),
  required: true,
  options: (['repair', 'replacement', 'refund'] as const).map((o) => ({
    value: o,
    label: t(OUTCOME_KEYS[o]),
  })),
})}
<button type="submit">${t('portal.returns.decide')}</button></fieldset></form>`
    : ''
}
${
  c.status === 'in_progress'
    ? html`<form method="post" action="${base}/warranty/${c.id}/complete">${csrfInput(v.csrf)}<button type="submit">${t('portal.returns.complete')}</button></form>`
    : ''
}</section>`;
      })
}</section>`,
  );
}

/** The parcel of an order, for the seller's order page. */
export function parcelPanel(v: SellerView, p: ParcelView | undefined): Html {
  if (!p) return html``;
  const { t, locale } = v;
  return html`<section class="panel" aria-labelledby="parcel-h"><h2 id="parcel-h">${t('portal.parcel.title')}</h2>
<dl class="facts">
<dt>${t('portal.care.statusLabel')}</dt><dd>${keyed(t, PARCEL_KEYS, p.status)}</dd>
<dt>${t('portal.offer.carrier')}</dt><dd>${p.carrierName}</dd>
<dt>${t('portal.order.trackingNumber')}</dt><dd>${p.trackingUrl ? html`<a href="${p.trackingUrl}" rel="noopener noreferrer">${p.trackingNumber}</a>` : p.trackingNumber}</dd>
${
  p.deliveredAt
    ? html`<dt>${t('portal.parcel.delivered')}</dt><dd>${when(p.deliveredAt, locale)}${p.late ? html` <strong class="flag">${t('portal.parcel.late')}</strong>` : ''}</dd>`
    : html`<dt>${t('portal.parcel.estimate')}</dt><dd>${day(p.estimatedOn, locale)}</dd>`
}
</dl></section>`;
}
