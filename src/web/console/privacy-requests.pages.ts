/**
 * The request desk (issue 16): data-subject requests sorted by due day with their timers (overdue
 * in red), filtered by state, and one request's page with its actions: verify the identity, extend
 * once with reasons, answer (fulfil or refuse). English only, like the rest of the console.
 */
import { html, raw } from 'hono/html';
import type { DeskFilter, PrivacyRequestRow } from '../../modules/privacy/privacy-requests.store.ts';
import { DESK_FILTERS } from '../../modules/privacy/privacy-requests.store.ts';
import { MAX_EXTENSION, type Timer } from '../../modules/privacy/request-deadline.rules.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  consoleErrorSummary,
  consoleLayout,
  csrfInput,
  t,
  textarea,
  type Viewer,
  when,
} from './console-layout.ts';

const empty: FormState = { values: {}, errors: [] };

export const DESK_DONE = {
  verified: 'console.privacy.done.verified',
  extended: 'console.privacy.done.extended',
  answered: 'console.privacy.done.answered',
  refused: 'console.privacy.done.refused',
} as const;
export type DeskDone = keyof typeof DESK_DONE;
export type DeskSection = 'identity' | 'extend' | 'answer';
export type DeskRow = PrivacyRequestRow & { timer: Timer };

export function timerBadge(tm: Timer): Html {
  if (tm.state === 'closed') return html`<span class="status">${t('console.privacy.timer.closed')}</span>`;
  if (tm.state === 'overdue')
    return html`<strong class="status status-closed">${t('console.privacy.timer.overdue', { days: tm.days })}</strong>`;
  return html`<span class="status ${tm.days <= 7 ? 'status-submitted' : 'status-active'}">${t('console.privacy.timer.due', { days: tm.days })}</span>`;
}

const kindName = (k: string) => t(`privacy.kind.${k as PrivacyRequestRow['kind']}`);
const statusName = (s: string) => t(`console.privacy.status.${s as PrivacyRequestRow['status']}`);

export function deskPage(v: Viewer, filter: DeskFilter, rows: DeskRow[]): Html {
  return consoleLayout(
    t('console.privacy.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.privacy.title')}</h1>
<p>${t('console.privacy.intro')}</p>
<form class="console-filters" method="get" action="/console/privacy-requests" role="search" aria-label="${t('console.privacy.filters')}">
  <div class="field"><label for="f-status">${t('console.privacy.col.status')}</label>
  <select id="f-status" name="status">${DESK_FILTERS.map(
    (s) =>
      html`<option value="${s}"${s === filter ? raw(' selected') : ''}>${t(`console.privacy.filter.${s}`)}</option>`,
  )}</select></div>
  <button type="submit">${t('console.filter')}</button>
</form>
${
  rows.length
    ? html`<table class="data-table"><caption>${t('console.privacy.count', { count: rows.length })}</caption><thead><tr><th scope="col">${t('console.privacy.col.request')}</th><th scope="col">${t('console.privacy.col.kind')}</th><th scope="col">${t('console.privacy.col.requester')}</th><th scope="col">${t('console.privacy.col.received')}</th><th scope="col">${t('console.privacy.col.due')}</th><th scope="col">${t('console.privacy.col.status')}</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><th scope="row"><a href="/console/privacy-requests/${r.id}">#${r.id}</a></th><td>${kindName(r.kind)} <span class="muted">(${r.regime.toUpperCase()})</span></td><td>${r.name} <span class="muted">${r.email}</span></td><td>${r.receivedOn}</td><td>${r.dueOn}${r.extendedAt ? html` <span class="muted">${t('console.privacy.extended')}</span>` : ''} ${timerBadge(r.timer)}</td><td>${statusName(r.status)}</td></tr>`,
      )}</tbody></table>`
    : html`<p>${t('console.privacy.empty')}</p>`
}`,
  );
}

