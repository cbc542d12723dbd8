import { html } from 'hono/html';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { ORDER_LINE_STATE_NAMES, ORDER_STATE_NAMES } from '../../modules/orders/order-states.ts';
import type { CategoryRateRow, SellerRateRow } from '../../modules/payouts/commission-rates.read-model.ts';
import {
  LEDGER_PAGE_SIZE,
  type LedgerTxView,
  ORDER_SEARCH_LIMIT,
  type OrderDetail,
  type OrderLineView,
  type OrderListRow,
  type PayoutRow,
} from '../../modules/payouts/console-money.read-model.ts';
import type { FeeSettings } from '../../modules/payouts/fee-settings.ts';
import { FEE_CURRENCIES } from '../../modules/payouts/payout.rules.ts';
import type { FailedRefundAlert } from '../../modules/refunds/refund-alerts.read-model.ts';
import type { RefundApprovalView } from '../../modules/refunds/refund-approvals.read-model.ts';
import { REFUNDABLE_LINE_STATES } from '../../modules/refunds/refund-order-line.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { formatAmount } from '../../platform/money.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, textarea, when } from './console-layout.ts';
import { orderRefundRequests, REFUND_AWAITING } from './refund-approvals.pages.ts';

const empty: FormState = { values: {}, errors: [] };

const can = (v: Viewer, ...roles: OperatorRole[]) =>
  !!v.actor && (v.actor.operatorRoles.has('admin') || roles.some((r) => v.actor!.operatorRoles.has(r)));

/** "123.45 EUR": exact, from minor units. */
export const money = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;
const amountCell = (minor: number, currency: string) => html`<td class="num">${money(minor, currency)}</td>`;

/** Basis points as a percentage: 1000 → "10", 1250 → "12.5". */
export const percent = (bp: number) => String(bp / 100);

const lineStateName = (s: number) =>
  ORDER_LINE_STATE_NAMES[s as keyof typeof ORDER_LINE_STATE_NAMES] ?? 'unknown';
const orderStateName = (s: number) => ORDER_STATE_NAMES[s as keyof typeof ORDER_STATE_NAMES] ?? 'unknown';

type Section = 'orders' | 'refunds' | 'approvals' | 'ledger' | 'payouts' | 'fees';

function moneyNav(v: Viewer, current: Section): Html {
  const items: Array<{ key: Section; href: string; label: string; show: boolean }> = [
    { key: 'orders', href: '/console/orders', label: 'Orders', show: can(v, 'support', 'compliance') },
    {
      key: 'refunds',
      href: '/console/refunds',
      label: 'Failed refunds',
      show: can(v, 'support', 'compliance'),
    },
    {
      key: 'approvals',
      href: '/console/refunds/approvals',
      label: 'Refunds awaiting approval',
      show: can(v, 'support', 'compliance'),
    },
    { key: 'ledger', href: '/console/ledger', label: 'Ledger', show: can(v, 'compliance') },
    { key: 'payouts', href: '/console/payouts', label: 'Payouts', show: can(v, 'compliance') },
    { key: 'fees', href: '/console/fees', label: 'Fees', show: can(v, 'admin') },
  ];
  return html`<nav class="money-nav" aria-label="Money"><ul>${items
    .filter((i) => i.show)
    .map(
      (i) =>
        html`<li><a href="${i.href}"${i.key === current ? html` aria-current="page"` : ''}>${i.label}</a></li>`,
    )}</ul></nav>`;
}

const page = (v: Viewer, title: string, section: Section, body: Html) =>
  consoleLayout(title, v.actor, v.csrf, html`${moneyNav(v, section)}${body}`);

// ---------------------------------------------------------------------------------------------
// Orders

