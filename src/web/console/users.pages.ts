import { html, raw } from 'hono/html';
import { CLOSURE_REASON_CODES, CLOSURE_REASONS } from '../../modules/accounts/accounts.types.ts';
import {
  type OperatorRow,
  type PendingInvitation,
  USER_SEARCH_LIMIT,
  type UserDetail,
  type UserListRow,
  type UserSearch,
} from '../../modules/accounts/operator/operator-console.read-model.ts';
import type { AuditEventRow, AuditQuery } from '../../modules/audit/list-audit-events.ts';
import { type Actor, OPERATOR_ROLES, type OperatorRole } from '../../platform/http/actor.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  consoleErrorSummary,
  consoleLayout,
  csrfInput,
  textarea,
  type Viewer,
  when,
} from './console-layout.ts';

/** Who is looking, and the CSRF token their forms carry. */
type AuditRow = AuditEventRow;

const empty: FormState = { values: {}, errors: [] };

export const userType = (u: { buyerType: 'consumer' | 'business' | null }) => u.buyerType ?? 'staff';

const can = (actor: Actor | null, ...roles: OperatorRole[]) =>
  !!actor && (actor.operatorRoles.has('admin') || roles.some((r) => actor.operatorRoles.has(r)));

export const statusBadge = (status: string) => html`<span class="status status-${status}">${status}</span>`;

// ---------------------------------------------------------------------------------------------
// Users

