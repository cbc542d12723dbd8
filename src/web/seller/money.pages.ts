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
  const base = sellerBase(v.sellerId);
  const today = a.now.toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 7)}-01`;
  const months = lastMonths(a.now, 12);
  return sellerPage(
    'Money',
    v,
    html`<h1>Money</h1>
<section class="panel" aria-labelledby="due-h"><h2 id="due-h">Balance</h2>
${
  a.due.length
    ? html`<dl class="facts">${a.due.map((d) => html`<dt>Due to you (${d.currency})</dt><dd>${money(d.owedMinor, d.currency)}</dd>`)}${a.estimates.map(
        (e) =>
          html`<dt>Next payout estimate (${e.currency})</dt><dd>${money(e.amountMinor, e.currency)}</dd>`,
      )}</dl>`
    : html`<p class="empty">No money movement yet.</p>`
}
<p class="small muted">Funds of an order become payable ${a.payoutDelayDays} days after it shipped; monthly fees and refunds are netted from payouts.</p>
</section>
<section class="panel" aria-labelledby="statements-h"><h2 id="statements-h">Account statements</h2>
<p>This month so far: <a href="${base}/statements.csv?from=${monthStart}&amp;to=${today}" download>CSV</a> · <a href="${base}/statements.pdf?from=${monthStart}&amp;to=${today}" download>PDF</a></p>
<form method="get" action="${base}/statements.csv" class="inline-form">
  <label for="st-from">From</label><input id="st-from" name="from" type="date" value="${monthStart}" required>
  <label for="st-to">To</label><input id="st-to" name="to" type="date" value="${today}" required>
  <button type="submit">Download CSV</button>
  <button type="submit" formaction="${base}/statements.pdf" class="secondary">Download PDF</button>
</form>
</section>
<section class="panel" aria-labelledby="invoices-h"><h2 id="invoices-h">Reloop’s invoices to you</h2>
<p class="small muted">Commission and monthly fees, one invoice per month.</p>
<ul class="link-list">${months.map((m) => {
      const issued = (a.platformInvoices ?? []).find((i) => i.period === m);
      return html`<li><a href="${base}/platform-invoices/${m}.pdf" download>${m}</a>${issued ? html` <span class="small muted">invoice ${issued.number}, issued ${when(issued.issuedAt)}</span>` : ''}</li>`;
    })}</ul>
</section>
<section class="panel" aria-labelledby="credit-notes-h"><h2 id="credit-notes-h">Credit notes</h2>
<p class="small muted">Issued by Reloop in your name when an invoiced order line is refunded or cancelled; each one reduces the invoice it names.</p>
${
  (a.creditNotes ?? []).length === 0
    ? html`<p class="empty">No credit note yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Credit notes, newest first</caption>
<thead><tr><th scope="col">Credit note</th><th scope="col">Issued</th><th scope="col">Order</th><th scope="col">Credits invoice</th><th scope="col" class="num">Amount credited</th><th scope="col">PDF</th></tr></thead>
<tbody>${(a.creditNotes ?? []).map(
        (n) =>
          html`<tr><td>${n.number}${n.cancelsNumber ? html` <span class="muted">(cancels ${n.cancelsNumber}: the refund failed)</span>` : ''}</td><td>${when(n.issuedAt)}</td><td>#${n.orderId}</td><td>${n.invoiceNumber}</td><td class="num">${money(n.totalMinor, n.currency)}</td><td><a href="${base}/credit-notes/${n.number}.pdf" download>Download<span class="visually-hidden"> credit note ${n.number}</span></a></td></tr>`,
      )}</tbody></table></div>`
}
</section>
<section class="panel" aria-labelledby="payouts-h"><h2 id="payouts-h">Payouts</h2>
${
  a.payouts.length === 0
    ? html`<p class="empty">No payout yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Payouts, newest first</caption>
<thead><tr><th scope="col">Payout</th><th scope="col">Created</th><th scope="col">Covers orders shipped until</th><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">Sent</th></tr></thead>
<tbody>${a.payouts.map(
        (p) =>
          html`<tr><td>#${p.id}</td><td>${when(p.createdAt)}</td><td>${when(p.coversUntil)}</td><td class="num">${money(p.amountMinor, p.currency)}</td><td>${p.held ? html`held until your <a href="${base}/payments-account">payment account</a> is enabled` : p.status}</td><td>${when(p.sentAt)}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}
