import { html, raw } from 'hono/html';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { lineStateKey, orderStateKey } from '../../modules/orders/order-states.ts';
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
import { type FeeSettings, MAX_PAYOUT_DELAY_DAYS } from '../../modules/payouts/fee-settings.ts';
import { FEE_CURRENCIES } from '../../modules/payouts/payout.rules.ts';
import { receiptMentionKey, VAT_TREATMENTS, type VatTreatment } from '../../modules/pricing/vat.rules.ts';
import type { FailedRefundAlert } from '../../modules/refunds/refund-alerts.read-model.ts';
import type { RefundApprovalView } from '../../modules/refunds/refund-approvals.read-model.ts';
import { REFUNDABLE_LINE_STATES } from '../../modules/refunds/refund-order-line.ts';
import type { OperatorRole } from '../../platform/http/actor.ts';
import { formatAmount } from '../../platform/money.ts';
import { type FormState, field, notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import type { Viewer } from './console-layout.ts';
import { consoleErrorSummary, consoleLayout, csrfInput, t, textarea, tx, when } from './console-layout.ts';
import { orderRefundRequests, REFUND_AWAITING } from './refund-approvals.pages.ts';

const empty: FormState = { values: {}, errors: [] };

/** Attributes of the current page's link and of an invalid field (markup, not words). */
const CURRENT = raw(' aria-current="page"');
const INVALID = raw(' aria-invalid="true"');

const can = (v: Viewer, ...roles: OperatorRole[]) =>
  !!v.actor && (v.actor.operatorRoles.has('admin') || roles.some((r) => v.actor!.operatorRoles.has(r)));

/** "123.45 EUR": exact, from minor units. */
export const money = (minor: number, currency: string) => `${formatAmount(minor, currency)} ${currency}`;
const amountCell = (minor: number, currency: string) => html`<td class="num">${money(minor, currency)}</td>`;

/** Basis points as a percentage: 1000 → "10", 1250 → "12.5". */
export const percent = (bp: number) => String(bp / 100);

/** Order and line states by the shop's names (`orderState.*`, `lineState.*`), in English. */
const lineStateName = (s: number) => t(lineStateKey(s));
const orderStateName = (s: number) => t(orderStateKey(s));

/** A VAT treatment's name, and the legal mention its receipts carry (the documents' own words). */
const vatTreatmentName = (treatment: string): Html => {
  if (!(VAT_TREATMENTS as readonly string[]).includes(treatment)) return html`${treatment}`;
  const mention = receiptMentionKey(treatment as VatTreatment);
  return html`${t(`console.vatTreatment.${treatment as VatTreatment}`)}${mention ? html` <span class="muted">(${t(mention)})</span>` : ''}`;
};

type Section = 'orders' | 'refunds' | 'approvals' | 'ledger' | 'payouts' | 'fees';

function moneyNav(v: Viewer, current: Section): Html {
  const items: Array<{ key: Section; href: string; label: string; show: boolean }> = [
    {
      key: 'orders',
      href: '/console/orders',
      label: t('console.nav.orders'),
      show: can(v, 'support', 'compliance'),
    },
    {
      key: 'refunds',
      href: '/console/refunds',
      label: t('console.failed.title'),
      show: can(v, 'support', 'compliance'),
    },
    {
      key: 'approvals',
      href: '/console/refunds/approvals',
      label: t('console.approvals.title'),
      show: can(v, 'support', 'compliance'),
    },
    { key: 'ledger', href: '/console/ledger', label: t('console.nav.ledger'), show: can(v, 'compliance') },
    { key: 'payouts', href: '/console/payouts', label: t('console.nav.payouts'), show: can(v, 'compliance') },
    { key: 'fees', href: '/console/fees', label: t('console.nav.fees'), show: can(v, 'admin') },
  ];
  return html`<nav class="money-nav" aria-label="${t('console.money.nav')}"><ul>${items
    .filter((i) => i.show)
    .map(
      (i) => html`<li><a href="${i.href}"${i.key === current ? CURRENT : ''}>${i.label}</a></li>`,
    )}</ul></nav>`;
}

const page = (v: Viewer, title: string, section: Section, body: Html) =>
  consoleLayout(title, v.actor, v.csrf, html`${moneyNav(v, section)}${body}`);

// ---------------------------------------------------------------------------------------------
// Orders

export function ordersPage(v: Viewer, q: string, rows: OrderListRow[]): Html {
  return page(
    v,
    t('console.nav.orders'),
    'orders',
    html`<h1>${t('console.nav.orders')}</h1>
<form class="console-filters" method="get" action="/console/orders" role="search" aria-label="${t('console.orders.searchLabel')}">
  ${field(
    { values: { q }, errors: [] },
    {
      name: 'q',
      label: t('console.orders.q'),
      type: 'search',
      maxlength: 254,
    },
  )}
  <button type="submit">${t('console.search')}</button>
</form>
<h2 id="results-h">${q ? t('console.results') : t('console.orders.newest')}</h2>
${
  rows.length
    ? html`<p role="status">${rows.length === ORDER_SEARCH_LIMIT ? t('console.orders.limited', { limit: ORDER_SEARCH_LIMIT }) : t('console.orders.count', { count: rows.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="results-h">
<thead><tr><th scope="col">${t('console.order.col.order')}</th><th scope="col">${t('console.order.placed')}</th><th scope="col">${t('console.order.buyer')}</th><th scope="col">${t('console.order.seller')}</th><th scope="col">${t('console.order.state')}</th><th scope="col">${t('console.order.payment')}</th><th scope="col" class="num">${t('console.order.col.total')}</th></tr></thead>
<tbody>${rows.map(
        (o) =>
          html`<tr><th scope="row"><a href="/console/orders/${o.orderId}">#${o.orderId}</a></th><td>${when(o.createdAt)}</td><td>${o.buyerEmail}</td><td>${o.sellerName} <span class="muted">#${o.sellerId}</span></td><td>${o.state} <span class="muted">(${orderStateName(o.state)})</span></td><td>${o.paymentStatus ?? t('console.none')}</td>${amountCell(o.totalMinor, o.currency)}</tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.orders.noMatch')}</p>`
}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Failed refunds (operator alerts)

/** Refunds that failed and are still owed to buyers: the operators' to-do list (also emailed). */
export const REFUND_RETRIED = 'retried';

const failedWhat = (what: FailedRefundAlert['what']) => t(`console.failed.what.${what}`);

export function failedRefundsPage(v: Viewer, alerts: FailedRefundAlert[], done?: string): Html {
  const canRetry = can(v, 'support', 'compliance');
  return page(
    v,
    t('console.failed.title'),
    'refunds',
    html`<h1>${t('console.failed.title')}</h1>
${notice(done === REFUND_RETRIED ? t('console.failed.retried') : undefined)}
<p>${t('console.failed.intro')}</p>
${
  alerts.length
    ? html`<p role="status">${t('console.failed.count', { count: alerts.length })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="failed-h"><caption id="failed-h" class="visually-hidden">${t('console.failed.caption')}</caption>
<thead><tr><th scope="col">${t('console.refund.col.refund')}</th><th scope="col">${t('console.failed.col.failed')}</th><th scope="col">${t('console.order.col.order')}</th><th scope="col">${t('console.failed.col.what')}</th><th scope="col" class="num">${t('console.col.amount')}</th><th scope="col">${t('console.failed.col.how')}</th><th scope="col">${t('console.failed.col.message')}</th>${canRetry ? html`<th scope="col">${t('console.failed.col.retry')}</th>` : ''}</tr></thead>
<tbody>${alerts.map(
        (a) =>
          html`<tr><th scope="row">#${a.refundId}</th><td>${when(a.failedAt ?? a.createdAt)}</td><td>${a.orderId ? html`<a href="/console/orders/${a.orderId}">#${a.orderId}</a>` : html`<span class="muted">${t('console.failed.checkout', { id: a.checkoutId })}</span>`}</td><td>${failedWhat(a.what)}${a.orderLineId ? html`: ${a.productName ?? ''}${a.insuranceUnit ? ` ${t('console.failed.unit', { unit: a.insuranceUnit })}` : ''} <span class="muted">${t('console.failed.lineState', { line: String(a.orderLineId), state: a.lineState == null ? t('console.none') : String(a.lineState) })}</span>` : ''}</td>${amountCell(a.amountMinor, a.currency)}<td>${a.kind === 'reversed' ? t('console.failed.reversed') : t('console.failed.refused')}</td><td>${a.failureMessage ?? t('console.none')}</td>${canRetry ? html`<td><form method="post" action="/console/refunds/${a.refundId}/retry" class="inline">${csrfInput(v.csrf)}<button type="submit">${t('console.failed.again')}<span class="visually-hidden"> ${t('console.failed.againWhich', { id: String(a.refundId) })}</span></button></form></td>` : ''}</tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.failed.none')}</p>`
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
    labels[`amount-${l.id}`] = t('console.refundLine.amountOf', { line: String(l.id) });
    labels[`reason-${l.id}`] = t('console.refundLine.reasonOf', { line: String(l.id) });
  }
  return page(
    v,
    t('console.order.title', { id: String(o.id) }),
    'orders',
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/orders">${t('console.nav.orders')}</a></li><li aria-current="page">${t('console.order.title', { id: String(o.id) })}</li></ol></nav>
<h1>${t('console.order.title', { id: String(o.id) })} <span class="muted">${d.sellerName}</span></h1>
${notice(done === REFUND_DONE ? t('console.order.refunded') : undefined)}
${notice(done === REFUND_AWAITING ? t('console.order.awaiting') : undefined)}
${consoleErrorSummary(form, labels)}
<section aria-labelledby="summary-h"><h2 id="summary-h">${t('console.order.summary')}</h2>
<dl class="specs">
  <dt>${t('console.order.state')}</dt><dd>${o.state} (${orderStateName(o.state)})</dd>
  <dt>${t('console.order.seller')}</dt><dd>${d.sellerName} <span class="muted">#${o.sellerId}</span></dd>
  <dt>${t('console.order.buyer')}</dt><dd>${co.buyerEmail}${co.buyerUserId ? html` — <a href="/console/users/${co.buyerUserId}">${t('console.order.account', { id: String(co.buyerUserId) })}</a>` : ` ${t('console.order.guest')}`}</dd>
  <dt>${t('console.order.checkout')}</dt><dd><code>${co.id}</code>${d.siblings.length ? html` — ${tx('console.order.otherOrders', { orders: html`${d.siblings.map((id, i) => html`${i ? ', ' : ''}<a href="/console/orders/${id}">#${id}</a>`)}` })}` : ''}</dd>
  <dt>${t('console.user.market')}</dt><dd>${o.market} (${c})</dd>
  <dt>${t('console.order.placed')}</dt><dd>${when(o.createdAt)}</dd>
  <dt>${t('console.order.paid')}</dt><dd>${when(o.paidAt)}</dd>
  <dt>${t('console.order.shipped')}</dt><dd>${when(o.shippedAt)}${o.trackingNumber ? html` — ${o.shipper ?? ''} ${o.trackingNumber}` : ''}</dd>
  <dt>${t('console.order.cancelled')}</dt><dd>${when(o.cancelledAt)}</dd>
  <dt>${t('console.order.invoice')}</dt><dd>${o.invoiceNumber ?? t('console.none')}</dd>
  <dt>${t('console.order.payment')}</dt><dd>${d.payment ? html`${t('console.order.paymentValue', { status: d.payment.status, method: d.payment.method, provider: d.payment.provider, amount: money(d.payment.amountMinor, d.payment.currency) })}${d.payment.providerRef ? html` — <code>${d.payment.providerRef}</code>` : ''}` : t('console.order.noPayment')}</dd>
</dl>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>${t('console.order.amounts')}</caption>
<tbody>
<tr><th scope="row">${t('console.order.items')}</th>${amountCell(o.itemsTotalMinor, c)}</tr>
<tr><th scope="row">${t('console.order.shipping')}</th>${amountCell(o.shippingTotalMinor, c)}</tr>
<tr><th scope="row">${t('console.order.insurance')}</th>${amountCell(o.insuranceTotalMinor, c)}</tr>
<tr><th scope="row">${t('console.order.total')}</th>${amountCell(o.totalMinor, c)}</tr>
<tr><th scope="row">${t('console.order.vatOfWhich')}</th>${amountCell(o.vatTotalMinor, c)}</tr>
<tr><th scope="row">${t('console.order.serviceFee')}</th>${amountCell(o.serviceFeeShareMinor, c)}</tr>
<tr><th scope="row">${t('console.order.commissionNet')}</th>${amountCell(o.commissionMinor, c)}</tr>
</tbody></table></div>
</section>
<section aria-labelledby="vat-h"><h2 id="vat-h">${t('console.order.vatBreakdown')}</h2>
${
  o.vatBreakdown.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="vat-h">
<thead><tr><th scope="col">${t('console.order.col.treatment')}</th><th scope="col" class="num">${t('console.col.rate')}</th><th scope="col" class="num">${t('console.order.col.net')}</th><th scope="col" class="num">${t('console.order.col.vat')}</th></tr></thead>
<tbody>${o.vatBreakdown.map(
        (r) =>
          html`<tr><th scope="row">${vatTreatmentName(String(r.treatment ?? ''))}</th><td class="num">${t('console.percent', { value: percent(Number(r.rateBp ?? 0)) })}</td>${amountCell(Number(r.netMinor ?? 0), c)}${amountCell(Number(r.vatMinor ?? 0), c)}</tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.noneFound')}</p>`
}
</section>
<section aria-labelledby="lines-h"><h2 id="lines-h">${t('console.order.lines')}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="lines-h">
<thead><tr><th scope="col">${t('console.order.col.line')}</th><th scope="col">${t('console.order.col.product')}</th><th scope="col" class="num">${t('console.order.col.qty')}</th><th scope="col" class="num">${t('console.order.col.unitPrice')}</th><th scope="col" class="num">${t('console.order.col.goods')}</th><th scope="col" class="num">${t('console.order.insurance')}</th><th scope="col">${t('console.order.col.vat')}</th><th scope="col" class="num">${t('console.order.col.commission')}</th><th scope="col">${t('console.order.state')}</th><th scope="col" class="num">${t('console.order.col.refunded')}</th></tr></thead>
<tbody>${d.lines.map(
      (
        l,
      ) => html`<tr><th scope="row">#${l.id}</th><td>${l.productName} <span class="muted">(${gradeName(l.grade, 'en')}, ${l.sku})</span></td><td class="num">${l.quantity}</td>${amountCell(l.unitPriceMinor, c)}${amountCell(l.goodsMinor, c)}${amountCell(l.insuranceMinor, c)}
<td>${vatTreatmentName(l.vatTreatment)}${l.vatTreatment === 'standard' ? ` ${t('console.order.lineVat', { rate: percent(l.vatRateBp), vat: money(l.lineVatMinor, c) })}` : ''}</td>${amountCell(l.commissionMinor, c)}
<td>${l.state} <span class="muted">(${lineStateName(l.state)})</span></td>${amountCell(l.refundedMinor, c)}</tr>`,
    )}</tbody></table></div>
</section>
${canRefund ? d.lines.filter((l) => refundable(l) && !awaiting.has(l.id)).map((l) => refundLineForm(v, o.id, c, l, form.lineId === l.id ? form : empty)) : ''}
${orderRefundRequests(v, requests)}
<section aria-labelledby="refunds-h"><h2 id="refunds-h">${t('console.order.refunds')}</h2>
${
  d.refunds.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="refunds-h">
<thead><tr><th scope="col">${t('console.refund.col.refund')}</th><th scope="col">${t('console.audit.col.when')}</th><th scope="col">${t('console.order.col.line')}</th><th scope="col" class="num">${t('console.col.amount')}</th><th scope="col">${t('console.users.col.status')}</th><th scope="col">${t('console.sor.col.reason')}</th><th scope="col">${t('console.col.providerRef')}</th></tr></thead>
<tbody>${d.refunds.map(
        (r) =>
          html`<tr><th scope="row">#${r.id}</th><td>${when(r.createdAt)}</td><td>#${r.orderLineId ?? t('console.none')}</td>${amountCell(r.amountMinor, r.currency)}<td>${refundStatus(r)}</td><td>${r.reason}</td><td>${r.providerRef ? html`<code>${r.providerRef}</code>` : t('console.none')}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.noneFound')}</p>`
}
</section>
<section aria-labelledby="ledger-h"><h2 id="ledger-h">${t('console.order.ledger')}</h2>
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
  if (r.status === 'pending')
    return html`${t('console.refundStatus.pending')} <span class="muted">${t('console.refundStatus.pendingWhy')}</span>`;
  if (r.status === 'succeeded')
    return html`${t('console.refundStatus.succeeded')}${x.settledAt ? html` <span class="muted">${when(x.settledAt)}</span>` : ''}`;
  return html`<strong>${t('console.refundStatus.failed')}</strong>${x.reversedAt ? html` <span class="muted">${tx('console.refundStatus.reversed', { at: when(x.reversedAt) })}</span>` : ''}${x.failureMessage ? html`: ${x.failureMessage}` : ''}`;
}

const refundable = (l: OrderLineView) =>
  REFUNDABLE_LINE_STATES.includes(l.state) && l.refundedMinor < l.totalMinor;

function refundLineForm(v: Viewer, orderId: number, c: string, l: OrderLineView, form: FormState): Html {
  const left = l.totalMinor - l.refundedMinor;
  const shipped = l.state === 3;
  const headingId = `refund-${l.id}-h`;
  const errorOf = (name: string) => form.errors.find((e) => e.field === name)?.message;
  const amountError = errorOf(`amount-${l.id}`);
  return html`<section aria-labelledby="${headingId}" class="console-action"><h2 id="${headingId}">${t('console.refundLine.title', { line: String(l.id) })}</h2>
<p>${
    shipped
      ? t('console.refundLine.shipped', { left: money(left, c) })
      : t('console.refundLine.notShipped', { left: money(left, c), state: l.state === 1 ? '4' : '5' })
  } ${t('console.refundLine.after')}</p>
<form method="post" action="/console/orders/${orderId}/lines/${l.id}/refund" novalidate>${csrfInput(v.csrf)}
  ${
    shipped
      ? html`<div class="field">
  <label for="f-amount-${l.id}">${t('console.refundLine.amount', { currency: c })}</label>
  <span class="hint" id="f-amount-${l.id}-hint">${t('console.refundLine.amountHint', { max: formatAmount(left, c) })}</span>
  ${amountError ? html`<span class="error" id="f-amount-${l.id}-error">${t('console.form.fieldError', { label: t('console.col.amount'), message: amountError })}</span>` : ''}
  <input id="f-amount-${l.id}" name="amount" type="text" inputmode="decimal" value="${form.values.amount ?? ''}" aria-describedby="f-amount-${l.id}-hint${amountError ? ` f-amount-${l.id}-error` : ''}"${amountError ? INVALID : ''}>
</div>`
      : ''
  }
  ${textarea(
    { values: { [`reason-${l.id}`]: form.values.reason ?? '' }, errors: form.errors },
    {
      name: `reason-${l.id}`,
      label: t('console.sor.col.reason'),
      hint: t('console.refundLine.reasonHint'),
      required: true,
      maxlength: 500,
      rows: 2,
    },
  )}
  <button type="submit">${shipped ? t('console.refundLine.refund') : t('console.refundLine.cancelAndRefund', { amount: money(left, c) })}</button>
</form></section>`;
}

function ledgerTable(txs: LedgerTxView[], labelledBy: string): Html {
  if (!txs.length) return html`<p>${t('console.ledger.noTx')}</p>`;
  return html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="${labelledBy}">
<thead><tr><th scope="col">#</th><th scope="col">${t('console.audit.col.when')}</th><th scope="col">${t('console.ledger.col.kind')}</th><th scope="col">${t('console.ledger.col.reference')}</th><th scope="col">${t('console.ledger.col.account')}</th><th scope="col" class="num">${t('console.ledger.col.debit')}</th><th scope="col" class="num">${t('console.ledger.col.credit')}</th></tr></thead>
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
    t('console.nav.ledger'),
    'ledger',
    html`<h1>${t('console.nav.ledger')}</h1>
<p>${t('console.ledger.intro')}</p>
<p><a href="/console/ledger/transactions">${t('console.ledger.newest')}</a></p>
${
  currencies.length
    ? currencies.map((c) => {
        const total = totals.find((t) => t.currency === c)!.total;
        const id = `bal-${c}`;
        return html`<section aria-labelledby="${id}"><h2 id="${id}">${c}</h2>
<p role="status" class="${total === 0 ? 'balanced' : 'unbalanced'}">${total === 0 ? t('console.ledger.balanced', { currency: c }) : t('console.ledger.unbalanced', { currency: c, total: money(total, c) })}</p>
<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="${id}">
<thead><tr><th scope="col">${t('console.ledger.col.account')}</th><th scope="col" class="num">${t('console.ledger.col.balance')}</th></tr></thead>
<tbody>${rows
          .filter((r) => r.currency === c)
          .map(
            (r) =>
              html`<tr><th scope="row"><a href="/console/ledger/transactions?account=${encodeURIComponent(r.account)}">${r.account}</a></th>${amountCell(r.balanceMinor, c)}</tr>`,
          )}</tbody>
<tfoot><tr><th scope="row">${t('console.order.col.total')}</th>${amountCell(total, c)}</tr></tfoot>
</table></div></section>`;
      })
    : html`<p role="status">${t('console.ledger.empty')}</p>`
}`,
  );
}

export function ledgerTransactionsPage(v: Viewer, account: string, txs: LedgerTxView[]): Html {
  return page(
    v,
    t('console.ledger.txTitle'),
    'ledger',
    html`<nav class="breadcrumb" aria-label="${t('console.breadcrumb')}"><ol><li><a href="/console/ledger">${t('console.nav.ledger')}</a></li><li aria-current="page">${t('console.ledger.transactions')}</li></ol></nav>
<h1>${t('console.ledger.txTitle')}</h1>
<form class="console-filters" method="get" action="/console/ledger/transactions" role="search" aria-label="${t('console.ledger.filterLabel')}">
  ${field({ values: { account }, errors: [] }, { name: 'account', label: t('console.ledger.accountFilter'), type: 'search', maxlength: 200 })}
  <button type="submit">${t('console.filter')}</button>
</form>
<h2 id="tx-h">${account ? t('console.ledger.newestOn', { account }) : t('console.ledger.newest')}</h2>
<p role="status">${txs.length === LEDGER_PAGE_SIZE ? t('console.ledger.limited', { limit: LEDGER_PAGE_SIZE }) : t('console.ledger.count', { count: txs.length })}</p>
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
    t('console.nav.payouts'),
    'payouts',
    html`<h1>${t('console.nav.payouts')}</h1>
${notice(ran ? t('console.payouts.ran', ran) : undefined)}
<p>${t('console.payouts.intro')}</p>
${
  can(v, 'admin')
    ? html`<form method="post" action="/console/payouts/run" class="inline">${csrfInput(v.csrf)}<button type="submit">${t('console.payouts.run')}</button></form>`
    : ''
}
<h2 id="payouts-h">${t('console.payouts.newest')}</h2>
${
  rows.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="payouts-h">
<thead><tr><th scope="col">${t('console.payouts.col.payout')}</th><th scope="col">${t('console.order.seller')}</th><th scope="col" class="num">${t('console.col.amount')}</th><th scope="col">${t('console.users.col.status')}</th><th scope="col">${t('console.payouts.col.covers')}</th><th scope="col">${t('console.users.col.created')}</th><th scope="col">${t('console.payouts.col.sent')}</th><th scope="col">${t('console.col.providerRef')}</th></tr></thead>
<tbody>${rows.map(
        (p) =>
          html`<tr><th scope="row">#${p.id}</th><td>${p.sellerName} <span class="muted">#${p.sellerId}</span> — <a href="/console/ledger/transactions?account=seller_payable%3A${p.sellerId}">${t('console.payouts.ledger')}</a></td>${amountCell(p.amountMinor, p.currency)}<td>${p.held ? html`${t('console.payouts.held')} <span class="muted">${t('console.payouts.heldWhy')}</span>` : p.status}</td><td>${when(p.coversUntil)}</td><td>${when(p.createdAt)}</td><td>${when(p.sentAt)}</td><td>${p.providerRef ? html`<code>${p.providerRef}</code>` : t('console.none')}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p role="status">${t('console.payouts.none')}</p>`
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
  settings: t('console.fees.done.settings'),
  category: t('console.fees.done.category'),
  seller: t('console.fees.done.seller'),
  removed: t('console.fees.done.removed'),
};

/** The fee form's field for one currency's monthly fee: monthlyFeeEUR, monthlyFeeSEK, … */
export const monthlyFeeField = (currency: string) => `monthlyFee${currency}`;

export const FEES_LABELS: Record<string, string> = {
  defaultCommission: t('console.fees.defaultCommission'),
  ...Object.fromEntries(
    FEE_CURRENCIES.map((cur) => [monthlyFeeField(cur), t('console.fees.monthlyFeeIn', { currency: cur })]),
  ),
  payoutDelayDays: t('console.fees.payoutDelay'),
  categoryId: t('console.fees.category'),
  categoryRate: t('console.fees.categoryRate'),
  sellerId: t('console.order.seller'),
  sellerRate: t('console.fees.sellerRate'),
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
    t('console.nav.fees'),
    'fees',
    html`<h1>${t('console.nav.fees')}</h1>
${notice(done ? FEES_DONE[done] : undefined)}
${consoleErrorSummary(form, FEES_LABELS)}
<section aria-labelledby="settings-h" class="console-action"><h2 id="settings-h">${t('console.fees.settings')}</h2>
<p>${s.updatedBy ? tx('console.fees.lastChangedBy', { at: when(s.updatedAt), by: html`<a href="/console/users/${s.updatedBy}">#${s.updatedBy}</a>` }) : tx('console.fees.lastChanged', { at: when(s.updatedAt) })}</p>
<form method="post" action="/console/fees" novalidate>${csrfInput(v.csrf)}
  ${field(settingsForm, { name: 'defaultCommission', label: FEES_LABELS.defaultCommission!, hint: t('console.fees.defaultCommissionHint'), required: true, maxlength: 6 })}
  <fieldset><legend>${t('console.fees.monthlyFee')}</legend>
  <p id="monthly-fee-hint">${t('console.fees.monthlyFeeHint')}</p>
  ${FEE_CURRENCIES.map((cur) => field(settingsForm, { name: monthlyFeeField(cur), label: FEES_LABELS[monthlyFeeField(cur)]!, required: true, maxlength: 12 }))}
  </fieldset>
  ${field(settingsForm, { name: 'payoutDelayDays', label: FEES_LABELS.payoutDelayDays!, hint: t('console.fees.payoutDelayHint', { max: MAX_PAYOUT_DELAY_DAYS }), required: true, maxlength: 2 })}
  <button type="submit">${t('console.fees.saveSettings')}</button>
</form></section>
<section aria-labelledby="cat-h" class="console-action"><h2 id="cat-h">${t('console.fees.perCategory')}</h2>
<p>${t('console.fees.perCategoryIntro')}</p>
${overrideTable(
  v,
  'cat-h',
  t('console.fees.category'),
  d.categoryRates.map((r) => ({ id: r.categoryId, name: r.categoryName, rateBp: r.rateBp })),
  '/console/fees/categories',
)}
<form method="post" action="/console/fees/categories" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('category'), {
    name: 'categoryId',
    label: FEES_LABELS.categoryId!,
    required: true,
    options: [
      { value: '', label: t('console.fees.chooseCategory') },
      ...d.categories.map((c) => ({
        value: String(c.id),
        label: t('console.fees.categoryOption', { name: c.name, level: c.level }),
      })),
    ],
  })}
  ${field(formFor('category'), { name: 'categoryRate', label: FEES_LABELS.categoryRate!, required: true, maxlength: 6 })}
  <button type="submit">${t('console.fees.saveCategory')}</button>
</form></section>
<section aria-labelledby="seller-h" class="console-action"><h2 id="seller-h">${t('console.fees.perSeller')}</h2>
<p>${t('console.fees.perSellerIntro')}</p>
${overrideTable(
  v,
  'seller-h',
  t('console.order.seller'),
  d.sellerRates.map((r) => ({ id: r.sellerId, name: r.sellerName, rateBp: r.rateBp })),
  '/console/fees/sellers',
)}
<form method="post" action="/console/fees/sellers" novalidate>${csrfInput(v.csrf)}
  ${field(formFor('seller'), {
    name: 'sellerId',
    label: FEES_LABELS.sellerId!,
    required: true,
    options: [
      { value: '', label: t('console.fees.chooseSeller') },
      ...d.sellers.map((x) => ({
        value: String(x.id),
        label: t('console.nameId', { name: x.name, id: String(x.id) }),
      })),
    ],
  })}
  ${field(formFor('seller'), { name: 'sellerRate', label: FEES_LABELS.sellerRate!, required: true, maxlength: 6 })}
  <button type="submit">${t('console.fees.saveSeller')}</button>
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
  if (!rows.length) return html`<p>${t('console.fees.noOverride')}</p>`;
  return html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-labelledby="${labelledBy}">
<thead><tr><th scope="col">${what}</th><th scope="col" class="num">${t('console.col.rate')}</th><th scope="col"><span class="visually-hidden">${t('console.col.actions')}</span></th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><th scope="row">${r.name} <span class="muted">#${r.id}</span></th><td class="num">${t('console.percent', { value: percent(r.rateBp) })}</td><td><form method="post" action="${base}/${r.id}/delete" class="inline">${csrfInput(v.csrf)}<button type="submit" class="link">${t('console.fees.remove')}<span class="visually-hidden"> ${t('console.fees.removeWhich', { name: r.name })}</span></button></form></td></tr>`,
  )}</tbody></table></div>`;
}
