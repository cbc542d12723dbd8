/** The console's documents of one seller: credit notes issued in its name, Reloop's invoices to it. */
import { html } from 'hono/html';
import type { CreditNote } from '../../modules/documents/documents.types.ts';
import { formatAmount } from '../../platform/money.ts';
import type { Html } from '../ui/layout.ts';
import { consoleLayout, t, type Viewer, when } from './console-layout.ts';

export function sellerDocumentsPage(
  v: Viewer,
  a: {
    seller: { id: number; name: string };
    creditNotes: CreditNote[];
    platformInvoices: Array<{ period: string; number: string; issuedAt: Date }>;
  },
): Html {
  const base = `/console/sellers/${a.seller.id}`;
  return consoleLayout(
    t('console.documents.title', { name: a.seller.name }),
    v.actor,
    v.csrf,
    html`<h1>${t('console.documents.title', { name: a.seller.name })}</h1>
<p><a href="${base}/statements.csv" download>${t('console.documents.statement')}</a></p>
<section aria-labelledby="cn-h"><h2 id="cn-h">${t('console.documents.creditNotes')}</h2>
${
  a.creditNotes.length === 0
    ? html`<p class="empty">${t('console.documents.noCreditNote')}</p>`
    : html`<table class="data-table"><caption class="visually-hidden">${t('console.documents.creditNotesCaption')}</caption>
<thead><tr><th scope="col">${t('console.documents.col.creditNote')}</th><th scope="col">${t('console.documents.col.issued')}</th><th scope="col">${t('console.order.col.order')}</th><th scope="col">${t('console.documents.col.credits')}</th><th scope="col">${t('console.sor.col.reason')}</th><th scope="col" class="num">${t('console.documents.col.credited')}</th><th scope="col">${t('console.documents.col.pdf')}</th></tr></thead>
<tbody>${a.creditNotes.map(
        (n) =>
          html`<tr><td>${n.number}${n.cancelsNumber ? html` <span class="muted">${t('console.documents.cancels', { number: n.cancelsNumber })}</span>` : ''}</td><td>${when(n.issuedAt)}</td><td>#${n.orderId}</td><td>${n.invoiceNumber}</td><td>${n.reason}</td><td class="num">${formatAmount(n.totalMinor, n.currency)} ${n.currency}</td><td><a href="${base}/credit-notes/${n.number}.pdf" download>${t('console.documents.download')}<span class="visually-hidden"> ${t('console.documents.creditNoteNumber', { number: n.number })}</span></a></td></tr>`,
      )}</tbody></table>`
}
</section>
<section aria-labelledby="pi-h"><h2 id="pi-h">${t('console.documents.invoices')}</h2>
${
  a.platformInvoices.length === 0
    ? html`<p class="empty">${t('console.documents.noInvoice')}</p>`
    : html`<table class="data-table"><caption class="visually-hidden">${t('console.documents.invoicesCaption')}</caption>
<thead><tr><th scope="col">${t('console.order.invoice')}</th><th scope="col">${t('console.documents.col.month')}</th><th scope="col">${t('console.documents.col.issued')}</th><th scope="col">${t('console.documents.col.pdf')}</th></tr></thead>
<tbody>${a.platformInvoices.map(
        (i) =>
          html`<tr><td>${i.number}</td><td>${i.period}</td><td>${when(i.issuedAt)}</td><td><a href="${base}/platform-invoices/${i.period}.pdf" download>${t('console.documents.download')}<span class="visually-hidden"> ${t('console.documents.invoiceNumber', { number: i.number })}</span></a></td></tr>`,
      )}</tbody></table>`
}
</section>`,
  );
}
