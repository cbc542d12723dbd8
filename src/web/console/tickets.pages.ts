/** Platform support tickets (contact form, ToU art. 8.1) in the console (issue 14). English only. */
import { html, raw } from 'hono/html';
import { TICKET_STATUSES, TICKET_TOPICS } from '../../modules/customer-service/support-ticket.rules.ts';
import type { TicketMessage, TicketRow } from '../../modules/customer-service/tickets.queries.ts';
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

export type TicketFilters = { status: string; assignee: '' | 'me' | 'none' };
export type TicketSection = 'reply' | 'note' | 'status';

export const TICKET_DONE = {
  replied: 'console.tickets.done.replied',
  noted: 'console.tickets.done.noted',
  assigned: 'console.tickets.done.assigned',
  unassigned: 'console.tickets.done.unassigned',
  status: 'console.tickets.done.status',
} as const;
export type TicketDone = keyof typeof TICKET_DONE;

const isKnown = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);
export const ticketStatusName = (s: string) =>
  isKnown(TICKET_STATUSES, s) ? t(`console.tickets.status.${s}`) : s;
export const ticketTopicName = (s: string) =>
  isKnown(TICKET_TOPICS, s) ? t(`console.tickets.topic.${s}`) : s;
const kindName = (k: string) =>
  k === 'customer' || k === 'reply' || k === 'note' ? t(`console.tickets.kind.${k}`) : k;
const kindClass = (k: string) => (k === 'note' ? 'message internal' : 'message');
const assignAction = (mine: boolean) => (mine ? 'unassign' : 'assign');
const operatorLink = (id: number | null) =>
  id ? html`<a href="/console/users/${id}">#${id}</a>` : html`${t('console.tickets.unassigned')}`;
const selected = (on: boolean) => (on ? raw(' selected') : '');

