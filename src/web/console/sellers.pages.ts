import { html } from 'hono/html';
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
  APPLICATION_LABELS,
  SUSPENSION_REASON_CODES,
  SUSPENSION_REASONS,
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
import { consoleErrorSummary, consoleLayout, csrfInput, textarea, when } from './console-layout.ts';
import { qualitySection } from './quality.pages.ts';

const empty: FormState = { values: {}, errors: [] };

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: 'To review',
  needs_correction: 'Waiting for corrections',
  approved: 'Approved',
  rejected: 'Rejected',
};

const badge = (status: string, label = status) => html`<span class="status status-${status}">${label}</span>`;

export const sellersNav = (current: 'applications' | 'sellers' | 'quality') =>
  html`<nav class="money-nav" aria-label="Sellers"><ul>
<li><a href="/console/sellers/applications"${current === 'applications' ? html` aria-current="page"` : ''}>Applications</a></li>
<li><a href="/console/sellers"${current === 'sellers' ? html` aria-current="page"` : ''}>Sellers</a></li>
<li><a href="/console/sellers/quality"${current === 'quality' ? html` aria-current="page"` : ''}>Quality reviews</a></li>
</ul></nav>`;

// ---------------------------------------------------------------------------------------------
// Applications

export function applicationsPage(
  v: Viewer,
  status: ApplicationStatus,
  rows: Awaited<ReturnType<typeof listApplications>>,
): Html {
  return consoleLayout(
    'Seller applications',
    v.actor,
    v.csrf,
    html`${sellersNav('applications')}<h1>Seller applications</h1>
<form class="console-filters" method="get" action="/console/sellers/applications" aria-label="Filter applications">
  ${field(
    { values: { status }, errors: [] },
    {
      name: 'status',
      label: 'Status',
      options: APPLICATION_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] })),
    },
  )}
  <button type="submit">Show</button>
</form>
<h2 id="apps-h">${APPLICATION_STATUS_LABELS[status]}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === APPLICATION_LIST_LIMIT ? `The ${APPLICATION_LIST_LIMIT} oldest shown.` : `${rows.length} ${rows.length === 1 ? 'application' : 'applications'}, oldest first.`}</p>
<div class="table-scroll"><table class="data-table" aria-labelledby="apps-h">
<thead><tr><th scope="col">#</th><th scope="col">Shop</th><th scope="col">Legal name</th><th scope="col">Country</th><th scope="col">Applicant</th><th scope="col">Submitted</th><th scope="col">Last change</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><td>${r.id}</td><td><a href="/console/sellers/applications/${r.id}">${r.shopName}</a></td><td>${r.legalName}</td><td>${r.country}</td><td>${r.applicantEmail}</td><td>${when(r.createdAt)}</td><td>${when(r.updatedAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status" class="empty">No application is ${APPLICATION_STATUS_LABELS[status].toLowerCase()}.</p>`
}`,
  );
}

export type ReviewAction = 'approve' | 'reject' | 'correction';
export type ReviewForm = FormState & { section?: ReviewAction };

export const REVIEW_DONE: Record<string, string> = {
  approved: 'The application was approved: the seller was created and the applicant emailed.',
  rejected: 'The application was rejected and the applicant emailed the reasons.',
  correction: 'The applicant was asked to correct the application.',
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
  const L = APPLICATION_LABELS;
  return consoleLayout(
    `Application #${a.id}`,
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/console/sellers/applications?status=${a.status}">Seller applications</a></li><li aria-current="page">#${a.id}</li></ol></nav>
<h1>${a.shopName} <span class="muted">application #${a.id}</span></h1>
${notice(done ? REVIEW_DONE[done] : undefined)}
${consoleErrorSummary(form, { reasons: 'Reasons', note: 'Note' })}
<p>${badge(a.status, APPLICATION_STATUS_LABELS[a.status])}${a.sellerId ? html` — seller <a href="/console/sellers/${a.sellerId}">#${a.sellerId}${a.sellerSlug ? ` (${a.sellerSlug})` : ''}</a>` : ''}</p>
<section aria-labelledby="trader-h"><h2 id="trader-h">Trader information</h2>
<dl class="specs">
  <dt>Applicant</dt><dd><a href="/console/users/${a.applicantUserId}">${a.applicantName}</a> (${a.applicantEmail})</dd>
  <dt>${L.shopName}</dt><dd>${a.shopName}</dd>
  <dt>${L.legalName}</dt><dd>${a.legalName}</dd>
  <dt>Address</dt><dd>${a.addressLine}, ${a.postalCode} ${a.city} (${a.country})</dd>
  <dt>${L.phone}</dt><dd>${a.phone}</dd>
  <dt>${L.email}</dt><dd>${a.email}</dd>
  <dt>${L.tradeRegister}</dt><dd>${a.tradeRegister}</dd>
  <dt>${L.tradeRegisterNumber}</dt><dd>${a.tradeRegisterNumber}</dd>
  <dt>${L.vatNumber}</dt><dd>${a.vatNumber ?? '—'}</dd>
  <dt>VIES consultation</dt><dd>${a.vatConsultationRef ? html`<code>${a.vatConsultationRef}</code>` : 'not checked (no EU VAT number)'}</dd>
  <dt>${L.iban}</dt><dd><code>${formatIban(a.iban)}</code> (checksum valid)</dd>
  <dt>${L.accountHolder}</dt><dd>${a.accountHolder}</dd>
  <dt>${L.idDocument}</dt><dd><a href="${base}/document" download>${a.idDocumentName}</a></dd>
  <dt>Self-certification</dt><dd>given ${when(a.selfCertifiedAt)}</dd>
  <dt>Submitted</dt><dd>${when(a.createdAt)}</dd>
  <dt>Last change</dt><dd>${when(a.updatedAt)}</dd>
  ${a.reviewedAt ? html`<dt>Last review</dt><dd>${when(a.reviewedAt)}${a.reviewerId ? html` by <a href="/console/users/${a.reviewerId}">#${a.reviewerId}</a>` : ''}</dd>` : ''}
  ${a.reviewNote ? html`<dt>Review note</dt><dd>${a.reviewNote}</dd>` : ''}
</dl>
<p class="muted">Check the legal name, address and registration number against the national company register, and that the ID document names the company's legal representative.</p>
</section>
${
  pending && self
    ? html`<p>You cannot review your own application.</p>`
    : pending
      ? html`<section aria-labelledby="approve-h" class="console-action"><h2 id="approve-h">Approve</h2>
<p>Creates the seller, verified and active, with this trader information, and makes the applicant its owner.</p>
<form method="post" action="${base}/approve" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('approve'), { name: 'note', label: 'Note to the applicant', hint: 'Optional.', maxlength: 2000, rows: 2 })}
  <button type="submit">Approve</button>
</form></section>
<section aria-labelledby="correction-h" class="console-action"><h2 id="correction-h">Ask for corrections</h2>
<form method="post" action="${base}/request-correction" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('correction'), { name: 'reasons', label: 'What to fix', hint: 'Emailed to the applicant: say precisely which information is missing or wrong.', required: true, maxlength: 2000 })}
  <button type="submit" class="secondary">Ask for corrections</button>
</form></section>
<section aria-labelledby="reject-h" class="console-action"><h2 id="reject-h">Reject</h2>
<form method="post" action="${base}/reject" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('reject'), { name: 'reasons', label: 'Reasons', hint: 'Emailed to the applicant with how to contest the decision.', required: true, maxlength: 2000 })}
  <button type="submit" class="danger">Reject</button>
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
    'Sellers',
    v.actor,
    v.csrf,
    html`${sellersNav('sellers')}<h1>Sellers</h1>
<form class="console-filters" method="get" action="/console/sellers" aria-label="Filter sellers">
  ${field(
    { values: { status }, errors: [] },
    {
      name: 'status',
      label: 'Status',
      options: [{ value: '', label: 'Any' }, ...SELLER_STATUSES.map((s) => ({ value: s, label: s }))],
    },
  )}
  <button type="submit">Show</button>
</form>
<h2 id="sellers-h">${status ? `Sellers ${status}` : 'All sellers'}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === SELLER_LIST_LIMIT ? `First ${SELLER_LIST_LIMIT} shown.` : `${rows.length} ${rows.length === 1 ? 'seller' : 'sellers'}.`}</p>
<div class="table-scroll"><table class="data-table" aria-labelledby="sellers-h">
<thead><tr><th scope="col">#</th><th scope="col">Shop</th><th scope="col">Legal name</th><th scope="col">Country</th><th scope="col">Status</th><th scope="col">Verified</th><th scope="col">Since</th></tr></thead>
<tbody>${rows.map(
        (s) =>
          html`<tr><td>${s.id}</td><td><a href="/console/sellers/${s.id}">${s.name}</a> <span class="muted">(${s.slug})</span></td><td>${s.legalName}</td><td>${s.country}</td><td>${badge(s.status)}</td><td>${s.verified ? 'yes' : 'no'}</td><td>${when(s.createdAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status" class="empty">No seller${status ? ` is ${status}` : ''}.</p>`
}`,
  );
}

export type SellerAction = 'suspend' | 'reinstate' | 'end' | 'quality';
export type SellerForm = FormState & { section?: SellerAction };

export const SELLER_DONE: Record<string, string> = {
  suspended: 'The seller was suspended, its offers unpublished and the statement of reasons emailed.',
  reinstated: 'The suspension was lifted and the seller emailed.',
  ended: 'The seller contract ended; its trader data is kept for six more months.',
  reviewed: 'The quality review was recorded.',
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
    `${s.name} (#${s.id})`,
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/console/sellers">Sellers</a></li><li aria-current="page">${s.name}</li></ol></nav>
<h1>${s.name} <span class="muted">#${s.id}</span></h1>
${notice(done ? SELLER_DONE[done] : undefined)}
${consoleErrorSummary(form, { reason: 'Reason', details: 'Facts and circumstances', note: 'Note', by: 'Ended by', outcome: 'Outcome' })}
<section aria-labelledby="trader-h"><h2 id="trader-h">Trader information</h2>
<dl class="specs">
  <dt>Status</dt><dd>${badge(s.status)} ${s.verified ? '(verified)' : '(not verified)'}</dd>
  <dt>Slug</dt><dd>${s.slug}</dd>
  <dt>Legal name</dt><dd>${s.legalName}</dd>
  <dt>Address</dt><dd>${s.addressLine}, ${s.postalCode} ${s.city} (${s.country})</dd>
  <dt>Phone</dt><dd>${s.phone}</dd>
  <dt>Email</dt><dd>${s.email}</dd>
  <dt>Trade register</dt><dd>${s.tradeRegister} ${s.tradeRegisterNumber}</dd>
  <dt>VAT number</dt><dd>${s.vatNumber ?? '—'}</dd>
  <dt>IBAN</dt><dd>${s.iban ? html`<code>${formatIban(s.iban)}</code> (${s.accountHolder ?? '—'})` : '—'}</dd>
  <dt>Since</dt><dd>${when(s.createdAt)}</dd>
  ${s.retainTraderDataUntil ? html`<dt>Trader data kept until</dt><dd>${when(s.retainTraderDataUntil)}</dd>` : ''}
</dl></section>
${
  statement
    ? html`<section aria-labelledby="sor-h"><h2 id="sor-h">Current suspension</h2>
<dl class="specs">
  <dt>Since</dt><dd>${when(statement.effectiveAt)}</dd>
  <dt>Reason</dt><dd>${statement.reasonCode in SUSPENSION_REASONS ? SUSPENSION_REASONS[statement.reasonCode as keyof typeof SUSPENSION_REASONS].label : statement.reasonCode}</dd>
  <dt>Facts</dt><dd>${statement.facts}</dd>
  <dt>Ground</dt><dd>${statement.contractualGround ?? statement.legalGround ?? '—'}</dd>
  <dt>Statement of reasons</dt><dd><code>${statement.id}</code></dd>
</dl></section>`
    : ''
}
${qualitySection(v, s, history, formFor('quality'))}
${
  s.status === 'active'
    ? html`<section aria-labelledby="suspend-h" class="console-action"><h2 id="suspend-h">Suspend</h2>
<p>When trader information turns out incomplete or inaccurate (DSA Art. 30(3)): every offer is unpublished, and the seller receives a statement of reasons. Lift the suspension once the information is corrected.</p>
<form method="post" action="${base}/suspend" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('suspend'), {
    name: 'reason',
    label: 'Reason',
    required: true,
    options: [
      { value: '', label: 'Choose a reason' },
      ...SUSPENSION_REASON_CODES.map((c) => ({ value: c, label: SUSPENSION_REASONS[c].label })),
    ],
  })}
  ${textarea(formFor('suspend'), { name: 'details', label: 'Facts and circumstances', hint: 'Sent to the seller in the statement of reasons: what is missing or wrong, and how you found out.', required: true, maxlength: 2000, rows: 5 })}
  <button type="submit" class="danger">Suspend seller</button>
</form></section>`
    : ''
}
${
  s.status === 'suspended'
    ? html`<section aria-labelledby="reinstate-h" class="console-action"><h2 id="reinstate-h">Lift the suspension</h2>
<p>Only once the corrected trader information was checked. The seller's offers stay unpublished until the seller publishes them again.</p>
<form method="post" action="${base}/reinstate" novalidate>${csrfInput(v.csrf)}
  ${textarea(formFor('reinstate'), { name: 'note', label: 'Note to the seller', hint: 'Optional.', maxlength: 2000, rows: 2 })}
  <button type="submit">Lift the suspension</button>
</form></section>`
    : ''
}
${
  s.status !== 'closed'
    ? html`<section aria-labelledby="end-h" class="console-action"><h2 id="end-h">End the seller contract</h2>
<p>The seller is closed and its offers unpublished; its trader data is kept for six months, then deleted. When Reloop ends the contract, the seller receives a statement of reasons.</p>
<form method="post" action="${base}/end-contract" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('end'), {
    name: 'by',
    label: 'Ended by',
    required: true,
    options: [
      { value: '', label: 'Choose' },
      { value: 'seller', label: 'The seller (their request)' },
      { value: 'platform', label: 'Reloop (termination)' },
    ],
  })}
  ${textarea(formFor('end'), { name: 'details', label: 'Facts and circumstances', required: true, maxlength: 2000, rows: 4 })}
  <button type="submit" class="danger">End the contract</button>
</form></section>`
    : ''
}`,
  );
}
