/** The console's documents of one seller: credit notes issued in its name, Reloop's invoices to it. */
import { html } from 'hono/html';
import type { CreditNote } from '../../modules/documents/documents.types.ts';
import { formatAmount } from '../../platform/money.ts';
import type { Html } from '../ui/layout.ts';
import { consoleLayout, type Viewer, when } from './console-layout.ts';

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
    `Documents of ${a.seller.name}`,
    v.actor,
    v.csrf,
    html`<h1>Documents of ${a.seller.name}</h1>
<p><a href="${base}/statements.csv" download>Account statement (CSV)</a></p>
<section aria-labelledby="cn-h"><h2 id="cn-h">Credit notes</h2>
${
  a.creditNotes.length === 0
    ? html`<p class="empty">No credit note issued.</p>`
    : html`<table class="data-table"><caption class="visually-hidden">Credit notes, newest first</caption>
<thead><tr><th scope="col">Credit note</th><th scope="col">Issued</th><th scope="col">Order</th><th scope="col">Credits invoice</th><th scope="col">Reason</th><th scope="col" class="num">Amount credited</th><th scope="col">PDF</th></tr></thead>
<tbody>${a.creditNotes.map(
        (n) =>
          html`<tr><td>${n.number}${n.cancelsNumber ? html` <span class="muted">(cancels ${n.cancelsNumber})</span>` : ''}</td><td>${when(n.issuedAt)}</td><td>#${n.orderId}</td><td>${n.invoiceNumber}</td><td>${n.reason}</td><td class="num">${formatAmount(n.totalMinor, n.currency)} ${n.currency}</td><td><a href="${base}/credit-notes/${n.number}.pdf" download>Download<span class="visually-hidden"> credit note ${n.number}</span></a></td></tr>`,
      )}</tbody></table>`
}
</section>
<section aria-labelledby="pi-h"><h2 id="pi-h">Reloop’s invoices to the seller</h2>
${
  a.platformInvoices.length === 0
    ? html`<p class="empty">No monthly invoice issued yet (the seller’s first download of a month issues it).</p>`
    : html`<table class="data-table"><caption class="visually-hidden">Monthly invoices, newest first</caption>
<thead><tr><th scope="col">Invoice</th><th scope="col">Month</th><th scope="col">Issued</th><th scope="col">PDF</th></tr></thead>
<tbody>${a.platformInvoices.map(
        (i) =>
          html`<tr><td>${i.number}</td><td>${i.period}</td><td>${when(i.issuedAt)}</td><td><a href="${base}/platform-invoices/${i.period}.pdf" download>Download<span class="visually-hidden"> invoice ${i.number}</span></a></td></tr>`,
      )}</tbody></table>`
}
</section>`,
  );
}