export function deskRequestPage(
  v: Viewer,
  r: DeskRow,
  form: FormState & { section?: DeskSection } = empty,
  done?: DeskDone,
): Html {
  const formFor = (s: DeskSection): FormState => (form.section === s ? form : empty);
  const title = t('console.privacy.requestTitle', { id: String(r.id) });
  const base = `/console/privacy-requests/${r.id}`;
  const ext = MAX_EXTENSION[r.regime];
  const open = r.status === 'open';
  return consoleLayout(
    title,
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/privacy-requests">${t('console.privacy.title')}</a></li><li aria-current="page">${title}</li></ol></nav>
<h1>${title}</h1>
${notice(done ? t(DESK_DONE[done]) : undefined)}
${consoleErrorSummary(form, { note: t('console.privacy.identity.note'), reason: t('console.privacy.extend.reason'), by: t('console.privacy.extend.by'), text: t('console.privacy.answer.text'), outcome: t('console.privacy.answer.outcome') })}
<section aria-labelledby="summary-h"><h2 id="summary-h">${t('console.privacy.summary')}</h2>
<dl class="specs">
  <dt>${t('console.privacy.col.kind')}</dt><dd>${kindName(r.kind)} (${r.regime.toUpperCase()})</dd>
  <dt>${t('console.privacy.col.requester')}</dt><dd>${r.name} · ${r.email}</dd>
  <dt>${t('console.privacy.account')}</dt><dd>${r.userId ? html`<a href="/console/users/${r.userId}">#${r.userId}</a>` : t('console.privacy.noAccount')}</dd>
  <dt>${t('console.privacy.source')}</dt><dd>${t(r.source === 'form' ? 'console.privacy.source.form' : 'console.privacy.source.account')} · ${r.locale} (${r.market})</dd>
  <dt>${t('console.privacy.col.received')}</dt><dd>${when(r.receivedAt)}</dd>
  <dt>${t('console.privacy.emailVerified')}</dt><dd>${when(r.emailVerifiedAt)}</dd>
  <dt>${t('console.privacy.identityVerified')}</dt><dd>${when(r.identityVerifiedAt)}${r.identityNote ? html` — ${r.identityNote}` : ''}</dd>
  <dt>${t('console.privacy.col.due')}</dt><dd>${r.dueOn} ${timerBadge(r.timer)}</dd>
  <dt>${t('console.privacy.firstDue')}</dt><dd>${r.initialDueOn}</dd>
  ${r.extendedAt ? html`<dt>${t('console.privacy.extended')}</dt><dd>${when(r.extendedAt)} — ${r.extensionReason}</dd>` : ''}
  <dt>${t('console.privacy.col.status')}</dt><dd>${statusName(r.status)}</dd>
  ${r.answeredAt ? html`<dt>${t('console.privacy.answeredAt')}</dt><dd>${when(r.answeredAt)}${r.answerText ? html`<p class="pre-wrap">${r.answerText}</p>` : ''}</dd>` : ''}
</dl>
<h3>${t('console.privacy.details')}</h3>
<p class="pre-wrap">${r.details || t('console.none')}</p>
</section>
${
  open && !r.identityVerifiedAt
    ? html`<section aria-labelledby="identity-h"><h2 id="identity-h">${t('console.privacy.identity.title')}</h2>
<p>${t('console.privacy.identity.text')}</p>
<form method="post" action="${base}/verify-identity">${csrfInput(v.csrf)}
${textarea(formFor('identity'), { name: 'note', label: t('console.privacy.identity.note'), hint: t('console.privacy.identity.hint'), required: true, maxlength: 1000, rows: 2 })}
<button type="submit">${t('console.privacy.identity.submit')}</button></form></section>`
    : ''
}
${
  open && !r.extendedAt
    ? html`<section aria-labelledby="extend-h"><h2 id="extend-h">${t('console.privacy.extend.title')}</h2>
<p>${t('console.privacy.extend.text', { date: r.initialDueOn })}</p>
<form method="post" action="${base}/extend">${csrfInput(v.csrf)}
${textarea(formFor('extend'), { name: 'reason', label: t('console.privacy.extend.reason'), hint: t('console.privacy.extend.hint'), required: true, maxlength: 2000, rows: 3 })}
${field(
  { ...formFor('extend'), values: { by: String(ext.max), ...formFor('extend').values } },
  {
    name: 'by',
    label: t('console.privacy.extend.by'),
    required: true,
    options: Array.from({ length: ext.unit === 'months' ? ext.max : 3 }, (_, i) =>
      ext.unit === 'months' ? i + 1 : [15, 30, 45][i]!,
    ).map((n) => ({
      value: String(n),
      label: t(ext.unit === 'months' ? 'console.privacy.extend.months' : 'console.privacy.extend.days', {
        count: n,
      }),
    })),
  },
)}
<button type="submit">${t('console.privacy.extend.submit')}</button></form></section>`
    : ''
}
${
  open
    ? html`<section aria-labelledby="answer-h"><h2 id="answer-h">${t('console.privacy.answer.title')}</h2>
<p>${t(`console.privacy.answer.help.${r.kind === 'erasure' ? 'erasure' : ['access', 'portability', 'know'].includes(r.kind) ? 'data' : 'other'}`)}</p>
<form method="post" action="${base}/answer">${csrfInput(v.csrf)}
${field(formFor('answer'), {
  name: 'outcome',
  label: t('console.privacy.answer.outcome'),
  required: true,
  options: [
    { value: 'fulfil', label: t('console.privacy.answer.fulfil') },
    { value: 'refuse', label: t('console.privacy.answer.refuse') },
  ],
})}
${textarea(formFor('answer'), { name: 'text', label: t('console.privacy.answer.text'), hint: t('console.privacy.answer.hint', { locale: r.locale }), maxlength: 6000, rows: 6 })}
<button type="submit">${t('console.privacy.answer.submit')}</button></form></section>`
    : ''
}`,
  );
}
