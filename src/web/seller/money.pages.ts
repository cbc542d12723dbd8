/** The seller portal's money page: balance, statements, Reloop's invoices, credit notes and payouts. */
import { html } from 'hono/html';
import type { CreditNote } from '../../modules/documents/documents.types.ts';
import type { listPayouts } from '../../modules/payouts/seller-money.read-model.ts';
import type { Html } from '../ui/layout.ts';
import { money, type SellerView, sellerBase, sellerPage, when } from './seller-layout.ts';

/** The last `n` calendar months before `now` (the current one is not invoiced yet), newest first. */
export function lastMonths(now: Date, n: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

export function moneyPage(
  v: SellerView,
  a: {
    now: Date;
    due: Array<{ currency: string; owedMinor: number }>;
    estimates: Array<{ currency: string; amountMinor: number }>;
    payoutDelayDays: number;
    payouts: Awaited<ReturnType<typeof listPayouts>>;
    /** Issued in the seller's name after refunds and cancellations, newest first. */
    creditNotes?: CreditNote[];
    /** Reloop's invoices already issued (the others are issued on first download). */
    platformInvoices?: Array<{ period: string; number: string; issuedAt: Date }>;
  },
): Html {
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const today = a.now.toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 7)}-01`;
  const months = lastMonths(a.now, 12);
  return sellerPage(
    t('portal.money.title'),
    v,
    html`<h1>${t('portal.money.title')}</h1>
<section class="panel" aria-labelledby="due-h"><h2 id="due-h">${t('portal.money.balance')}</h2>
${
  a.due.length
    ? html`<dl class="facts">${a.due.map((d) => html`<dt>${t('portal.dashboard.due', { currency: d.currency })}</dt><dd>${money(d.owedMinor, d.currency, v.locale)}</dd>`)}${a.estimates.map(
        (e) =>
          html`<dt>${t('portal.dashboard.nextPayout', { currency: e.currency })}</dt><dd>${money(e.amountMinor, e.currency, v.locale)}</dd>`,
      )}</dl>`
    : html`<p class="empty">${t('portal.money.noMovement')}</p>`
}
<p class="small muted">${t('portal.money.payableNote', { days: a.payoutDelayDays })}</p>
</section>
<section class="panel" aria-labelledby="statements-h"><h2 id="statements-h">${t('portal.money.statements')}</h2>
<p>${t('portal.money.thisMonth')} <a href="${base}/statements.csv?from=${monthStart}&amp;to=${today}" download>CSV</a> · <a href="${base}/statements.pdf?from=${monthStart}&amp;to=${today}" download>PDF</a></p>
<form method="get" action="${base}/statements.csv" class="inline-form">
  <label for="st-from">${t('portal.money.from')}</label><input id="st-from" name="from" type="date" value="${monthStart}" required>
  <label for="st-to">${t('portal.money.to')}</label><input id="st-to" name="to" type="date" value="${today}" required>
  <button type="submit">${t('portal.money.downloadCsv')}</button>
  <button type="submit" formaction="${base}/statements.pdf" class="secondary">${t('portal.money.downloadPdf')}</button>
</form>
</section>
<section class="panel" aria-labelledby="invoices-h"><h2 id="invoices-h">${t('portal.money.invoices')}</h2>
<p class="small muted">${t('portal.money.invoicesNote')}</p>
<ul class="link-list">${months.map((m) => {
      const issued = (a.platformInvoices ?? []).find((i) => i.period === m);
      return html`<li><a href="${base}/platform-invoices/${m}.pdf" download>${m}</a>${issued ? html` <span class="small muted">${t('portal.money.invoiceIssued', { number: issued.number })} ${when(issued.issuedAt, v.locale)}</span>` : ''}</li>`;
    })}</ul>
</section>
<section class="panel" aria-labelledby="credit-notes-h"><h2 id="credit-notes-h">${t('portal.money.creditNotes')}</h2>
<p class="small muted">${t('portal.money.creditNotesNote')}</p>
${
  (a.creditNotes ?? []).length === 0
    ? html`<p class="empty">${t('portal.money.noCreditNote')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.money.creditNotesCaption')}</caption>
<thead><tr><th scope="col">${t('portal.money.creditNote')}</th><th scope="col">${t('portal.money.issued')}</th><th scope="col">${t('portal.orders.order')}</th><th scope="col">${t('portal.money.creditsInvoice')}</th><th scope="col" class="num">${t('portal.money.amountCredited')}</th><th scope="col">PDF</th></tr></thead>
<tbody>${(a.creditNotes ?? []).map(
        (n) =>
          html`<tr><td>${n.number}${n.cancelsNumber ? html` <span class="muted">${t('portal.money.cancels', { number: n.cancelsNumber })}</span>` : ''}</td><td>${when(n.issuedAt, v.locale)}</td><td>#${n.orderId}</td><td>${n.invoiceNumber}</td><td class="num">${money(n.totalMinor, n.currency, v.locale)}</td><td><a href="${base}/credit-notes/${n.number}.pdf" download>${t('portal.money.download')}<span class="visually-hidden"> ${t('portal.money.creditNoteNumber', { number: n.number })}</span></a></td></tr>`,
      )}</tbody></table></div>`
}
</section>
<section class="panel" aria-labelledby="payouts-h"><h2 id="payouts-h">${t('portal.money.payouts')}</h2>
${
  a.payouts.length === 0
    ? html`<p class="empty">${t('portal.money.noPayout')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.money.payoutsCaption')}</caption>
<thead><tr><th scope="col">${t('portal.money.payout')}</th><th scope="col">${t('portal.money.created')}</th><th scope="col">${t('portal.money.coversUntil')}</th><th scope="col" class="num">${t('portal.money.amount')}</th><th scope="col">${t('portal.dashboard.status')}</th><th scope="col">${t('portal.money.sent')}</th></tr></thead>
<tbody>${a.payouts.map(
        (p) =>
          html`<tr><td>#${p.id}</td><td>${when(p.createdAt, v.locale)}</td><td>${when(p.coversUntil, v.locale)}</td><td class="num">${money(p.amountMinor, p.currency, v.locale)}</td><td>${p.held ? html`${t('portal.money.heldBefore')} <a href="${base}/payments-account">${t('portal.money.paymentAccount')}</a> ${t('portal.money.heldAfter')}` : t('portal.money.payoutStatus', { status: p.status })}</td><td>${when(p.sentAt, v.locale)}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}