export function ordersPage(v: Viewer, q: string, rows: OrderListRow[]): Html {
  return page(
    v,
    'Orders',
    'orders',
    html`<h1>Orders</h1>
<form class="console-filters" method="get" action="/console/orders" role="search" aria-label="Search orders">
  ${field(
    { values: { q }, errors: [] },
    {
      name: 'q',
      label: 'Order id, checkout id, buyer email or seller name',
      type: 'search',
      maxlength: 254,
    },
  )}
  <button type="submit">Search</button>
</form>
<h2 id="results-h">${q ? 'Results' : 'Newest orders'}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === ORDER_SEARCH_LIMIT ? `First ${ORDER_SEARCH_LIMIT} orders shown; refine the search to see others.` : `${rows.length} ${rows.length === 1 ? 'order' : 'orders'}.`}</p>
<div class="table-scroll"><table class="data-table" aria-labelledby="results-h">
<thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Buyer</th><th scope="col">Seller</th><th scope="col">State</th><th scope="col">Payment</th><th scope="col" class="num">Total</th></tr></thead>
<tbody>${rows.map(
        (o) =>
          html`<tr><th scope="row"><a href="/console/orders/${o.orderId}">#${o.orderId}</a></th><td>${when(o.createdAt)}</td><td>${o.buyerEmail}</td><td>${o.sellerName} <span class="muted">#${o.sellerId}</span></td><td>${o.state} <span class="muted">(${orderStateName(o.state)})</span></td><td>${o.paymentStatus ?? '—'}</td>${amountCell(o.totalMinor, o.currency)}</tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">No order matches this search.</p>`
}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Failed refunds (operator alerts)

/** Refunds that failed and are still owed to buyers: the operators' to-do list (also emailed). */
export const REFUND_RETRIED = 'retried';

const FAILED_WHAT: Record<FailedRefundAlert['what'], string> = {
  line: 'Line',
  insurance: 'Insurance premium',
  service_fee: 'Service fee',
  late_payment: 'Late payment (no order)',
};

export function failedRefundsPage(v: Viewer, alerts: FailedRefundAlert[], done?: string): Html {
  const canRetry = can(v, 'support', 'compliance');
  return page(
    v,
    'Failed refunds',
    'refunds',
    html`<h1>Failed refunds</h1>
${notice(done === REFUND_RETRIED ? 'The refund was made again (or accepted by the provider), recorded in the ledger and the buyer emailed.' : undefined)}
<p>Refunds the payment provider refused or reported failed. A refund that had been counted was reversed: its ledger entry undone, the line back to refundable (units taken back off sale when still available), its credit note cancelled. Retry it here (the same amount, a new request to the provider), refund the line again from its order, or pay the buyer back another way. An alert leaves this list once a later refund of the same thing counts.</p>
${
  alerts.length
    ? html`<p role="status">${alerts.length} ${alerts.length === 1 ? 'refund is' : 'refunds are'} still owed.</p>
<div class="table-scroll"><table class="data-table" aria-labelledby="failed-h"><caption id="failed-h" class="visually-hidden">Failed refunds still owed</caption>
<thead><tr><th scope="col">Refund</th><th scope="col">Failed</th><th scope="col">Order</th><th scope="col">What</th><th scope="col" class="num">Amount</th><th scope="col">How</th><th scope="col">Provider message</th>${canRetry ? html`<th scope="col">Retry</th>` : ''}</tr></thead>
<tbody>${alerts.map(
        (a) =>
          html`<tr><th scope="row">#${a.refundId}</th><td>${when(a.failedAt ?? a.createdAt)}</td><td>${a.orderId ? html`<a href="/console/orders/${a.orderId}">#${a.orderId}</a>` : html`<span class="muted">checkout ${a.checkoutId}</span>`}</td><td>${FAILED_WHAT[a.what]}${a.orderLineId ? html`: ${a.productName ?? ''}${a.insuranceUnit ? ` (unit ${a.insuranceUnit})` : ''} <span class="muted">(line #${a.orderLineId}, state ${a.lineState ?? '—'})</span>` : ''}</td>${amountCell(a.amountMinor, a.currency)}<td>${a.kind === 'reversed' ? 'failed after counting: reversed' : 'refused at once'}</td><td>${a.failureMessage ?? '—'}</td>${canRetry ? html`<td><form method="post" action="/console/refunds/${a.refundId}/retry" class="inline">${csrfInput(v.csrf)}<button type="submit">Refund again<span class="visually-hidden"> (refund #${a.refundId})</span></button></form></td>` : ''}</tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">No failed refund is waiting.</p>`
}`,
  );
}

export type RefundForm = FormState & { lineId?: number };

export const REFUND_DONE = 'refunded';

export function orderDetailPage(
  v: Viewer,
  d: OrderDetail,
  form: RefundForm = empty,
  done?: string,
  requests: RefundApprovalView[] = [],
): Html {
  const awaiting = new Set(requests.filter((r) => r.status === 'pending').map((r) => r.orderLineId));
  const { order: o, checkout: co } = d;
  const c = o.currency;
  const canRefund = can(v, 'support', 'compliance');
  const labels: Record<string, string> = {};
  for (const l of d.lines) {
    labels[`amount-${l.id}`] = `Amount to refund (line ${l.id})`;
    labels[`reason-${l.id}`] = `Reason (line ${l.id})`;
  }
  return page(
    v,
    `Order #${o.id}`,
    'orders',
    html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/console/orders">Orders</a></li><li aria-current="page">Order #${o.id}</li></ol></nav>
<h1>Order #${o.id} <span class="muted">${d.sellerName}</span></h1>
${notice(done === REFUND_DONE ? 'The refund was made, recorded in the ledger and the buyer emailed.' : undefined)}
${notice(done === REFUND_AWAITING ? 'The refund is above the approval threshold: it is awaiting approval by a second operator (admin or compliance). Nothing was refunded yet.' : undefined)}
${consoleErrorSummary(form, labels)}
<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>
<dl class="specs">
  <dt>State</dt><dd>${o.state} (${orderStateName(o.state)})</dd>
  <dt>Seller</dt><dd>${d.sellerName} <span class="muted">#${o.sellerId}</span></dd>
  <dt>Buyer</dt><dd>${co.buyerEmail}${co.buyerUserId ? html` — <a href="/console/users/${co.buyerUserId}">account #${co.buyerUserId}</a>` : ' (guest)'}</dd>
  <dt>Checkout</dt><dd><code>${co.id}</code>${d.siblings.length ? html` — other orders: ${d.siblings.map((id, i) => html`${i ? ', ' : ''}<a href="/console/orders/${id}">#${id}</a>`)}` : ''}</dd>
  <dt>Market</dt><dd>${o.market} (${c})</dd>
  <dt>Placed</dt><dd>${when(o.createdAt)}</dd>
  <dt>Paid</dt><dd>${when(o.paidAt)}</dd>
  <dt>Shipped</dt><dd>${when(o.shippedAt)}${o.trackingNumber ? html` — ${o.shipper ?? ''} ${o.trackingNumber}` : ''}</dd>
  <dt>Cancelled</dt><dd>${when(o.cancelledAt)}</dd>
  <dt>Invoice</dt><dd>${o.invoiceNumber ?? '—'}</dd>
  <dt>Payment</dt><dd>${d.payment ? html`${d.payment.status} — ${d.payment.method} via ${d.payment.provider} — ${money(d.payment.amountMinor, d.payment.currency)} for the whole checkout${d.payment.providerRef ? html` — <code>${d.payment.providerRef}</code>` : ''}` : 'none'}</dd>
</dl>
<div class="table-scroll"><table class="data-table">
<caption>Amounts</caption>
<tbody>
<tr><th scope="row">Items</th>${amountCell(o.itemsTotalMinor, c)}</tr>
<tr><th scope="row">Shipping</th>${amountCell(o.shippingTotalMinor, c)}</tr>
<tr><th scope="row">Insurance</th>${amountCell(o.insuranceTotalMinor, c)}</tr>
<tr><th scope="row">Order total (goods, shipping and insurance, incl. VAT)</th>${amountCell(o.totalMinor, c)}</tr>
<tr><th scope="row">of which VAT</th>${amountCell(o.vatTotalMinor, c)}</tr>
<tr><th scope="row">Service fee share (platform)</th>${amountCell(o.serviceFeeShareMinor, c)}</tr>
<tr><th scope="row">Commission (net, excl. its VAT)</th>${amountCell(o.commissionMinor, c)}</tr>
</tbody></table></div>
</section>
<section aria-labelledby="vat-h"><h2 id="vat-h">VAT breakdown</h2>
${
  o.vatBreakdown.length
    ? html`<div class="table-scroll"><table class="data-table" aria-labelledby="vat-h">
<thead><tr><th scope="col">Treatment</th><th scope="col" class="num">Rate</th><th scope="col" class="num">Net</th><th scope="col" class="num">VAT</th></tr></thead>
<tbody>${o.vatBreakdown.map(
        (r) =>
          html`<tr><th scope="row">${String(r.treatment ?? '')}</th><td class="num">${percent(Number(r.rateBp ?? 0))} %</td>${amountCell(Number(r.netMinor ?? 0), c)}${amountCell(Number(r.vatMinor ?? 0), c)}</tr>`,
      )}</tbody></table></div>`
    : html`<p>None.</p>`
}
</section>
<section aria-labelledby="lines-h"><h2 id="lines-h">Lines</h2>
<div class="table-scroll"><table class="data-table" aria-labelledby="lines-h">
<thead><tr><th scope="col">Line</th><th scope="col">Product</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Unit price</th><th scope="col" class="num">Goods + shipping</th><th scope="col" class="num">Insurance</th><th scope="col">VAT</th><th scope="col" class="num">Commission</th><th scope="col">State</th><th scope="col" class="num">Refunded</th></tr></thead>
<tbody>${d.lines.map(
      (
        l,
      ) => html`<tr><th scope="row">#${l.id}</th><td>${l.productName} <span class="muted">(${gradeName(l.grade, 'en')}, ${l.sku})</span></td><td class="num">${l.quantity}</td>${amountCell(l.unitPriceMinor, c)}${amountCell(l.goodsMinor, c)}${amountCell(l.insuranceMinor, c)}
<td>${l.vatTreatment}${l.vatTreatment === 'standard' ? html` ${percent(l.vatRateBp)} %: ${money(l.lineVatMinor, c)}` : ''}</td>${amountCell(l.commissionMinor, c)}
<td>${l.state} <span class="muted">(${lineStateName(l.state)})</span></td>${amountCell(l.refundedMinor, c)}</tr>`,
    )}</tbody></table></div>
</section>
${canRefund ? d.lines.filter((l) => refundable(l) && !awaiting.has(l.id)).map((l) => refundLineForm(v, o.id, c, l, form.lineId === l.id ? form : empty)) : ''}
${orderRefundRequests(v, requests)}
<section aria-labelledby="refunds-h"><h2 id="refunds-h">Refunds</h2>
${
  d.refunds.length
    ? html`<div class="table-scroll"><table class="data-table" aria-labelledby="refunds-h">
<thead><tr><th scope="col">Refund</th><th scope="col">When</th><th scope="col">Line</th><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">Reason</th><th scope="col">Provider ref</th></tr></thead>
<tbody>${d.refunds.map(
        (r) =>
          html`<tr><th scope="row">#${r.id}</th><td>${when(r.createdAt)}</td><td>#${r.orderLineId ?? '—'}</td>${amountCell(r.amountMinor, r.currency)}<td>${refundStatus(r)}</td><td>${r.reason}</td><td>${r.providerRef ? html`<code>${r.providerRef}</code>` : '—'}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>None.</p>`
}
</section>
<section aria-labelledby="ledger-h"><h2 id="ledger-h">Ledger transactions of the checkout</h2>
${ledgerTable(d.ledger, 'ledger-h')}
</section>`,
  );
}

/** pending (waiting for the provider), succeeded, or failed — with when and why. */
function refundStatus(r: OrderDetail['refunds'][number]): Html {
  const x = r as typeof r & {
    settledAt?: Date | null;
    reversedAt?: Date | null;
    failureMessage?: string | null;
  };
  if (r.status === 'pending') return html`pending <span class="muted">(waiting for the provider)</span>`;
  if (r.status === 'succeeded')
    return html`succeeded${x.settledAt ? html` <span class="muted">${when(x.settledAt)}</span>` : ''}`;
  return html`<strong>failed</strong>${x.reversedAt ? html` <span class="muted">after counting, reversed ${when(x.reversedAt)}</span>` : ''}${x.failureMessage ? html`: ${x.failureMessage}` : ''}`;
}

const refundable = (l: OrderLineView) =>
  REFUNDABLE_LINE_STATES.includes(l.state) && l.refundedMinor < l.totalMinor;

function refundLineForm(v: Viewer, orderId: number, c: string, l: OrderLineView, form: FormState): Html {
  const left = l.totalMinor - l.refundedMinor;
  const shipped = l.state === 3;
  const headingId = `refund-${l.id}-h`;
  const errorOf = (name: string) => form.errors.find((e) => e.field === name)?.message;
  const amountError = errorOf(`amount-${l.id}`);
  return html`<section aria-labelledby="${headingId}" class="console-action"><h2 id="${headingId}">Refund line #${l.id}</h2>
<p>${
    shipped
      ? html`Shipped: refund part or all of what is left (${money(left, c)}). The line becomes “refunded after shipping” (6) once refunded in full and stays “shipped” (3) while partially refunded.`
      : html`Not shipped yet: the whole line (${money(left, c)}) is refunded, the line is cancelled (${l.state === 1 ? '4' : '5'}) and the units go back on sale.`
  } The buyer is emailed; the commission is given back to the seller pro rata.</p>
<form method="post" action="/console/orders/${orderId}/lines/${l.id}/refund" novalidate>${csrfInput(v.csrf)}
  ${
    shipped
      ? html`<div class="field">
  <label for="f-amount-${l.id}">Amount to refund (${c})</label>
  <span class="hint" id="f-amount-${l.id}-hint">At most ${formatAmount(left, c)}. Leave empty to refund everything left.</span>
  ${amountError ? html`<span class="error" id="f-amount-${l.id}-error">Amount: ${amountError}</span>` : ''}
  <input id="f-amount-${l.id}" name="amount" type="text" inputmode="decimal" value="${form.values.amount ?? ''}" aria-describedby="f-amount-${l.id}-hint${amountError ? ` f-amount-${l.id}-error` : ''}"${amountError ? html` aria-invalid="true"` : ''}>
</div>`
      : ''
  }
  ${textarea(
    { values: { [`reason-${l.id}`]: form.values.reason ?? '' }, errors: form.errors },
    {
      name: `reason-${l.id}`,
      label: 'Reason',
      hint: 'Sent to the buyer in the refund email.',
      required: true,
      maxlength: 500,
      rows: 2,
    },
  )}
  <button type="submit">${shipped ? 'Refund' : `Cancel and refund ${money(left, c)}`}</button>
</form></section>`;
}

function ledgerTable(txs: LedgerTxView[], labelledBy: string): Html {
  if (!txs.length) return html`<p>No transaction.</p>`;
  return html`<div class="table-scroll"><table class="data-table" aria-labelledby="${labelledBy}">
<thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Kind</th><th scope="col">Reference</th><th scope="col">Account</th><th scope="col" class="num">Debit</th><th scope="col" class="num">Credit</th></tr></thead>
${txs.map(
  (t) =>
    html`<tbody class="ledger-tx">${t.postings.map(
      (p, i) =>
        html`<tr>${
          i === 0
            ? html`<th scope="rowgroup" rowspan="${t.postings.length}">#${t.id}</th><td rowspan="${t.postings.length}">${when(t.occurredAt)}</td><td rowspan="${t.postings.length}">${t.kind}</td><td rowspan="${t.postings.length}"><code>${t.reference}</code><br><span class="muted">${t.description}</span></td>`
            : ''
        }<td><a href="/console/ledger/transactions?account=${encodeURIComponent(p.account)}">${p.account}</a></td><td class="num">${p.amountMinor > 0 ? money(p.amountMinor, p.currency) : ''}</td><td class="num">${p.amountMinor < 0 ? money(-p.amountMinor, p.currency) : ''}</td></tr>`,
    )}</tbody>`,
)}
</table></div>`;
}

// ---------------------------------------------------------------------------------------------
// Ledger

export type BalanceRow = { account: string; currency: string; balanceMinor: number };

export function ledgerPage(v: Viewer, rows: BalanceRow[]): Html {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const totals = currencies.map((c) => ({
    currency: c,
    total: rows.filter((r) => r.currency === c).reduce((s, r) => s + r.balanceMinor, 0),
  }));
  return page(
    v,
    'Ledger',
    'ledger',
    html`<h1>Ledger</h1>
<p>Balances per account and currency, from every posting (debits positive, credits negative). In double-entry bookkeeping each currency’s total is 0.</p>
<p><a href="/console/ledger/transactions">Newest transactions</a></p>
${
  currencies.length
    ? currencies.map((c) => {
        const total = totals.find((t) => t.currency === c)!.total;
        const id = `bal-${c}`;
        return html`<section aria-labelledby="${id}"><h2 id="${id}">${c}</h2>
<p role="status" class="${total === 0 ? 'balanced' : 'unbalanced'}">${total === 0 ? `Balanced: the ${c} postings sum to 0.` : `NOT balanced: the ${c} postings sum to ${money(total, c)}.`}</p>
<div class="table-scroll"><table class="data-table" aria-labelledby="${id}">
<thead><tr><th scope="col">Account</th><th scope="col" class="num">Balance</th></tr></thead>
<tbody>${rows
          .filter((r) => r.currency === c)
          .map(
            (r) =>
              html`<tr><th scope="row"><a href="/console/ledger/transactions?account=${encodeURIComponent(r.account)}">${r.account}</a></th>${amountCell(r.balanceMinor, c)}</tr>`,
          )}</tbody>
<tfoot><tr><th scope="row">Total</th>${amountCell(total, c)}</tr></tfoot>
</table></div></section>`;
      })
    : html`<p role="status">The ledger is empty.</p>`
}`,
  );
}

export function ledgerTransactionsPage(v: Viewer, account: string, txs: LedgerTxView[]): Html {
  return page(
    v,
    'Ledger transactions',
    'ledger',
    html`<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/console/ledger">Ledger</a></li><li aria-current="page">Transactions</li></ol></nav>
<h1>Ledger transactions</h1>
<form class="console-filters" method="get" action="/console/ledger/transactions" role="search" aria-label="Filter transactions">
  ${field({ values: { account }, errors: [] }, { name: 'account', label: 'Account (e.g. seller_payable:12)', type: 'search', maxlength: 200 })}
  <button type="submit">Filter</button>
</form>
<h2 id="tx-h">${account ? `Newest transactions on ${account}` : 'Newest transactions'}</h2>
<p role="status">${txs.length === LEDGER_PAGE_SIZE ? `The newest ${LEDGER_PAGE_SIZE} are shown.` : `${txs.length} ${txs.length === 1 ? 'transaction' : 'transactions'}.`}</p>
${ledgerTable(txs, 'tx-h')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Payouts

export function payoutsPage(
  v: Viewer,
  rows: PayoutRow[],
  ran?: { created: number; sent: number; pending: number },
): Html {
  return page(
    v,
    'Payouts',
    'payouts',
    html`<h1>Payouts</h1>
${notice(ran ? `Payout run done: ${ran.created} created, ${ran.sent} sent, ${ran.pending} still pending.` : undefined)}
<p>A seller is paid what the ledger owes them, limited to the funds of orders shipped at least the payout delay ago (see Fees), net of commission, refunds and monthly fees. The job runs every hour.</p>
${
  can(v, 'admin')
    ? html`<form method="post" action="/console/payouts/run" class="inline">${csrfInput(v.csrf)}<button type="submit">Run payouts now</button></form>`
    : ''
}
<h2 id="payouts-h">Newest payouts</h2>
${
  rows.length
    ? html`<div class="table-scroll"><table class="data-table" aria-labelledby="payouts-h">
<thead><tr><th scope="col">Payout</th><th scope="col">Seller</th><th scope="col" class="num">Amount</th><th scope="col">Status</th><th scope="col">Covers orders shipped until</th><th scope="col">Created</th><th scope="col">Sent</th><th scope="col">Provider ref</th></tr></thead>
<tbody>${rows.map(
        (p) =>
          html`<tr><th scope="row">#${p.id}</th><td>${p.sellerName} <span class="muted">#${p.sellerId}</span> — <a href="/console/ledger/transactions?account=seller_payable%3A${p.sellerId}">ledger</a></td>${amountCell(p.amountMinor, p.currency)}<td>${p.held ? html`held <span class="muted">(no enabled payment account)</span>` : p.status}</td><td>${when(p.coversUntil)}</td><td>${when(p.createdAt)}</td><td>${when(p.sentAt)}</td><td>${p.providerRef ? html`<code>${p.providerRef}</code>` : '—'}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">No payout yet.</p>`
}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Fees

export type FeesSection = 'settings' | 'category' | 'seller';
export type FeesForm = FormState & { section?: FeesSection };
export type FeesData = {
  settings: FeeSettings;
  categoryRates: CategoryRateRow[];
  sellerRates: SellerRateRow[];
  categories: Array<{ id: number; name: string; level: number }>;
  sellers: Array<{ id: number; name: string }>;
};

export const FEES_DONE: Record<string, string> = {
  settings:
    'The fee settings were saved. They apply to checkouts from now on; placed orders keep their fees.',
  category: 'The category rate was saved.',
  seller: 'The seller rate was saved.',
  removed: 'The override was removed.',
};

/** The fee form's field for one currency's monthly fee: monthlyFeeEUR, monthlyFeeSEK, … */
export const monthlyFeeField = (currency: string) => `monthlyFee${currency}`;

export const FEES_LABELS: Record<string, string> = {
  defaultCommission: 'Default commission (%)',
  ...Object.fromEntries(
    FEE_CURRENCIES.map((cur) => [monthlyFeeField(cur), `Monthly seller fee in ${cur} (excl. VAT)`]),
  ),
  payoutDelayDays: 'Payout delay (days after shipping)',
  categoryId: 'Category',
  categoryRate: 'Commission for this category (%)',
  sellerId: 'Seller',
  sellerRate: 'Commission for this seller (%)',
};

export function feesPage(v: Viewer, d: FeesData, form: FeesForm = empty, done?: string): Html {
  const formFor = (s: FeesSection): FormState => (form.section === s ? form : empty);
  const s = d.settings;
  const settingsForm: FormState =
    form.section === 'settings'
      ? form
      : {
          values: {
            defaultCommission: percent(s.defaultCommissionBp),
            ...Object.fromEntries(
              FEE_CURRENCIES.map((cur) => [monthlyFeeField(cur), formatAmount(s.monthlyFees[cur] ?? 0, cur)]),
            ),
            payoutDelayDays: String(s.payoutDelayDays),
          },
          errors: [],
        };
  return page(
    v,
    'Fees',
    'fees',
    html`<h1>Fees</h1>
${notice(done ? FEES_DONE[done] : undefined)}
${consoleErrorSummary(form, FEES_LABELS)}
<section aria-labelledby="settings-h" class="console-action"><h2 id="settings-h">Fee settings</h2>
<p>Last changed ${when(s.updatedAt)}${s.updatedBy ? html` by <a href="/console/users/${s.updatedBy}">#${s.updatedBy}</a>` : ''}.</p>
<form method="post" action="/console/fees" novalidate>${csrfInput(v.csrf)}
  ${field(settingsForm, { name: 'defaultCommission', label: FEES_LABELS.defaultCommission!, hint: 'On goods and shipping incl. VAT; up to two decimals, e.g. 10 or 12.5.', required: true, maxlength: 6 })}
  <fieldset><legend>Monthly seller fee</legend>
  <p id="monthly-fee-hint">Charged at the start of each month in the seller’s payout currency — the currency of its country’s market (SEK for Sweden, GBP for the United Kingdom, USD for the United States, EUR elsewhere) — and taken from that balance. French VAT is added for sellers in France.</p>
  ${FEE_CURRENCIES.map((cur) => field(settingsForm, { name: monthlyFeeField(cur), label: FEES_LABELS[monthlyFeeField(cur)]!, required: true, maxlength: 12 }))}
  </fieldset>
  ${field(settingsForm, { name: 'payoutDelayDays', label: FEES_LABELS.payoutDelayDays!, hint: 'From 0 to 90.', required: true, maxlength: 2 })}
  <button type="submit">Save fee settings</button>
</form></section>
<section aria-labelledby="cat-h" class="console-action"><h2 id="cat-h">Commission per category</h2>
<p>A category rate wins over the seller’s plan rate.</p>
${overrideTable(
  v,
  'cat-h',
  'Category',
  d.categoryRates.map((r) => ({ id: r.categoryId, name: r.categoryName, rateBp: r.rateBp })),
  '/console/fees/categories',
)}
<form method="post" action="/console/fees/categories" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('category'), {
    name: 'categoryId',
    label: FEES_LABELS.categoryId!,
    required: true,
    options: [
      { value: '', label: 'Choose a category' },
      ...d.categories.map((c) => ({ value: String(c.id), label: `${c.name} (level ${c.level})` })),
    ],
  })}
  ${field(formFor('category'), { name: 'categoryRate', label: FEES_LABELS.categoryRate!, required: true, maxlength: 6 })}
  <button type="submit">Save category rate</button>
</form></section>
<section aria-labelledby="seller-h" class="console-action"><h2 id="seller-h">Commission per seller</h2>
<p>A negotiated plan rate: replaces the default commission for this seller.</p>
${overrideTable(
  v,
  'seller-h',
  'Seller',
  d.sellerRates.map((r) => ({ id: r.sellerId, name: r.sellerName, rateBp: r.rateBp })),
  '/console/fees/sellers',
)}
<form method="post" action="/console/fees/sellers" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('seller'), {
    name: 'sellerId',
    label: FEES_LABELS.sellerId!,
    required: true,
    options: [
      { value: '', label: 'Choose a seller' },
      ...d.sellers.map((x) => ({ value: String(x.id), label: `${x.name} (#${x.id})` })),
    ],
  })}
  ${field(formFor('seller'), { name: 'sellerRate', label: FEES_LABELS.sellerRate!, required: true, maxlength: 6 })}
  <button type="submit">Save seller rate</button>
</form></section>`,
  );
}

function overrideTable(
  v: Viewer,
  labelledBy: string,
  what: string,
  rows: Array<{ id: number; name: string; rateBp: number }>,
  base: string,
): Html {
  if (!rows.length) return html`<p>No override.</p>`;
  return html`<div class="table-scroll"><table class="data-table" aria-labelledby="${labelledBy}">
<thead><tr><th scope="col">${what}</th><th scope="col" class="num">Rate</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">${r.name} <span class="muted">#${r.id}</span></th><td class="num">${percent(r.rateBp)} %</td><td><form method="post" action="${base}/${r.id}/delete" class="inline">${csrfInput(v.csrf)}<button type="submit" class="link">Remove<span class="visually-hidden"> the rate of ${r.name}</span></button></form></td></tr>`,
  )}</tbody></table></div>`;
}