export function usersPage(v: Viewer, s: UserSearch, rows: UserListRow[]): Html {
  const searched = !!s.q || !!s.status;
  return consoleLayout(
    'Users',
    v.actor,
    v.csrf,
    html`<h1>Users</h1>
<form class="console-filters" method="get" action="/console/users" role="search" aria-label="Search users">
  ${field({ values: { q: s.q, status: s.status }, errors: [] }, { name: 'q', label: 'Email, name or id', type: 'search', maxlength: 254 })}
  ${field(
    { values: { status: s.status }, errors: [] },
    {
      name: 'status',
      label: 'Status',
      options: [
        { value: '', label: 'Any' },
        { value: 'active', label: 'Active' },
        { value: 'closed', label: 'Closed' },
      ],
    },
  )}
  <button type="submit">Search</button>
</form>
<h2 id="results-h">${searched ? 'Results' : 'Newest accounts'}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === USER_SEARCH_LIMIT ? `First ${USER_SEARCH_LIMIT} accounts shown; refine the search to see others.` : `${rows.length} ${rows.length === 1 ? 'account' : 'accounts'}.`}</p>
<div class="table-scroll"><table class="data-table" aria-labelledby="results-h">
<thead><tr><th scope="col">Id</th><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Created</th></tr></thead>
<tbody>${rows.map(
        (u) =>
          html`<tr><td>${u.id}</td><td><a href="/console/users/${u.id}">${u.name}</a></td><td>${u.email}</td><td>${userType(u)}</td><td>${statusBadge(u.status)}</td><td>${when(u.createdAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">No account matches this search.</p>`
}`,
  );
}

// ---------------------------------------------------------------------------------------------
// User detail

export type UserAction = 'close' | 'reopen' | 'authorise' | 'company';
export type ActionForm = FormState & { section?: UserAction };

export const DONE_MESSAGES: Record<string, string> = {
  company: 'The company details were changed and the change recorded in the audit log.',
  closed: 'The account was closed and the statement of reasons emailed to its holder.',
  reopened: 'The account was reopened.',
  authorised: 'This email address and VAT number may now register again.',
};

const CLOSE_LABELS = {
  legalName: 'Legal name',
  addressLine: 'Street address',
  postalCode: 'Postal code',
  city: 'City',
  country: 'Country (ISO code)',
  vatNumber: 'VAT number',
  note: 'Note',
  reason: 'Reason',
  details: 'Facts and circumstances',
  legalGround: 'Legal ground',
  source: 'How it came to our attention',
};

export function userDetailPage(v: Viewer, d: UserDetail, form: ActionForm = empty, done?: string): Html {
  const { user, business } = d;
  const formFor = (s: UserAction): FormState => (form.section === s ? form : empty);
  const closed = user.status === 'closed';
  const self = v.actor?.userId === user.id;
  // Acting on an operator's account needs admin, and nobody acts on their own (operator-authority.ts).
  const mayAct = !self && (d.roles.length === 0 || can(v.actor));
  const showClose = mayAct && !closed && can(v.actor, 'support', 'compliance');
  const showReopen = mayAct && closed && can(v.actor, 'compliance');
  const showAuthorise = mayAct && closed && !user.reregistrationAllowedAt && can(v.actor, 'compliance');
  const base = `/console/users/${user.id}`;
  return consoleLayout(
    `${user.name} (#${user.id})`,
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/console/users">Users</a></li><li aria-current="page">${user.name}</li></ol></nav>
<h1>${user.name} <span class="muted">#${user.id}</span></h1>
${notice(done ? DONE_MESSAGES[done] : undefined)}
${consoleErrorSummary(form, CLOSE_LABELS)}
<section aria-labelledby="profile-h"><h2 id="profile-h">Profile</h2>
<dl class="specs">
  <dt>Email</dt><dd>${user.email} — ${user.emailVerifiedAt ? html`verified ${when(user.emailVerifiedAt)}` : 'not verified'}</dd>
  <dt>Type</dt><dd>${userType(user)}</dd>
  <dt>Market</dt><dd>${user.market}</dd>
  <dt>Status</dt><dd>${statusBadge(user.status)}</dd>
  <dt>Created</dt><dd>${when(user.createdAt)}</dd>
  <dt>Live sessions</dt><dd>${d.liveSessions}</dd>
  ${
    closed
      ? html`<dt>Closed</dt><dd>${when(user.closedAt)} by ${user.closedBy === 'platform' ? 'Reloop' : 'the user'}</dd>
  <dt>Re-registration</dt><dd>${user.reregistrationAllowedAt ? html`authorised ${when(user.reregistrationAllowedAt)}${user.reregistrationAllowedBy ? html` by operator <a href="/console/users/${user.reregistrationAllowedBy}">#${user.reregistrationAllowedBy}</a>` : ''}` : 'blocked'}</dd>`
      : ''
  }
</dl>
</section>
${
  business
    ? html`<section aria-labelledby="business-h"><h2 id="business-h">Business profile</h2>
<dl class="specs">
  <dt>Legal name</dt><dd>${business.legalName}</dd>
  <dt>Address</dt><dd>${business.addressLine}, ${business.postalCode} ${business.city} (${business.country})</dd>
  <dt>VAT number</dt><dd>${business.vatNumber ?? '—'}</dd>
  <dt>Consultation reference</dt><dd>${business.vatConsultationRef ?? '—'}</dd>
  <dt>${business.vatCheckResult === 'invalid' ? 'Last checked' : 'Verified'}</dt><dd>${business.vatVerifiedAt ? html`${when(business.vatVerifiedAt)}${business.vatVerifiedBy ? ` (${business.vatVerifiedBy})` : ''}${business.vatCheckResult === 'invalid' ? ' — not registered: no reverse charge' : ''}` : 'not verified'}</dd>
  <dt>Profile active</dt><dd>${business.active ? 'yes' : 'no'}</dd>
</dl>
${mayAct && !closed && can(v.actor, 'support', 'compliance') ? companyForm(v, base, business, formFor('company')) : ''}</section>`
    : ''
}
<section aria-labelledby="roles-h"><h2 id="roles-h">Roles</h2>
${
  d.roles.length
    ? html`<ul>${d.roles.map((r) => html`<li>Operator: ${r.role} (since ${when(r.grantedAt)})</li>`)}</ul>`
    : html`<p>No operator role.</p>`
}
${
  d.memberships.length
    ? html`<table class="data-table"><caption>Seller memberships</caption>
<thead><tr><th scope="col">Seller</th><th scope="col">Role</th><th scope="col">Since</th></tr></thead>
<tbody>${d.memberships.map((m) => html`<tr><td>${m.name} <span class="muted">(#${m.sellerId}, ${m.slug})</span></td><td>${m.role}</td><td>${when(m.since)}</td></tr>`)}</tbody></table>`
    : html`<p>No seller membership.</p>`
}
</section>
<section aria-labelledby="sor-h"><h2 id="sor-h">Statements of reasons</h2>
${
  d.statements.length
    ? html`<div class="table-scroll"><table class="data-table" aria-labelledby="sor-h">
<thead><tr><th scope="col">Effective</th><th scope="col">Measure</th><th scope="col">Reason</th><th scope="col">Ground</th><th scope="col">Facts</th><th scope="col">Source</th><th scope="col">Decided by</th><th scope="col">Id</th></tr></thead>
<tbody>${d.statements.map(
        (
          s,
        ) => html`<tr><td>${when(s.effectiveAt)}</td><td>${s.measure}</td><td>${reasonLabel(s.reasonCode)}</td>
<td>${s.groundType === 'illegal_content' ? html`Illegal content — ${s.legalGround ?? ''}` : html`Terms — ${s.contractualGround ?? ''}`}</td>
<td>${s.facts}</td><td>${s.source === 'notice' ? 'notice' : 'own initiative'}</td><td>${s.decidedBy ? html`<a href="/console/users/${s.decidedBy}">#${s.decidedBy}</a>` : '—'}</td><td><code>${s.id}</code></td></tr>`,
      )}</tbody></table></div>`
    : html`<p>None.</p>`
}
</section>
${showClose ? closeForm(v, base, formFor('close')) : ''}
${showReopen ? reopenForm(v, base, formFor('reopen')) : ''}
${showAuthorise ? authoriseForm(v, base) : ''}
<section aria-labelledby="audit-h"><h2 id="audit-h">Recent activity</h2>
${auditTable(d.audit, 'audit-h')}
${can(v.actor, 'admin') ? html`<p><a href="/console/audit?user=${user.id}">Full audit log for this account</a></p>` : ''}
</section>`,
  );
}

const reasonLabel = (code: string) =>
  code in CLOSURE_REASONS ? CLOSURE_REASONS[code as keyof typeof CLOSURE_REASONS].label : code;

function closeForm(v: Viewer, base: string, form: FormState): Html {
  return html`<section aria-labelledby="close-h" class="console-action"><h2 id="close-h">Close account</h2>
<p>The holder is signed out everywhere and receives a statement of reasons by email. Their email address and VAT number cannot register again until re-registration is authorised.</p>
<form method="post" action="${base}/close" novalidate>${csrfInput(v.csrf)}
  ${field(form, {
    name: 'reason',
    label: CLOSE_LABELS.reason,
    required: true,
    options: [
      { value: '', label: 'Choose a reason' },
      ...CLOSURE_REASON_CODES.map((c) => ({ value: c, label: CLOSURE_REASONS[c].label })),
    ],
  })}
  ${textarea(form, {
    name: 'details',
    label: CLOSE_LABELS.details,
    hint: 'Sent to the holder in the statement of reasons: state facts, not opinions.',
    required: true,
    maxlength: 2000,
    rows: 5,
  })}
  ${field(form, {
    name: 'legalGround',
    label: CLOSE_LABELS.legalGround,
    hint: 'Required when the reason is illegal content or activity: the law that makes it illegal.',
    maxlength: 500,
  })}
  ${field(
    { ...form, values: { source: 'own_initiative', ...form.values } },
    {
      name: 'source',
      label: CLOSE_LABELS.source,
      options: [
        { value: 'own_initiative', label: 'Own initiative' },
        { value: 'notice', label: 'A notice from a third party' },
      ],
    },
  )}
  <button type="submit" class="danger">Close account</button>
</form></section>`;
}

function reopenForm(v: Viewer, base: string, form: FormState): Html {
  return html`<section aria-labelledby="reopen-h" class="console-action"><h2 id="reopen-h">Reopen account</h2>
<p>For example after a successful appeal. Refused if another active account now uses this email address or VAT number.</p>
<form method="post" action="${base}/reopen" novalidate>${csrfInput(v.csrf)}
  ${textarea(form, { name: 'note', label: 'Note', hint: 'Why the account is reopened (kept in the audit log).', maxlength: 2000 })}
  <button type="submit">Reopen account</button>
</form></section>`;
}

function authoriseForm(v: Viewer, base: string): Html {
  return html`<section aria-labelledby="authorise-h" class="console-action"><h2 id="authorise-h">Authorise re-registration</h2>
<p>Lets this email address and VAT number register a new account. The closed account stays closed.</p>
<form method="post" action="${base}/authorise-reregistration">${csrfInput(v.csrf)}
  <button type="submit">Authorise re-registration</button>
</form></section>`;
}

/** A console action's before/after snapshot (audit_events.before/after); — when none was taken. */
const snapshot = (v: Record<string, unknown> | null) =>
  v ? html`<code class="details">${JSON.stringify(v)}</code>` : html`<span class="muted">—</span>`;

function auditTable(rows: AuditRow[], labelledBy: string): Html {
  if (!rows.length) return html`<p>No event.</p>`;
  return html`<div class="table-scroll"><table class="data-table" aria-labelledby="${labelledBy}">
<thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Action</th><th scope="col">Actor</th><th scope="col">Subject</th><th scope="col">IP</th><th scope="col">Details</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
<tbody>${rows.map(
    (e) => html`<tr><td>${e.id}</td><td>${when(e.at)}</td><td><code>${e.action}</code></td>
<td>${e.actorUserId ? html`<a href="/console/users/${e.actorUserId}">#${e.actorUserId}</a>` : '—'}</td>
<td>${e.subjectUserId ? html`<a href="/console/users/${e.subjectUserId}">#${e.subjectUserId}</a>` : '—'}</td>
<td>${e.ip ?? '—'}</td><td>${Object.keys(e.details).length ? html`<code class="details">${JSON.stringify(e.details)}</code>` : ''}</td>
<td>${snapshot(e.before)}</td><td>${snapshot(e.after)}</td></tr>`,
  )}</tbody></table></div>`;
}

// ---------------------------------------------------------------------------------------------
// Audit log

export const AUDIT_PAGE_SIZE = 50;

export function auditPage(
  v: Viewer,
  q: AuditQuery & { actionText: string; userText: string },
  rows: AuditRow[],
): Html {
  const params = (before?: number) => {
    const p = new URLSearchParams();
    if (q.action) p.set('action', q.action);
    if (q.userId) p.set('user', String(q.userId));
    if (before) p.set('before', String(before));
    const s = p.toString();
    return s ? `?${s}` : '';
  };
  const last = rows.at(-1);
  return consoleLayout(
    'Audit log',
    v.actor,
    v.csrf,
    html`<h1>Audit log</h1>
<form class="console-filters" method="get" action="/console/audit" role="search" aria-label="Filter the audit log">
  ${field({ values: { action: q.actionText }, errors: [] }, { name: 'action', label: 'Action starts with', hint: 'For example auth. or account.closed', maxlength: 100 })}
  ${field({ values: { user: q.userText }, errors: [] }, { name: 'user', label: 'Subject user id', maxlength: 12 })}
  <button type="submit">Filter</button>
</form>
<h2 id="events-h">${q.before ? `Events before #${q.before}` : 'Newest events'}</h2>
${auditTable(rows, 'events-h')}
<nav class="pager" aria-label="Audit log pages">
  ${q.before ? html`<a href="/console/audit${params()}">Newest</a>` : ''}
  ${rows.length === AUDIT_PAGE_SIZE && last ? html`<a href="/console/audit${params(last.id)}" rel="next">Older</a>` : ''}
</nav>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Operators

const ROLE_HINTS: Record<string, string> = {
  support: 'support — search users, close accounts',
  moderator: 'moderator — content moderation',
  compliance: 'compliance — close, reopen, authorise re-registration',
  admin: 'admin — everything, including the audit log and operators',
};

export function operatorsPage(v: Viewer, ops: OperatorRow[], form: FormState = empty, done?: string): Html {
  return consoleLayout(
    'Operators',
    v.actor,
    v.csrf,
    html`<h1>Operators</h1>
${notice(done === 'invited' ? 'The invitation was sent. It is valid for a limited time and can be used once.' : undefined)}
${consoleErrorSummary(form, { email: 'Email', role: 'Role' })}
<div class="table-scroll"><table class="data-table"><caption>${ops.length} ${ops.length === 1 ? 'operator' : 'operators'}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Roles</th><th scope="col">Status</th></tr></thead>
<tbody>${ops.map(
      (o) => html`<tr><td><a href="/console/users/${o.userId}">${o.name}</a></td><td>${o.email}</td>
<td>${o.roles.map((r, i) => html`${i ? ', ' : ''}${r.role} <span class="muted">(${when(r.grantedAt)})</span>`)}</td><td>${statusBadge(o.status)}</td></tr>`,
    )}</tbody></table></div>
<section aria-labelledby="invite-h" class="console-action"><h2 id="invite-h">Invite an operator</h2>
<p>The invitation is emailed with a single-use link. Someone without a Reloop account creates one from the link; someone who has one gets the role only by accepting while signed in as that address, with the email verified.</p>
<form method="post" action="/console/operators/invite" novalidate>${csrfInput(v.csrf)}
  ${field(form, { name: 'email', label: 'Email', type: 'email', required: true, autocomplete: 'off', maxlength: 254 })}
  ${field(form, {
    name: 'role',
    label: 'Role',
    required: true,
    options: OPERATOR_ROLES.map((r) => ({ value: r, label: ROLE_HINTS[r] ?? r })),
  })}
  <button type="submit">Send invitation</button>
</form></section>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Invitation (public)

export function invitationPage(
  v: Viewer,
  token: string,
  inv: PendingInvitation,
  form: FormState = empty,
): Html {
  const here = `/console/invitation?token=${encodeURIComponent(token)}`;
  const signedInAs = v.actor?.email.toLowerCase();
  const tokenField = html`<input type="hidden" name="token" value="${token}">`;
  // An address that has an account: the role goes to that account only, accepted by its owner
  // signed in as it with the email verified — never to whoever registered the address first.
  const existing = !inv.existingAccount
    ? ''
    : signedInAs !== inv.email
      ? html`<p>${inv.email} already has a Reloop account. Sign in as ${inv.email} (verified) to accept: the role is granted to that account when its owner accepts, never before.</p>
${v.actor ? html`<p>You are signed in as ${v.actor.email}: sign out first.</p>` : html`<p><a class="button" href="/fr-fr/sign-in?next=${encodeURIComponent(here)}">Sign in as ${inv.email}</a></p>`}`
      : !v.actor?.emailVerified
        ? html`<p>You are signed in as ${inv.email}, but this address is not verified yet. Follow the link of the verification email, or reset your password with “Forgot password” (the reset link confirms the address too), then open this invitation again.</p>`
        : html`<p>You are signed in as ${inv.email}. Accepting gives this account the role and signs you out everywhere: sign in again to use the console.</p>
<form method="post" action="/console/invitation" novalidate>${csrfInput(v.csrf)}
  ${tokenField}
  <button type="submit">Accept the invitation</button>
</form>`;
  return consoleLayout(
    'Join the Reloop console',
    v.actor,
    v.csrf,
    html`<h1>Join the Reloop console</h1>
${consoleErrorSummary(form, { name: 'Your name', password: 'Password', token: 'Invitation' })}
<p>You are invited as <strong>${inv.role}</strong> with the email address <strong>${inv.email}</strong>.</p>
${
  inv.existingAccount
    ? existing
    : html`<p>Create your account to accept: your email address is confirmed by this link.</p>
<form method="post" action="/console/invitation" novalidate>${csrfInput(v.csrf)}
  ${tokenField}
  <input type="text" name="username" value="${inv.email}" autocomplete="username" hidden>
  ${field(form, { name: 'name', label: 'Your name', required: true, autocomplete: 'name', maxlength: 100 })}
  ${field(form, { name: 'password', label: 'Password', type: 'password', hint: 'At least 12 characters; a passphrase of several words is easiest.', required: true, autocomplete: 'new-password' })}
  <button type="submit">Accept the invitation</button>
</form>`
}`,
  );
}

export function consoleMessagePage(v: Viewer, title: string, body: Html): Html {
  return consoleLayout(title, v.actor, v.csrf, html`<h1>${title}</h1>${body}`);
}

/** Support changes a Pro company's details (customers cannot); a new VAT number is checked again. */
function companyForm(
  v: Viewer,
  base: string,
  b: {
    legalName: string;
    addressLine: string;
    postalCode: string;
    city: string;
    country: string;
    vatNumber: string | null;
  },
  form: FormState,
): Html {
  const values = { ...b, vatNumber: b.vatNumber ?? '', ...form.values };
  const f = { ...form, values };
  return html`<details class="console-action"${form.errors.length ? raw(' open') : ''}><summary>Change company details</summary>
<form method="post" action="${base}/company" novalidate>${csrfInput(v.csrf)}
  ${field(f, { name: 'legalName', label: 'Legal name', required: true, maxlength: 200 })}
  ${field(f, { name: 'addressLine', label: 'Street address', required: true, maxlength: 200 })}
  ${field(f, { name: 'postalCode', label: 'Postal code', required: true, maxlength: 20 })}
  ${field(f, { name: 'city', label: 'City', required: true, maxlength: 100 })}
  ${field(f, { name: 'country', label: 'Country (ISO code)', required: true, maxlength: 2 })}
  ${field(f, { name: 'vatNumber', label: 'VAT number', hint: 'A new number is checked again (check digits, one account per company, VIES).', maxlength: 30 })}
  ${textarea(form, { name: 'note', label: 'Why', hint: 'The customer request or document this change is based on (kept in the audit log).', maxlength: 2000 })}
  <button type="submit">Save company details</button>
</form></details>`;
}
