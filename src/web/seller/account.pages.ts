import { html } from 'hono/html';
import type { listPayouts } from '../../modules/payouts/seller-money.read-model.ts';
import type { ApiKeySummary } from '../../modules/seller-api/api-keys.ts';
import { type FormState, field } from '../forms.ts';
import type { Html } from '../layout.ts';
import {
  csrfInput,
  money,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

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
<ul class="link-list">${months.map((m) => html`<li><a href="${base}/platform-invoices/${m}.pdf" download>${m}</a></li>`)}</ul>
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
          html`<tr><td>#${p.id}</td><td>${when(p.createdAt)}</td><td>${when(p.coversUntil)}</td><td class="num">${money(p.amountMinor, p.currency)}</td><td>${p.status}</td><td>${when(p.sentAt)}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}

export function apiKeysPage(
  v: SellerView,
  a: { keys: ApiKeySummary[]; form: FormState; created?: { token: string; name: string }; done?: string },
): Html {
  const base = sellerBase(v.sellerId);
  return sellerPage(
    'API keys',
    v,
    html`<h1>API keys</h1>
<p>Keys let your tools use the seller API (compatible with Back Market’s): send <code>Authorization: Basic &lt;key&gt;</code>. <a href="/api/docs">API documentation</a>.</p>
${a.done ? html`<p class="notice" role="status">${a.done}</p>` : ''}
${
  a.created
    ? html`<div class="notice token-once" role="status">
<p><strong>Key “${a.created.name}” created.</strong> Copy it now: it is shown only once and cannot be recovered.</p>
<p><label for="new-token">Your new key</label><input id="new-token" class="token" type="text" readonly value="${a.created.token}"></p>
</div>`
    : ''
}
${sellerErrorSummary(a.form, { name: 'Name' })}
<section class="panel" aria-labelledby="create-h"><h2 id="create-h">Create a key</h2>
<form method="post" action="${base}/api-keys" novalidate>${csrfInput(v.csrf)}
<input type="hidden" name="intent" value="create">
${field(a.form, { name: 'name', label: 'Name', required: true, maxlength: 80, hint: 'What uses it, e.g. “Stock sync”.' })}
<button type="submit">Create the key</button>
</form></section>
<section class="panel" aria-labelledby="keys-h"><h2 id="keys-h">Your keys</h2>
${
  a.keys.length === 0
    ? html`<p class="empty">No key yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">API keys</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
<tbody>${a.keys.map(
        (k) =>
          html`<tr><td>${k.name}</td><td><code>${k.prefix}…</code></td><td>${when(k.createdAt)}</td><td>${when(k.lastUsedAt)}</td><td>${k.revokedAt ? html`Revoked ${when(k.revokedAt)}` : 'Active'}</td><td>${
            k.revokedAt
              ? ''
              : html`<form method="post" action="${base}/api-keys" class="inline">${csrfInput(v.csrf)}<input type="hidden" name="intent" value="revoke"><input type="hidden" name="keyId" value="${k.id}"><button type="submit" class="secondary">Revoke<span class="visually-hidden"> ${k.name}</span></button></form>`
          }</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}
