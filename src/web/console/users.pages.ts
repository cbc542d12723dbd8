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
  t,
  textarea,
  tx,
  type Viewer,
  when,
} from './console-layout.ts';

/** Who is looking, and the CSRF token their forms carry. */
type AuditRow = AuditEventRow;

const empty: FormState = { values: {}, errors: [] };

export const userType = (u: { buyerType: 'consumer' | 'business' | null }) =>
  t(`console.userType.${u.buyerType ?? 'staff'}`);

const can = (actor: Actor | null, ...roles: OperatorRole[]) =>
  !!actor && (actor.operatorRoles.has('admin') || roles.some((r) => actor.operatorRoles.has(r)));

const ACCOUNT_STATUSES = ['active', 'closed'] as const;
const statusName = (status: string) =>
  (ACCOUNT_STATUSES as readonly string[]).includes(status)
    ? t(`console.accountStatus.${status as (typeof ACCOUNT_STATUSES)[number]}`)
    : status;
export const statusBadge = (status: string) =>
  html`<span class="status status-${status}">${statusName(status)}</span>`;

// ---------------------------------------------------------------------------------------------
// Users

export function usersPage(v: Viewer, s: UserSearch, rows: UserListRow[]): Html {
  const searched = !!s.q || !!s.status;
  return consoleLayout(
    t('console.users.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.users.title')}</h1>
<form class="console-filters" method="get" action="/console/users" role="search" aria-label="${t('console.users.searchLabel')}">
  ${field({ values: { q: s.q, status: s.status }, errors: [] }, { name: 'q', label: t('console.users.q'), type: 'search', maxlength: 254 })}
  ${field(
    { values: { status: s.status }, errors: [] },
    {
      name: 'status',
      label: t('console.users.status'),
      options: [
        { value: '', label: t('console.any') },
        { value: 'active', label: t('console.users.statusActive') },
        { value: 'closed', label: t('console.users.statusClosed') },
      ],
    },
  )}
  <button type="submit">${t('console.search')}</button>
</form>
<h2 id="results-h">${searched ? t('console.results') : t('console.users.newest')}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === USER_SEARCH_LIMIT ? t('console.users.limited', { limit: USER_SEARCH_LIMIT }) : t('console.users.count', { count: rows.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="results-h">
<thead><tr><th scope="col">${t('console.users.col.id')}</th><th scope="col">${t('console.users.col.name')}</th><th scope="col">${t('console.users.col.email')}</th><th scope="col">${t('console.users.col.type')}</th><th scope="col">${t('console.users.col.status')}</th><th scope="col">${t('console.users.col.created')}</th></tr></thead>
<tbody>${rows.map(
        (u) =>
          html`<tr><td>${u.id}</td><td><a href="/console/users/${u.id}">${u.name || `#${u.id}`}</a></td><td>${u.email}</td><td>${userType(u)}</td><td>${statusBadge(u.status)}</td><td>${when(u.createdAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.users.noMatch')}</p>`
}`,
  );
}

// ---------------------------------------------------------------------------------------------
// User detail

export type UserAction = 'close' | 'reopen' | 'authorise' | 'company';
export type ActionForm = FormState & { section?: UserAction };

export const DONE_MESSAGES: Record<string, string> = {
  company: t('console.user.done.company'),
  closed: t('console.user.done.closed'),
  reopened: t('console.user.done.reopened'),
  authorised: t('console.user.done.authorised'),
};

const CLOSE_LABELS = {
  legalName: t('console.company.legalName'),
  addressLine: t('console.company.addressLine'),
  postalCode: t('console.company.postalCode'),
  city: t('console.company.city'),
  country: t('console.company.country'),
  vatNumber: t('console.company.vatNumber'),
  note: t('console.user.note'),
  reason: t('console.user.close.reason'),
  details: t('console.user.close.details'),
  legalGround: t('console.user.close.legalGround'),
  source: t('console.user.close.source'),
};

export function userDetailPage(
  v: Viewer,
  d: UserDetail,
  form: ActionForm = empty,
  done?: string,
  /** The person's orders, care folders and tickets (person-history.pages.ts). */
  history?: Html,
): Html {
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
    t('console.nameId', { name: user.name, id: String(user.id) }),
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/users">${t('console.users.title')}</a></li><li aria-current="page">${user.name || `#${user.id}`}</li></ol></nav>
<h1>${user.name} <span class="muted">#${user.id}</span></h1>
${notice(done ? DONE_MESSAGES[done] : undefined)}
${consoleErrorSummary(form, CLOSE_LABELS)}
<section aria-labelledby="profile-h"><h2 id="profile-h">${t('console.user.profile')}</h2>
<dl class="specs">
  <dt>${t('console.users.col.email')}</dt><dd>${user.email} — ${user.emailVerifiedAt ? tx('console.user.verifiedAt', { at: when(user.emailVerifiedAt) }) : t('console.user.notVerified')}</dd>
  <dt>${t('console.users.col.type')}</dt><dd>${userType(user)}</dd>
  <dt>${t('console.user.market')}</dt><dd>${user.market}</dd>
  <dt>${t('console.users.col.status')}</dt><dd>${statusBadge(user.status)}</dd>
  <dt>${t('console.users.col.created')}</dt><dd>${when(user.createdAt)}</dd>
  <dt>${t('console.user.liveSessions')}</dt><dd>${d.liveSessions}</dd>
  ${
    closed
      ? html`<dt>${t('console.user.closed')}</dt><dd>${tx(user.closedBy === 'platform' ? 'console.user.closedByReloop' : 'console.user.closedByUser', { at: when(user.closedAt) })}</dd>
  <dt>${t('console.user.reregistration')}</dt><dd>${user.reregistrationAllowedAt ? html`${tx('console.user.authorisedAt', { at: when(user.reregistrationAllowedAt) })}${user.reregistrationAllowedBy ? html` ${tx('console.user.byOperator', { operator: html`<a href="/console/users/${user.reregistrationAllowedBy}">#${user.reregistrationAllowedBy}</a>` })}` : ''}` : t('console.user.blocked')}</dd>`
      : ''
  }
</dl>
</section>
${
  business
    ? html`<section aria-labelledby="business-h"><h2 id="business-h">${t('console.user.business')}</h2>
<dl class="specs">
  <dt>${t('console.company.legalName')}</dt><dd>${business.legalName}</dd>
  <dt>${t('console.address')}</dt><dd>${t('console.addressValue', { line: business.addressLine, postalCode: business.postalCode, city: business.city, country: business.country })}</dd>
  <dt>${t('console.company.vatNumber')}</dt><dd>${business.vatNumber ?? t('console.none')}</dd>
  <dt>${t('console.user.consultationRef')}</dt><dd>${business.vatConsultationRef ?? t('console.none')}</dd>
  <dt>${business.vatCheckResult === 'invalid' ? t('console.user.lastChecked') : t('console.user.verified')}</dt><dd>${business.vatVerifiedAt ? html`${when(business.vatVerifiedAt)}${business.vatVerifiedBy ? ` (${business.vatVerifiedBy})` : ''}${business.vatCheckResult === 'invalid' ? ` ${t('console.user.vatNotRegistered')}` : ''}` : t('console.user.notVerified')}</dd>
  <dt>${t('console.user.profileActive')}</dt><dd>${business.active ? t('console.yes') : t('console.no')}</dd>
</dl>
${mayAct && !closed && can(v.actor, 'support', 'compliance') ? companyForm(v, base, business, formFor('company')) : ''}</section>`
    : ''
}
<section aria-labelledby="roles-h"><h2 id="roles-h">${t('console.user.roles')}</h2>
${
  d.roles.length
    ? html`<ul>${d.roles.map((r) => html`<li>${tx('console.user.operatorRole', { role: r.role, since: when(r.grantedAt) })}</li>`)}</ul>`
    : html`<p>${t('console.user.noRole')}</p>`
}
${
  d.memberships.length
    ? html`<table class="data-table"><caption>${t('console.user.memberships')}</caption>
<thead><tr><th scope="col">${t('console.user.col.seller')}</th><th scope="col">${t('console.user.col.role')}</th><th scope="col">${t('console.user.col.since')}</th></tr></thead>
<tbody>${d.memberships.map((m) => html`<tr><td>${m.name} <span class="muted">(#${m.sellerId}, ${m.slug})</span></td><td>${m.role}</td><td>${when(m.since)}</td></tr>`)}</tbody></table>`
    : html`<p>${t('console.user.noMembership')}</p>`
}
</section>
<section aria-labelledby="sor-h"><h2 id="sor-h">${t('console.user.statements')}</h2>
${
  d.statements.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="sor-h">
<thead><tr><th scope="col">${t('console.sor.col.effective')}</th><th scope="col">${t('console.sor.col.measure')}</th><th scope="col">${t('console.sor.col.reason')}</th><th scope="col">${t('console.sor.col.ground')}</th><th scope="col">${t('console.sor.col.facts')}</th><th scope="col">${t('console.sor.col.source')}</th><th scope="col">${t('console.sor.col.decidedBy')}</th><th scope="col">${t('console.users.col.id')}</th></tr></thead>
<tbody>${d.statements.map(
        (
          s,
        ) => html`<tr><td>${when(s.effectiveAt)}</td><td>${s.measure}</td><td>${reasonLabel(s.reasonCode)}</td>
<td>${s.groundType === 'illegal_content' ? t('console.sor.illegal', { ground: s.legalGround ?? '' }) : t('console.sor.terms', { ground: s.contractualGround ?? '' })}</td>
<td>${s.facts}</td><td>${s.source === 'notice' ? t('console.sor.notice') : t('console.sor.ownInitiative')}</td><td>${s.decidedBy ? html`<a href="/console/users/${s.decidedBy}">#${s.decidedBy}</a>` : t('console.none')}</td><td><code>${s.id}</code></td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.noneFound')}</p>`
}
</section>
${history ?? ''}
${showClose ? closeForm(v, base, formFor('close')) : ''}
${showReopen ? reopenForm(v, base, formFor('reopen')) : ''}
${showAuthorise ? authoriseForm(v, base) : ''}
<section aria-labelledby="audit-h"><h2 id="audit-h">${t('console.user.recentActivity')}</h2>
${auditTable(d.audit, 'audit-h')}
${can(v.actor, 'admin') ? html`<p><a href="/console/audit?user=${user.id}">${t('console.user.fullAudit')}</a></p>` : ''}
</section>`,
  );
}

const reasonLabel = (code: string) =>
  code in CLOSURE_REASONS ? t(`console.closureReason.${code as keyof typeof CLOSURE_REASONS}`) : code;

function closeForm(v: Viewer, base: string, form: FormState): Html {
  return html`<section aria-labelledby="close-h" class="console-action"><h2 id="close-h">${t('console.user.close.title')}</h2>
<p>${t('console.user.close.intro')}</p>
<form method="post" action="${base}/close" novalidate>${csrfInput(v.csrf)}
  ${field(form, {
    name: 'reason',
    label: CLOSE_LABELS.reason,
    required: true,
    options: [
      { value: '', label: t('console.chooseReason') },
      ...CLOSURE_REASON_CODES.map((c) => ({ value: c, label: t(`console.closureReason.${c}`) })),
    ],
  })}
  ${textarea(form, {
    name: 'details',
    label: CLOSE_LABELS.details,
    hint: t('console.user.close.detailsHint'),
    required: true,
    maxlength: 2000,
    rows: 5,
  })}
  ${field(form, {
    name: 'legalGround',
    label: CLOSE_LABELS.legalGround,
    hint: t('console.user.close.legalGroundHint'),
    maxlength: 500,
  })}
  ${field(
    { ...form, values: { source: 'own_initiative', ...form.values } },
    {
      name: 'source',
      label: CLOSE_LABELS.source,
      options: [
        { value: 'own_initiative', label: t('console.user.close.ownInitiative') },
        { value: 'notice', label: t('console.user.close.notice') },
      ],
    },
  )}
  <button type="submit" class="danger">${t('console.user.close.title')}</button>
</form></section>`;
}

function reopenForm(v: Viewer, base: string, form: FormState): Html {
  return html`<section aria-labelledby="reopen-h" class="console-action"><h2 id="reopen-h">${t('console.user.reopen.title')}</h2>
<p>${t('console.user.reopen.intro')}</p>
<form method="post" action="${base}/reopen" novalidate>${csrfInput(v.csrf)}
  ${textarea(form, { name: 'note', label: t('console.user.note'), hint: t('console.user.reopen.noteHint'), maxlength: 2000 })}
  <button type="submit">${t('console.user.reopen.title')}</button>
</form></section>`;
}

function authoriseForm(v: Viewer, base: string): Html {
  return html`<section aria-labelledby="authorise-h" class="console-action"><h2 id="authorise-h">${t('console.user.authorise.title')}</h2>
<p>${t('console.user.authorise.intro')}</p>
<form method="post" action="${base}/authorise-reregistration">${csrfInput(v.csrf)}
  <button type="submit">${t('console.user.authorise.title')}</button>
</form></section>`;
}

/** A console action's before/after snapshot (audit_events.before/after); — when none was taken. */
const snapshot = (v: Record<string, unknown> | null) =>
  v
    ? html`<code class="details">${JSON.stringify(v)}</code>`
    : html`<span class="muted">${t('console.none')}</span>`;

function auditTable(rows: AuditRow[], labelledBy: string): Html {
  if (!rows.length) return html`<p>${t('console.audit.noEvent')}</p>`;
  return html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="${labelledBy}">
<thead><tr><th scope="col">#</th><th scope="col">${t('console.audit.col.when')}</th><th scope="col">${t('console.audit.col.action')}</th><th scope="col">${t('console.audit.col.actor')}</th><th scope="col">${t('console.audit.col.subject')}</th><th scope="col">${t('console.audit.col.ip')}</th><th scope="col">${t('console.audit.col.details')}</th><th scope="col">${t('console.audit.col.before')}</th><th scope="col">${t('console.audit.col.after')}</th></tr></thead>
<tbody>${rows.map(
    (e) => html`<tr><td>${e.id}</td><td>${when(e.at)}</td><td><code>${e.action}</code></td>
<td>${e.actorUserId ? html`<a href="/console/users/${e.actorUserId}">#${e.actorUserId}</a>` : t('console.none')}</td>
<td>${e.subjectUserId ? html`<a href="/console/users/${e.subjectUserId}">#${e.subjectUserId}</a>` : t('console.none')}</td>
<td>${e.ip ?? t('console.none')}</td><td>${Object.keys(e.details).length ? html`<code class="details">${JSON.stringify(e.details)}</code>` : ''}</td>
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
    t('console.audit.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.audit.title')}</h1>
<form class="console-filters" method="get" action="/console/audit" role="search" aria-label="${t('console.audit.filterLabel')}">
  ${field({ values: { action: q.actionText }, errors: [] }, { name: 'action', label: t('console.audit.action'), hint: t('console.audit.actionHint'), maxlength: 100 })}
  ${field({ values: { user: q.userText }, errors: [] }, { name: 'user', label: t('console.audit.user'), maxlength: 12 })}
  <button type="submit">${t('console.filter')}</button>
</form>
<h2 id="events-h">${q.before ? t('console.audit.before', { id: String(q.before) }) : t('console.audit.newest')}</h2>
${auditTable(rows, 'events-h')}
<nav class="pager" aria-label="${t('console.audit.pages')}">
  ${q.before ? html`<a href="/console/audit${params()}">${t('console.audit.newestLink')}</a>` : ''}
  ${rows.length === AUDIT_PAGE_SIZE && last ? html`<a href="/console/audit${params(last.id)}" rel="next">${t('console.audit.older')}</a>` : ''}
</nav>`,
  );
}

// ---------------------------------------------------------------------------------------------
// Operators

const roleHint = (role: OperatorRole) => t(`console.operators.role.${role}`);

export function operatorsPage(v: Viewer, ops: OperatorRow[], form: FormState = empty, done?: string): Html {
  return consoleLayout(
    t('console.operators.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.operators.title')}</h1>
${notice(done === 'invited' ? t('console.operators.invited') : undefined)}
${consoleErrorSummary(form, { email: t('console.users.col.email'), role: t('console.user.col.role') })}
<div class="table-scroll" tabindex="0"><table class="data-table"><caption>${t('console.operators.count', { count: ops.length })}</caption>
<thead><tr><th scope="col">${t('console.users.col.name')}</th><th scope="col">${t('console.users.col.email')}</th><th scope="col">${t('console.user.roles')}</th><th scope="col">${t('console.users.col.status')}</th></tr></thead>
<tbody>${ops.map(
      (
        o,
      ) => html`<tr><td><a href="/console/users/${o.userId}">${o.name || `#${o.userId}`}</a></td><td>${o.email}</td>
<td>${o.roles.map((r, i) => html`${i ? ', ' : ''}${r.role} <span class="muted">(${when(r.grantedAt)})</span>`)}</td><td>${statusBadge(o.status)}</td></tr>`,
    )}</tbody></table></div>
<section aria-labelledby="invite-h" class="console-action"><h2 id="invite-h">${t('console.operators.invite')}</h2>
<p>${t('console.operators.inviteIntro')}</p>
<form method="post" action="/console/operators/invite" novalidate>${csrfInput(v.csrf)}
  ${field(form, { name: 'email', label: t('console.users.col.email'), type: 'email', required: true, autocomplete: 'off', maxlength: 254 })}
  ${field(form, {
    name: 'role',
    label: t('console.user.col.role'),
    required: true,
    options: OPERATOR_ROLES.map((r) => ({ value: r, label: roleHint(r) })),
  })}
  <button type="submit">${t('console.operators.send')}</button>
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
      ? html`<p>${t('console.invitation.existing', { email: inv.email })}</p>
${v.actor ? html`<p>${t('console.invitation.signOutFirst', { email: v.actor.email })}</p>` : html`<p><a class="button" href="/fr-fr/sign-in?next=${encodeURIComponent(here)}">${t('console.invitation.signInAs', { email: inv.email })}</a></p>`}`
      : !v.actor?.emailVerified
        ? html`<p>${t('console.invitation.notVerified', { email: inv.email })}</p>`
        : html`<p>${t('console.invitation.signedIn', { email: inv.email })}</p>
<form method="post" action="/console/invitation" novalidate>${csrfInput(v.csrf)}
  ${tokenField}
  <button type="submit">${t('console.invitation.accept')}</button>
</form>`;
  return consoleLayout(
    t('console.invitation.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.invitation.title')}</h1>
${consoleErrorSummary(form, { name: t('console.invitation.name'), password: t('console.invitation.password'), token: t('console.invitation.token') })}
<p>${tx('console.invitation.invitedAs', { role: html`<strong>${inv.role}</strong>`, email: html`<strong>${inv.email}</strong>` })}</p>
${
  inv.existingAccount
    ? existing
    : html`<p>${t('console.invitation.create')}</p>
<form method="post" action="/console/invitation" novalidate>${csrfInput(v.csrf)}
  ${tokenField}
  <input type="text" name="username" value="${inv.email}" autocomplete="username" hidden>
  ${field(form, { name: 'name', label: t('console.invitation.name'), required: true, autocomplete: 'name', maxlength: 100 })}
  ${field(form, { name: 'password', label: t('console.invitation.password'), type: 'password', hint: t('console.invitation.passwordHint'), required: true, autocomplete: 'new-password' })}
  <button type="submit">${t('console.invitation.accept')}</button>
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
  return html`<details class="console-action"${form.errors.length ? raw(' open') : ''}><summary>${t('console.company.change')}</summary>
<form method="post" action="${base}/company" novalidate>${csrfInput(v.csrf)}
  ${field(f, { name: 'legalName', label: t('console.company.legalName'), required: true, maxlength: 200 })}
  ${field(f, { name: 'addressLine', label: t('console.company.addressLine'), required: true, maxlength: 200 })}
  ${field(f, { name: 'postalCode', label: t('console.company.postalCode'), required: true, maxlength: 20 })}
  ${field(f, { name: 'city', label: t('console.company.city'), required: true, maxlength: 100 })}
  ${field(f, { name: 'country', label: t('console.company.country'), required: true, maxlength: 2 })}
  ${field(f, { name: 'vatNumber', label: t('console.company.vatNumber'), hint: t('console.company.vatHint'), maxlength: 30 })}
  ${textarea(form, { name: 'note', label: t('console.company.why'), hint: t('console.company.whyHint'), maxlength: 2000 })}
  <button type="submit">${t('console.company.save')}</button>
</form></details>`;
}
