/** Customer service's care queue and a care folder's whole history (issue 14). English only. */
import { html, raw } from 'hono/html';
import { FOLDER_STATUSES } from '../../modules/after-sales/care.rules.ts';
import type { FolderSummary, FolderThread } from '../../modules/after-sales/care-folders.read-model.ts';
import {
  CLOSING_REASONS,
  likelyClosingReason,
  PROBLEMS,
  type Problem,
} from '../../modules/after-sales/outcomes.rules.ts';
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

const empty: FormState = { values: {}, errors: [] };

export type CareFilters = { status: string; assigned: '' | 'me' | 'none' };

/** Done notices after an action, by the `done` query value. */
export const CARE_DONE = {
  replied: 'console.care.done.replied',
  noted: 'console.care.done.noted',
  assigned: 'console.care.done.assigned',
  unassigned: 'console.care.done.unassigned',
  closed: 'console.care.done.closed',
} as const;
export type CareDone = keyof typeof CARE_DONE;

export type CareSection = 'reply' | 'note' | 'close';

const isKnown = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

export const problemName = (p: string) => (isKnown(PROBLEMS, p) ? t(`console.care.problem.${p}`) : p);
export const folderStatusName = (s: string) =>
  isKnown(FOLDER_STATUSES, s) ? t(`console.care.status.${s}`) : s;
const reasonName = (r: string) => (isKnown(CLOSING_REASONS, r) ? t(`console.care.reason.${r}`) : r);
const partyName = (p: string) =>
  p === 'buyer' || p === 'seller' || p === 'operator' ? t(`console.care.party.${p}`) : p;

/** Who must answer and by when, with "overdue" said in words (never by colour alone). */
export function dueCell(f: FolderSummary): Html {
  if (!f.due) return html`${t('console.none')}`;
  return html`${t('console.care.dueBy', { party: f.due.party, by: f.due.by })}${f.due.overdue ? html` <strong class="status status-overdue">${t('console.care.overdue')}</strong>` : ''}`;
}

const messageClass = (internal: boolean) => (internal ? 'message internal' : 'message');
const assignAction = (mine: boolean) => (mine ? 'unassign' : 'assign');

const operatorLink = (id: number | null) =>
  id ? html`<a href="/console/users/${id}">#${id}</a>` : html`${t('console.care.unassigned')}`;

