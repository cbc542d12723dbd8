import { html, raw } from 'hono/html';
import type { StatementOfReasons } from '../../modules/compliance/list-statements.ts';
import type { QualityDay } from '../../modules/quality/quality-history.ts';
import {
  APPLICATION_LIST_LIMIT,
  type listApplications,
} from '../../modules/seller-onboarding/applications.read-model.ts';
import { formatIban } from '../../modules/seller-onboarding/iban.rules.ts';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  type SellerApplication,
} from '../../modules/seller-onboarding/onboarding.store.ts';
import {
  SUSPENSION_REASON_CODES,
  SUSPENSION_REASONS,
  type SuspensionReason,
} from '../../modules/seller-onboarding/onboarding.types.ts';
import {
  type listSellers,
  SELLER_LIST_LIMIT,
  SELLER_STATUSES,
  type SellerRow,
  type SellerStatus,
} from '../../modules/sellers/sellers.store.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, t, textarea, tx, when } from './console-layout.ts';
import { qualitySection } from './quality.pages.ts';

const empty: FormState = { values: {}, errors: [] };

/** The attribute marking the current page's link (markup, not words). */
const CURRENT = raw(' aria-current="page"');

/** The application's fields, named as the seller's form names them (messages `console.application.field.*`). */
type ApplicationField =
  | 'shopName'
  | 'legalName'
  | 'phone'
  | 'email'
  | 'tradeRegister'
  | 'tradeRegisterNumber'
  | 'vatNumber'
  | 'iban'
  | 'accountHolder'
  | 'idDocument'
  | 'selfCertification';

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: t('console.application.status.submitted'),
  needs_correction: t('console.application.status.needs_correction'),
  approved: t('console.application.status.approved'),
  rejected: t('console.application.status.rejected'),
};

const sellerStatusName = (status: string) =>
  (SELLER_STATUSES as readonly string[]).includes(status)
    ? t(`console.sellerStatus.${status as SellerStatus}`)
    : status;

const badge = (status: string, label = sellerStatusName(status)) =>
  html`<span class="status status-${status}">${label}</span>`;

const suspensionReason = (code: string) =>
  code in SUSPENSION_REASONS ? t(`console.suspensionReason.${code as SuspensionReason}`) : code;

export const sellersNav = (current: 'applications' | 'sellers' | 'quality') =>
  html`<nav class="money-nav" aria-label="${t('console.nav.sellers')}"><ul>
<li><a href="/console/sellers/applications"${current === 'applications' ? CURRENT : ''}>${t('console.sellers.nav.applications')}</a></li>
<li><a href="/console/sellers"${current === 'sellers' ? CURRENT : ''}>${t('console.nav.sellers')}</a></li>
<li><a href="/console/sellers/quality"${current === 'quality' ? CURRENT : ''}>${t('console.quality.title')}</a></li>
</ul></nav>`;

// ---------------------------------------------------------------------------------------------
// Applications

