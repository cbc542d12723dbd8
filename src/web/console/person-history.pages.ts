/**
 * The console user page's after-sales section: the person's orders, care folders, insurance claims
 * and tickets (issue 14).
 */
import { html } from 'hono/html';
import type { PersonHistory } from '../../modules/customer-service/person-history.read-model.ts';
import { orderStateKey } from '../../modules/orders/order-states.ts';
import type { Html } from '../ui/layout.ts';
import { dueCell, folderStatusName, problemName } from './care.pages.ts';
import { t, when } from './console-layout.ts';
import { money } from './money.pages.ts';
import { ticketStatusName, ticketTopicName } from './tickets.pages.ts';

export function personHistorySection(h: PersonHistory): Html {
  return html`<section aria-labelledby="history-h"><h2 id="history-h">${t('console.history.title')}</h2>
<h3 id="history-orders-h">${t('console.history.orders')}</h3>
${
  h.orders.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="history-orders-h">
<thead><tr><th scope="col">${t('console.order.col.order')}</th><th scope="col">${t('console.order.placed')}</th><th scope="col">${t('console.order.seller')}</th><th scope="col">${t('console.order.state')}</th><th scope="col" class="num">${t('console.order.col.total')}</th></tr></thead>
<tbody>${h.orders.map(
        (o) =>
          html`<tr><th scope="row"><a href="/console/orders/${o.id}">#${o.id}</a></th><td>${when(o.createdAt)}</td><td>#${o.sellerId}</td><td>${t(orderStateKey(o.state))}</td><td class="num">${money(o.totalMinor, o.currency)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.history.noOrder')}</p>`
}
<h3 id="history-folders-h">${t('console.history.folders')}</h3>
${
  h.folders.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="history-folders-h">
<thead><tr><th scope="col">${t('console.care.col.folder')}</th><th scope="col">${t('console.care.col.order')}</th><th scope="col">${t('console.care.col.problem')}</th><th scope="col">${t('console.care.col.status')}</th><th scope="col">${t('console.care.col.due')}</th><th scope="col">${t('console.care.col.lastMessage')}</th></tr></thead>
<tbody>${h.folders.map(
        (f) =>
          html`<tr><th scope="row"><a href="/console/care/${f.id}">#${f.id}</a></th><td><a href="/console/orders/${f.orderId}">#${f.orderId}</a></td><td>${problemName(f.problem)}</td><td>${folderStatusName(f.status)}</td><td>${dueCell(f)}</td><td>${when(f.lastMessageAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.history.noFolder')}</p>`
}
<h3 id="history-insurance-h">${t('console.history.insuranceClaims')}</h3>
${
  h.insuranceClaims.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="history-insurance-h">
<thead><tr><th scope="col">${t('console.insuranceClaim.col.claim')}</th><th scope="col">${t('console.care.col.order')}</th><th scope="col">${t('console.insuranceClaim.col.policy')}</th><th scope="col">${t('console.insuranceClaim.col.cover')}</th><th scope="col">${t('console.insuranceClaim.col.incident')}</th><th scope="col">${t('console.care.col.status')}</th><th scope="col">${t('console.insuranceClaim.col.filed')}</th></tr></thead>
<tbody>${h.insuranceClaims.map(
        (x) =>
          html`<tr><th scope="row">${x.providerClaimRef}</th><td><a href="/console/orders/${x.orderId}">#${x.orderId}</a></td><td>${x.policyRef}</td><td>${t(`console.insuranceClaim.cover.${x.cover}`)}</td><td>${x.incidentOn}</td><td>${t(`console.insuranceClaim.status.${x.status}`)}${x.outcome ? html` (${t(`console.insuranceClaim.outcome.${x.outcome}`)})` : ''}${x.refusalReason === 'no_proof_of_theft' ? html` (${t('console.insuranceClaim.refusal.no_proof_of_theft')})` : ''}</td><td>${when(x.filedAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.history.noInsuranceClaim')}</p>`
}
<h3 id="history-tickets-h">${t('console.history.tickets')}</h3>
${
  h.tickets.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="history-tickets-h">
<thead><tr><th scope="col">${t('console.tickets.col.ticket')}</th><th scope="col">${t('console.tickets.col.topic')}</th><th scope="col">${t('console.tickets.col.email')}</th><th scope="col">${t('console.tickets.col.status')}</th><th scope="col">${t('console.tickets.col.lastMessage')}</th></tr></thead>
<tbody>${h.tickets.map(
        (x) =>
          html`<tr><th scope="row"><a href="/console/tickets/${x.id}">#${x.id}</a></th><td>${ticketTopicName(x.topic)}</td><td>${x.email}</td><td>${ticketStatusName(x.status)}</td><td>${when(x.lastMessageAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.history.noTicket')}</p>`
}
</section>`;
}