export function ticketsPage(v: Viewer, f: TicketFilters, rows: TicketRow[]): Html {
  return consoleLayout(
    t('console.tickets.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.tickets.title')}</h1>
<p>${t('console.tickets.intro')}</p>
<form class="console-filters" method="get" action="/console/tickets" role="search" aria-label="${t('console.tickets.filters')}">
  <div class="field"><label for="f-status">${t('console.tickets.col.status')}</label>
  <select id="f-status" name="status"><option value="">${t('console.tickets.any')}</option>${TICKET_STATUSES.map(
    (s) => html`<option value="${s}"${selected(f.status === s)}>${ticketStatusName(s)}</option>`,
  )}</select></div>
  <div class="field"><label for="f-assignee">${t('console.tickets.col.assignee')}</label>
  <select id="f-assignee" name="assignee"><option value="">${t('console.tickets.anyone')}</option><option value="me"${selected(f.assignee === 'me')}>${t('console.tickets.assignedToMe')}</option><option value="none"${selected(f.assignee === 'none')}>${t('console.tickets.unassigned')}</option></select></div>
  <button type="submit">${t('console.filter')}</button>
</form>
<h2 id="tickets-h">${t('console.results')}</h2>
${
  rows.length
    ? html`<p role="status">${t('console.tickets.count', { count: rows.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="tickets-h">
<thead><tr><th scope="col">${t('console.tickets.col.ticket')}</th><th scope="col">${t('console.tickets.col.topic')}</th><th scope="col">${t('console.tickets.col.email')}</th><th scope="col">${t('console.tickets.col.status')}</th><th scope="col">${t('console.tickets.col.assignee')}</th><th scope="col">${t('console.tickets.col.lastMessage')}</th></tr></thead>
<tbody>${rows.map(
        (r) =>
          html`<tr><th scope="row"><a href="/console/tickets/${r.id}">#${r.id}</a></th><td>${ticketTopicName(r.topic)}</td><td>${r.email}</td><td>${ticketStatusName(r.status)}</td><td>${operatorLink(r.assignedOperatorId)}</td><td>${when(r.lastMessageAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.tickets.empty')}</p>`
}`,
  );
}

export function ticketPage(
  v: Viewer,
  d: { ticket: TicketRow; messages: TicketMessage[] },
  form: FormState & { section?: TicketSection } = empty,
  done?: TicketDone,
): Html {
  const { ticket } = d;
  const formFor = (s: TicketSection): FormState => (form.section === s ? form : empty);
  const base = `/console/tickets/${ticket.id}`;
  const mine = !!v.actor && ticket.assignedOperatorId === v.actor.userId;
  const statusForm = formFor('status').values.status
    ? formFor('status')
    : { ...formFor('status'), values: { status: ticket.status } };
  const title = t('console.tickets.ticketTitle', { id: String(ticket.id) });
  return consoleLayout(
    title,
    v.actor,
    v.csrf,
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/tickets">${t('console.tickets.title')}</a></li><li aria-current="page">${title}</li></ol></nav>
<h1>${title}</h1>
${notice(done ? t(TICKET_DONE[done]) : undefined)}
${consoleErrorSummary(form, { body: t('console.tickets.message'), status: t('console.tickets.col.status') })}
<section aria-labelledby="ticket-h"><h2 id="ticket-h">${t('console.tickets.summary')}</h2>
<dl class="specs">
  <dt>${t('console.tickets.col.email')}</dt><dd>${ticket.email}</dd>
  <dt>${t('console.tickets.account')}</dt><dd>${ticket.userId ? html`<a href="/console/users/${ticket.userId}">#${ticket.userId}</a>` : t('console.tickets.signedOut')}</dd>
  <dt>${t('console.tickets.col.topic')}</dt><dd>${ticketTopicName(ticket.topic)}</dd>
  <dt>${t('console.tickets.language')}</dt><dd>${ticket.locale} <span class="muted">(${ticket.market})</span></dd>
  <dt>${t('console.tickets.col.status')}</dt><dd>${ticketStatusName(ticket.status)}</dd>
  <dt>${t('console.tickets.col.assignee')}</dt><dd>${operatorLink(ticket.assignedOperatorId)}</dd>
  <dt>${t('console.tickets.received')}</dt><dd>${when(ticket.createdAt)}</dd>
</dl>
<form method="post" action="${base}/${assignAction(mine)}" class="inline">${csrfInput(v.csrf)}<button type="submit">${mine ? t('console.tickets.unassign') : t('console.tickets.assignMe')}</button></form>
</section>
<section aria-labelledby="history-h"><h2 id="history-h">${t('console.tickets.history')}</h2>
<ol class="thread">${d.messages.map(
      (m) => html`<li class="${kindClass(m.kind)}">
  <p><strong>${kindName(m.kind)}</strong>${m.authorUserId && m.kind !== 'customer' ? html` ${operatorLink(m.authorUserId)}` : ''} · ${when(m.createdAt)}</p>
  <p class="pre-wrap">${m.body}</p>
</li>`,
    )}</ol>
</section>
<section aria-labelledby="reply-h"><h2 id="reply-h">${t('console.tickets.reply')}</h2>
<form method="post" action="${base}/reply">${csrfInput(v.csrf)}
${textarea(formFor('reply'), { name: 'body', label: t('console.tickets.message'), hint: t('console.tickets.replyHint', { email: ticket.email, locale: ticket.locale }), required: true, maxlength: 5000 })}
<button type="submit">${t('console.tickets.send')}</button></form>
</section>
<section aria-labelledby="note-h"><h2 id="note-h">${t('console.tickets.note')}</h2>
<form method="post" action="${base}/note">${csrfInput(v.csrf)}
${textarea(formFor('note'), { name: 'body', label: t('console.tickets.message'), hint: t('console.tickets.noteHint'), required: true, maxlength: 5000 })}
<button type="submit">${t('console.tickets.addNote')}</button></form>
</section>
<section aria-labelledby="status-h"><h2 id="status-h">${t('console.tickets.changeStatus')}</h2>
<form method="post" action="${base}/status">${csrfInput(v.csrf)}
${field(statusForm, { name: 'status', label: t('console.tickets.col.status'), required: true, options: TICKET_STATUSES.map((s) => ({ value: s, label: ticketStatusName(s) })) })}
<button type="submit">${t('console.tickets.saveStatus')}</button></form>
</section>`,
  );
}