export function applicationsPage(
  v: Viewer,
  status: ApplicationStatus,
  rows: Awaited<ReturnType<typeof listApplications>>,
): Html {
  return consoleLayout(
    t('console.applications.title'),
    v.actor,
    v.csrf,
    html`${sellersNav('applications')}<h1>${t('console.applications.title')}</h1>
<form class="console-filters" method="get" action="/console/sellers/applications" aria-label="${t('console.applications.filterLabel')}">
  ${field(
    { values: { status }, errors: [] },
    {
      name: 'status',
      label: t('console.users.col.status'),
      options: APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] })),
    },
  )}
  <button type="submit">${t('console.show')}</button>
</form>
<h2 id="apps-h">${APPLICATION_STATUS_LABELS[status]}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === APPLICATION_LIST_LIMIT ? t('console.applications.limited', { limit: APPLICATION_LIST_LIMIT }) : t('console.applications.count', { count: rows.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="apps-h">
<thead><tr><th scope="col">#</th><th scope="col">${t('console.sellers.col.shop')}</th><th scope="col">${t('console.company.legalName')}</th><th scope="col">${t('console.sellers.col.country')}</th><th scope="col">${t('console.application.applicant')}</th><th scope="col">${t('console.application.submitted')}</th><th scope="col">${t('console.application.lastChange')}</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><td>${r.id}</td><td><a href="/console/sellers/applications/${r.id}">${r.shopName}</a></td><td>${r.legalName}</td><td>${r.country}</td><td>${r.applicantEmail}</td><td>${when(r.createdAt)}</td><td>${when(r.updatedAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status" class="empty">${t('console.applications.none', { status: APPLICATION_STATUS_LABELS[status].toLowerCase() })}</p>`
}`,
  );
}

export type ReviewAction = 'approve' | 'reject' | 'correction';
export type ReviewForm = FormState & { section?: ReviewAction };

export const REVIEW_DONE: Record<string, string> = {
  approved: t('console.application.done.approved'),
  rejected: t('console.application.done.rejected'),
  correction: t('console.application.done.correction'),
};

export function applicationDetailPage(
  v: Viewer,
  a: SellerApplication & { applicantEmail: string; applicantName: string; sellerSlug: string | null },
  form: ReviewForm = empty,
  done?: string,
): Html {
  const base = `/console/sellers/applications/${a.id}`;
  const formFor = (s: ReviewAction): FormState => (form.section === s ? form : empty);
  const pending = a.status === 'submitted';
  const self = v.actor?.userId === a.applicantUserId;
  const L = (field: ApplicationField) => t(`console.application.field.${field}`);
  return consoleLayout(
    t('console.application.title', { id: String(a.id) }),
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/sellers/applications?status=${a.status}">${t('console.applications.title')}</a></li><li aria-current="page">#${a.id}</li></ol></nav>
<h1>${a.shopName} <span class="muted">${t('console.application.number', { id: String(a.id) })}</span></h1>
${notice(done ? REVIEW_DONE[done] : undefined)}
${consoleErrorSummary(form, { reasons: t('console.application.reasons'), note: t('console.user.note') })}
<p>${badge(a.status, APPLICATION_STATUS_LABELS[a.status])}${a.sellerId ? html` — ${tx('console.application.seller', { seller: html`<a href="/console/sellers/${a.sellerId}">#${a.sellerId}${a.sellerSlug ? ` (${a.sellerSlug})` : ''}</a>` })}` : ''}</p>
<section aria-labelledby="trader-h"><h2 id="trader-h">${t('console.sellers.traderInfo')}</h2>
<dl class="specs">
  <dt>${t('console.application.applicant')}</dt><dd><a href="/console/users/${a.applicantUserId}">${a.applicantName}</a> (${a.applicantEmail})</dd>
  <dt>${L('shopName')}</dt><dd>${a.shopName}</dd>
  <dt>${L('legalName')}</dt><dd>${a.legalName}</dd>
  <dt>${t('console.address')}</dt><dd>${t('console.addressValue', { line: a.addressLine, postalCode: a.postalCode, city: a.city, country: a.country })}</dd>
  <dt>${L('phone')}</dt><dd>${a.phone}</dd>
  <dt>${L('email')}</dt><dd>${a.email}</dd>
  <dt>${L('tradeRegister')}</dt><dd>${a.tradeRegister}</dd>
  <dt>${L('tradeRegisterNumber')}</dt><dd>${a.tradeRegisterNumber}</dd>
  <dt>${L('vatNumber')}</dt><dd>${a.vatNumber ?? t('console.none')}</dd>
  <dt>${t('console.application.vies')}</dt><dd>${a.vatConsultationRef ? html`<code>${a.vatConsultationRef}</code>` : t('console.application.viesNone')}</dd>
  <dt>${L('iban')}</dt><dd><code>${formatIban(a.iban)}</code> ${t('console.application.ibanValid')}</dd>
  <dt>${L('accountHolder')}</dt><dd>${a.accountHolder}</dd>
  <dt>${L('idDocument')}</dt><dd><a href="${base}/document" download>${a.idDocumentName}</a></dd>
  <dt>${L('selfCertification')}</dt><dd>${tx('console.application.givenAt', { at: when(a.selfCertifiedAt) })}</dd>
  <dt>${t('console.application.submitted')}</dt><dd>${when(a.createdAt)}</dd>
  <dt>${t('console.application.lastChange')}</dt><dd>${when(a.updatedAt)}</dd>
  ${a.reviewedAt ? html`<dt>${t('console.application.lastReview')}</dt><dd>${when(a.reviewedAt)}${a.reviewerId ? html` ${tx('console.application.by', { who: html`<a href="/console/users/${a.reviewerId}">#${a.reviewerId}</a>` })}` : ''}</dd>` : ''}
  ${a.reviewNote ? html`<dt>${t('console.application.reviewNote')}</dt><dd>${a.reviewNote}</dd>` : ''}
</dl>
<p class="muted">${t('console.application.checkHint')}</p>
</section>
${
  pending && self
    ? html`<p>${t('console.application.own')}</p>`
    : pending
      ? html`<section aria-labelledby="approve-h" class="console-action"><h2 id="approve-h">${t('console.application.approve')}</h2>
<p>${t('console.application.approveIntro')}</p>
<form method="post" action="${base}/approve" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('approve'), { name: 'note', label: t('console.application.noteToApplicant'), hint: t('console.optional'), maxlength: 2000, rows: 2 })}
  <button type="submit">${t('console.application.approve')}</button>
</form></section>
<section aria-labelledby="correction-h" class="console-action"><h2 id="correction-h">${t('console.application.askCorrections')}</h2>
<form method="post" action="${base}/request-correction" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('correction'), { name: 'reasons', label: t('console.application.whatToFix'), hint: t('console.application.whatToFixHint'), required: true, maxlength: 2000 })}
  <button type="submit" class="secondary">${t('console.application.askCorrections')}</button>
</form></section>
<section aria-labelledby="reject-h" class="console-action"><h2 id="reject-h">${t('console.application.reject')}</h2>
<form method="post" action="${base}/reject" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('reject'), { name: 'reasons', label: t('console.application.reasons'), hint: t('console.application.reasonsHint'), required: true, maxlength: 2000 })}
  <button type="submit" class="danger">${t('console.application.reject')}</button>
</form></section>`
      : ''
}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Sellers

export function sellersPage(
  v: Viewer,
  status: SellerStatus | '',
  rows: Awaited<ReturnType<typeof listSellers>>,
): Html {
  return consoleLayout(
    t('console.nav.sellers'),
    v.actor,
    v.csrf,
    html`${sellersNav('sellers')}<h1>${t('console.nav.sellers')}</h1>
<form class="console-filters" method="get" action="/console/sellers" aria-label="${t('console.sellers.filterLabel')}">
  ${field(
    { values: { status }, errors: [] },
    {
      name: 'status',
      label: t('console.users.col.status'),
      options: [
        { value: '', label: t('console.any') },
        ...SELLER_STATUSES.map((s) => ({ value: s, label: sellerStatusName(s) })),
      ],
    },
  )}
  <button type="submit">${t('console.show')}</button>
</form>
<h2 id="sellers-h">${status ? t('console.sellers.withStatus', { status: sellerStatusName(status) }) : t('console.sellers.all')}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === SELLER_LIST_LIMIT ? t('console.sellers.limited', { limit: SELLER_LIST_LIMIT }) : t('console.sellers.count', { count: rows.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="sellers-h">
<thead><tr><th scope="col">#</th><th scope="col">${t('console.sellers.col.shop')}</th><th scope="col">${t('console.company.legalName')}</th><th scope="col">${t('console.sellers.col.country')}</th><th scope="col">${t('console.users.col.status')}</th><th scope="col">${t('console.user.verified')}</th><th scope="col">${t('console.user.col.since')}</th></tr></thead>
<tbody>${rows.map(
        (s) =>
          html`<tr><td>${s.id}</td><td><a href="/console/sellers/${s.id}">${s.name}</a> <span class="muted">(${s.slug})</span></td><td>${s.legalName}</td><td>${s.country}</td><td>${badge(s.status)}</td><td>${s.verified ? t('console.yes') : t('console.no')}</td><td>${when(s.createdAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status" class="empty">${status ? t('console.sellers.noneWithStatus', { status: sellerStatusName(status) }) : t('console.sellers.none')}</p>`
}`,
  );
}

export type SellerAction = 'suspend' | 'reinstate' | 'end' | 'quality';
export type SellerForm = FormState & { section?: SellerAction };

export const SELLER_DONE: Record<string, string> = {
  suspended: t('console.seller.done.suspended'),
  reinstated: t('console.seller.done.reinstated'),
  ended: t('console.seller.done.ended'),
  reviewed: t('console.seller.done.reviewed'),
};

export function sellerDetailPage(
  v: Viewer,
  s: SellerRow,
  statement: StatementOfReasons | null,
  history: readonly QualityDay[],
  form: SellerForm = empty,
  done?: string,
): Html {
  const base = `/console/sellers/${s.id}`;
  const formFor = (a: SellerAction): FormState => (form.section === a ? form : empty);
  return consoleLayout(
    t('console.nameId', { name: s.name, id: String(s.id) }),
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/sellers">${t('console.nav.sellers')}</a></li><li aria-current="page">${s.name}</li></ol></nav>
<h1>${s.name} <span class="muted">#${s.id}</span></h1>
${notice(done ? SELLER_DONE[done] : undefined)}
${consoleErrorSummary(form, { reason: t('console.sor.col.reason'), details: t('console.user.close.details'), note: t('console.user.note'), by: t('console.seller.end.by'), outcome: t('console.quality.outcome') })}
<section aria-labelledby="trader-h"><h2 id="trader-h">${t('console.sellers.traderInfo')}</h2>
<dl class="specs">
  <dt>${t('console.users.col.status')}</dt><dd>${badge(s.status)} ${s.verified ? t('console.seller.verified') : t('console.seller.notVerified')}</dd>
  <dt>${t('console.seller.slug')}</dt><dd>${s.slug}</dd>
  <dt>${t('console.company.legalName')}</dt><dd>${s.legalName}</dd>
  <dt>${t('console.address')}</dt><dd>${t('console.addressValue', { line: s.addressLine, postalCode: s.postalCode, city: s.city, country: s.country })}</dd>
  <dt>${t('console.application.field.phone')}</dt><dd>${s.phone}</dd>
  <dt>${t('console.users.col.email')}</dt><dd>${s.email}</dd>
  <dt>${t('console.application.field.tradeRegister')}</dt><dd>${s.tradeRegister} ${s.tradeRegisterNumber}</dd>
  <dt>${t('console.company.vatNumber')}</dt><dd>${s.vatNumber ?? t('console.none')}</dd>
  <dt>${t('console.application.field.iban')}</dt><dd>${s.iban ? html`<code>${formatIban(s.iban)}</code> (${s.accountHolder ?? t('console.none')})` : t('console.none')}</dd>
  <dt>${t('console.user.col.since')}</dt><dd>${when(s.createdAt)}</dd>
  ${s.retainTraderDataUntil ? html`<dt>${t('console.seller.retainUntil')}</dt><dd>${when(s.retainTraderDataUntil)}</dd>` : ''}
</dl></section>
${
  statement
    ? html`<section aria-labelledby="sor-h"><h2 id="sor-h">${t('console.seller.currentSuspension')}</h2>
<dl class="specs">
  <dt>${t('console.user.col.since')}</dt><dd>${when(statement.effectiveAt)}</dd>
  <dt>${t('console.sor.col.reason')}</dt><dd>${suspensionReason(statement.reasonCode)}</dd>
  <dt>${t('console.sor.col.facts')}</dt><dd>${statement.facts}</dd>
  <dt>${t('console.sor.col.ground')}</dt><dd>${statement.contractualGround ?? statement.legalGround ?? t('console.none')}</dd>
  <dt>${t('console.seller.statement')}</dt><dd><code>${statement.id}</code></dd>
</dl></section>`
    : ''
}
${qualitySection(v, s, history, formFor('quality'))}
${
  s.status === 'active'
    ? html`<section aria-labelledby="suspend-h" class="console-action"><h2 id="suspend-h">${t('console.seller.suspend')}</h2>
<p>${t('console.seller.suspendIntro')}</p>
<form method="post" action="${base}/suspend" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('suspend'), {
    name: 'reason',
    label: t('console.sor.col.reason'),
    required: true,
    options: [
      { value: '', label: t('console.chooseReason') },
      ...SUSPENSION_REASON_CODES.map((c) => ({ value: c, label: suspensionReason(c) })),
    ],
  })}
  ${textarea(formFor('suspend'), { name: 'details', label: t('console.user.close.details'), hint: t('console.seller.detailsHint'), required: true, maxlength: 2000, rows: 5 })}
  <button type="submit" class="danger">${t('console.seller.suspendButton')}</button>
</form></section>`
    : ''
}
${
  s.status === 'suspended'
    ? html`<section aria-labelledby="reinstate-h" class="console-action"><h2 id="reinstate-h">${t('console.seller.reinstate')}</h2>
<p>${t('console.seller.reinstateIntro')}</p>
<form method="post" action="${base}/reinstate" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('reinstate'), { name: 'note', label: t('console.seller.noteToSeller'), hint: t('console.optional'), maxlength: 2000, rows: 2 })}
  <button type="submit">${t('console.seller.reinstate')}</button>
</form></section>`
    : ''
}
${
  s.status !== 'closed'
    ? html`<section aria-labelledby="end-h" class="console-action"><h2 id="end-h">${t('console.seller.end')}</h2>
<p>${t('console.seller.endIntro')}</p>
<form method="post" action="${base}/end-contract" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('end'), {
    name: 'by',
    label: t('console.seller.end.by'),
    required: true,
    options: [
      { value: '', label: t('console.choose') },
      { value: 'seller', label: t('console.seller.end.bySeller') },
      { value: 'platform', label: t('console.seller.end.byReloop') },
    ],
  })}
  ${textarea(formFor('end'), { name: 'details', label: t('console.user.close.details'), required: true, maxlength: 2000, rows: 4 })}
  <button type="submit" class="danger">${t('console.seller.endButton')}</button>
</form></section>`
    : ''
}`,
  );
}