export function careQueuePage(v: Viewer, f: CareFilters, rows: FolderSummary[]): Html {
  const selected = (on: boolean) => (on ? raw(' selected') : '');
  return consoleLayout(
    t('console.care.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.care.title')}</h1>
<p>${t('console.care.intro')}</p>
<form class="console-filters" method="get" action="/console/care" role="search" aria-label="${t('console.care.filters')}">
  <div class="field"><label for="f-status">${t('console.care.col.status')}</label>
  <select id="f-status" name="status"><option value="">${t('console.care.allOpen')}</option>${FOLDER_STATUSES.filter(
    (s) => s !== 'closed',
  ).map(
    (s) => html`<option value="${s}"${selected(f.status === s)}>${folderStatusName(s)}</option>`,
  )}</select></div>
  <div class="field"><label for="f-assigned">${t('console.care.col.assigned')}</label>
  <select id="f-assigned" name="assigned"><option value="">${t('console.care.anyone')}</option><option value="me"${selected(f.assigned === 'me')}>${t('console.care.assignedToMe')}</option><option value="none"${selected(f.assigned === 'none')}>${t('console.care.unassigned')}</option></select></div>
  <button type="submit">${t('console.filter')}</button>
</form>
<h2 id="queue-h">${t('console.care.queue')}</h2>
${
  rows.length
    ? html`<p role="status">${t('console.care.count', { count: rows.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="queue-h">
<thead><tr><th scope="col">${t('console.care.col.folder')}</th><th scope="col">${t('console.care.col.problem')}</th><th scope="col">${t('console.care.col.status')}</th><th scope="col">${t('console.care.col.due')}</th><th scope="col">${t('console.care.col.assigned')}</th><th scope="col">${t('console.care.col.order')}</th><th scope="col">${t('console.care.col.lastMessage')}</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><th scope="row"><a href="/console/care/${r.id}">#${r.id}</a></th><td>${problemName(r.problem)}</td><td>${folderStatusName(r.status)}${r.escalated ? html` <span class="muted">(${t('console.care.escalated')})</span>` : ''}</td><td>${dueCell(r)}</td><td>${operatorLink(r.assignedOperatorId)}</td><td><a href="/console/orders/${r.orderId}">#${r.orderId}</a></td><td>${when(r.lastMessageAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.care.empty')}</p>`
}`,
  );
}

export function careFolderPage(
  v: Viewer,
  f: FolderThread,
  form: FormState & { section?: CareSection } = empty,
  done?: CareDone,
): Html {
  const formFor = (s: CareSection): FormState => (form.section === s ? form : empty);
  const base = `/console/care/${f.id}`;
  const mine = !!v.actor && f.assignedOperatorId === v.actor.userId;
  const closeValues = formFor('close').values.reason
    ? formFor('close')
    : { ...formFor('close'), values: { reason: likelyClosingReason(f.problem as Problem) } };
  return consoleLayout(
    t('console.care.folderTitle', { id: String(f.id) }),
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/care">${t('console.care.title')}</a></li><li aria-current="page">${t('console.care.folderTitle', { id: String(f.id) })}</li></ol></nav>
<h1>${t('console.care.folderTitle', { id: String(f.id) })}</h1>
${notice(done ? t(CARE_DONE[done]) : undefined)}
${consoleErrorSummary(form, { body: t('console.care.message'), reason: t('console.care.closingReason') })}
<section aria-labelledby="folder-h"><h2 id="folder-h">${t('console.care.summary')}</h2>
<dl class="specs">
  <dt>${t('console.care.col.order')}</dt><dd>${tx('console.care.orderLine', { order: html`<a href="/console/orders/${f.orderId}">#${f.orderId}</a>`, line: String(f.orderLineId) })}</dd>
  <dt>${t('console.care.seller')}</dt><dd>#${f.sellerId}</dd>
  <dt>${t('console.care.market')}</dt><dd>${f.market}</dd>
  <dt>${t('console.care.col.problem')}</dt><dd>${problemName(f.problem)}</dd>
  <dt>${t('console.care.col.status')}</dt><dd>${folderStatusName(f.status)}${f.escalated ? html` <span class="muted">(${t('console.care.escalated')})</span>` : ''}</dd>
  <dt>${t('console.care.col.due')}</dt><dd>${dueCell(f)}</dd>
  <dt>${t('console.care.col.assigned')}</dt><dd>${operatorLink(f.assignedOperatorId)}</dd>
  <dt>${t('console.care.opened')}</dt><dd>${when(f.openedAt)}</dd>
  ${f.closingReason ? html`<dt>${t('console.care.closingReason')}</dt><dd>${reasonName(f.closingReason)}</dd>` : ''}
</dl>
<form method="post" action="${base}/${assignAction(mine)}" class="inline">${csrfInput(v.csrf)}<button type="submit">${mine ? t('console.care.unassign') : t('console.care.assignMe')}</button></form>
</section>
<section aria-labelledby="history-h"><h2 id="history-h">${t('console.care.history')}</h2>
${
  f.messages.length
    ? html`<ol class="thread">${f.messages.map(
        (m) => html`<li class="${messageClass(m.internal)}">
  <p><strong>${partyName(m.party)}</strong>${m.internal ? html` <span class="status status-internal">${t('console.care.internalNote')}</span>` : ''} · ${when(m.createdAt)}</p>
  <p class="pre-wrap">${m.body}</p>
  ${m.files.length ? html`<ul>${m.files.map((x) => html`<li><a href="${base}/files/${x.id}">${x.fileName}</a> <span class="muted">(${x.contentType})</span></li>`)}</ul>` : ''}
</li>`,
      )}</ol>`
    : html`<p>${t('console.care.noMessage')}</p>`
}
</section>
<section aria-labelledby="reply-h"><h2 id="reply-h">${t('console.care.reply')}</h2>
<form method="post" action="${base}/reply">${csrfInput(v.csrf)}
${textarea(formFor('reply'), { name: 'body', label: t('console.care.message'), hint: t('console.care.replyHint'), required: true, maxlength: 5000 })}
<button type="submit">${t('console.care.send')}</button></form>
</section>
<section aria-labelledby="note-h"><h2 id="note-h">${t('console.care.note')}</h2>
<form method="post" action="${base}/note">${csrfInput(v.csrf)}
${textarea(formFor('note'), { name: 'body', label: t('console.care.message'), hint: t('console.care.noteHint'), required: true, maxlength: 5000 })}
<button type="submit">${t('console.care.addNote')}</button></form>
</section>
${
  f.status === 'closed'
    ? ''
    : html`<section aria-labelledby="close-h"><h2 id="close-h">${t('console.care.close')}</h2>
<form method="post" action="${base}/close">${csrfInput(v.csrf)}
${field(closeValues, { name: 'reason', label: t('console.care.closingReason'), hint: t('console.care.closeHint'), required: true, options: CLOSING_REASONS.map((r) => ({ value: r, label: reasonName(r) })) })}
<button type="submit">${t('console.care.closeFolder')}</button></form>
</section>`
}`,
  );
}
