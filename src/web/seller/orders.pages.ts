import { html, raw } from 'hono/html';
import type { ParcelView } from '../../modules/delivery/shipments.read-model.ts';
import { gradeName } from '../../modules/offers/grade-names.ts';
import { canShip, type OrderLineState, type OrderState } from '../../modules/orders/order-states.ts';
import { type listSellerOrders, showsBuyer } from '../../modules/orders/seller-orders.read-model.ts';
import type { sellerOrder } from '../../modules/seller-orders/seller-order-actions.ts';
import type { MessageKey, Translate } from '../../platform/i18n.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { parcelPanel } from './care.pages.ts';
import {
  count,
  csrfInput,
  money,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

type OrderList = Awaited<ReturnType<typeof listSellerOrders>>;
type OrderDetail = Awaited<ReturnType<typeof sellerOrder>>;

/** The tabs of the orders list, in the order a seller works through them. */
export const ORDER_TABS: ReadonlyArray<readonly [OrderState | null, MessageKey]> = [
  [1, 'portal.orders.tab.toAccept'],
  [3, 'portal.orders.tab.toShip'],
  [9, 'portal.orders.tab.processed'],
  [0, 'portal.orders.tab.paymentPending'],
  [10, 'portal.orders.tab.awaitingTransfer'],
  [8, 'portal.orders.tab.notPaid'],
  [null, 'portal.orders.tab.all'],
];

/**
 * Order and line states as a seller reads them (what the seller must do next). TODO(lead): the
 * shop's `lineState.*` keys (issue 13, H1) say the same to buyers; these keep the seller's view.
 */
const ORDER_STATE_KEYS: Readonly<Record<OrderState, MessageKey>> = {
  0: 'portal.orderState.0',
  10: 'portal.orderState.10',
  1: 'portal.orderState.1',
  3: 'portal.orderState.3',
  8: 'portal.orderState.8',
  9: 'portal.orderState.9',
};
const LINE_STATE_KEYS: Readonly<Record<OrderLineState, MessageKey>> = {
  0: 'portal.lineState.0',
  9: 'portal.lineState.9',
  8: 'portal.lineState.8',
  1: 'portal.lineState.1',
  2: 'portal.lineState.2',
  3: 'portal.lineState.3',
  4: 'portal.lineState.4',
  5: 'portal.lineState.5',
  6: 'portal.lineState.6',
  7: 'portal.lineState.7',
};

const stateName = (t: Translate, s: number) => {
  const key = ORDER_STATE_KEYS[s as OrderState];
  return key ? t(key) : String(s);
};
const lineStateName = (t: Translate, s: number) => {
  const key = LINE_STATE_KEYS[s as OrderLineState];
  return key ? t(key) : String(s);
};

export function ordersPage(
  v: SellerView,
  state: number | null,
  page: number,
  list: OrderList,
  size: number,
): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const pages = Math.max(1, Math.ceil(list.total / size));
  const link = (s: number | null, p = 1) =>
    `${base}/orders?${new URLSearchParams({ ...(s === null ? { state: 'all' } : { state: String(s) }), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return sellerPage(
    t('portal.orders.title'),
    v,
    html`<h1>${t('portal.orders.title')}</h1>
<nav class="tabs" aria-label="${t('portal.orders.tabsLabel')}"><ul>${ORDER_TABS.map(([s, label]) => {
      const n =
        s === null ? [...list.byState.values()].reduce((a, b) => a + b, 0) : (list.byState.get(s) ?? 0);
      return html`<li><a href="${link(s)}"${s === state ? raw(' aria-current="page"') : ''}>${t(label)} (${count(n, locale)})</a></li>`;
    })}</ul></nav>
${
  list.rows.length === 0
    ? html`<p class="empty">${t('portal.orders.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.orders.title')}</caption>
<thead><tr><th scope="col">${t('portal.orders.order')}</th><th scope="col">${t('portal.orders.placed')}</th><th scope="col">${t('portal.orders.buyer')}</th><th scope="col">${t('portal.offer.market')}</th><th scope="col" class="num">${t('portal.orders.lines')}</th><th scope="col" class="num">${t('portal.orders.total')}</th><th scope="col">${t('portal.orders.state')}</th></tr></thead>
<tbody>${list.rows.map(
        (o) =>
          html`<tr><td><a href="${base}/orders/${o.id}">#${o.id}</a></td><td>${when(o.createdAt, locale)}</td><td>${o.buyerName ?? html`<span class="muted">${t('portal.orders.buyerHidden')}</span>`}</td><td>${o.market}</td><td class="num">${count(Number(o.lines), locale)}</td><td class="num">${money(o.totalMinor, o.currency, locale)}</td><td>${stateName(t, o.state)}</td></tr>`,
      )}</tbody></table></div>
${
  pages > 1
    ? html`<nav class="pager" aria-label="${t('portal.pager.label')}"><span>${t('portal.pager.pageOf', { page, pages })}</span>${page > 1 ? html` <a href="${link(state, page - 1)}" rel="prev">${t('portal.pager.previous')}</a>` : ''}${page < pages ? html` <a href="${link(state, page + 1)}" rel="next">${t('portal.pager.next')}</a>` : ''}</nav>`
    : ''
}`
}`,
  );
}

export const ORDER_DONE: Record<string, MessageKey> = {
  accepted: 'portal.orders.done.accepted',
  cancelled: 'portal.orders.done.cancelled',
  shipped: 'portal.orders.done.shipped',
  identifiers: 'portal.saved',
  invoice: 'portal.orders.done.invoice',
};

export type OrderForms = {
  ship?: FormState;
  cancel?: FormState;
  identifiers?: FormState & { lineId?: number };
};

export function orderDetailPage(
  v: SellerView,
  d: OrderDetail,
  forms: OrderForms = {},
  done?: string,
  parcel?: ParcelView,
): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const o = d.order;
  const states = d.lines.map((l) => l.state as OrderLineState);
  const toAccept = d.lines.filter((l) => l.state === 1);
  const cancellable = d.lines.filter((l) => l.state === 1 || l.state === 2);
  const ship = forms.ship ?? { values: { shipper: o.shipper ?? '' }, errors: [] };
  const cancel = forms.cancel ?? { values: {}, errors: [] };
  const a = o.shippingAddress;
  return sellerPage(
    t('portal.order.title', { id: o.id }),
    v,
    html`<p><a href="${base}/orders">← ${t('portal.orders.title')}</a></p>
<h1>${t('portal.order.title', { id: o.id })}</h1>
${done && ORDER_DONE[done] ? html`<p class="notice" role="status">${t(ORDER_DONE[done])}</p>` : ''}
<section aria-labelledby="invoice-h" class="seller-invoice"><h2 id="invoice-h">${t('portal.order.invoice')}</h2>
<form method="post" action="${base}/orders/${o.id}/invoice" enctype="multipart/form-data">${csrfInput(v.csrf)}
  <label for="invoice-file">${t('portal.order.invoiceLabel')}</label>
  <input id="invoice-file" name="invoice" type="file" accept="application/pdf" required>
  <button type="submit" class="secondary">${t('portal.order.invoiceUpload')}</button>
</form></section>
${sellerErrorSummary(
  forms.ship ?? forms.cancel ?? forms.identifiers ?? { values: {}, errors: [] },
  {
    tracking_number: t('portal.order.trackingNumber'),
    shipper: t('portal.offer.carrier'),
    reason: t('portal.order.reason'),
    imei: 'IMEI',
    serial_number: t('portal.order.serialNumber'),
  },
  t,
)}
<dl class="facts">
<dt>${t('portal.orders.state')}</dt><dd>${stateName(t, o.state)}</dd>
<dt>${t('portal.orders.placed')}</dt><dd>${when(o.createdAt, locale)}</dd>
<dt>${t('portal.order.paid')}</dt><dd>${when(o.paidAt, locale)}</dd>
<dt>${t('portal.order.shipping')}</dt><dd>${o.shippingOption}${o.shippedAt ? html` · ${t('portal.order.shipped')} ${when(o.shippedAt, locale)} · ${o.shipper ?? ''} ${o.trackingNumber ?? ''}` : ''}</dd>
<dt>${t('portal.orders.total')}</dt><dd>${t('portal.order.totalDetail', { total: money(o.totalMinor, o.currency, locale), items: money(o.itemsTotalMinor, o.currency, locale), shipping: money(o.shippingTotalMinor, o.currency, locale) })}</dd>
<dt>${t('portal.order.shipTo')}</dt><dd>${showsBuyer(o.state) ? `${a.name}${a.company ? `, ${a.company}` : ''}, ${a.line1}${a.line2 ? `, ${a.line2}` : ''}, ${a.postalCode} ${a.city}, ${a.country}` : html`<span class="muted">${t('portal.order.buyerHiddenDetail')}</span>`}</dd>
</dl>
${parcelPanel(v, parcel)}
<h2>${t('portal.orders.lines')}</h2>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.order.linesCaption')}</caption>
<thead><tr><th scope="col">${t('portal.order.line')}</th><th scope="col">${t('portal.offer.product')}</th><th scope="col">${t('portal.offer.sku')}</th><th scope="col" class="num">${t('portal.order.qty')}</th><th scope="col" class="num">${t('portal.order.unitPrice')}</th><th scope="col">${t('portal.orders.state')}</th><th scope="col">${t('portal.order.imeiSerial')}</th></tr></thead>
<tbody>${d.lines.map(
      (l) =>
        html`<tr><td>${l.id}</td><td>${l.productName} <span class="small muted">${gradeName(l.grade, locale)}</span></td><td>${l.sku}</td><td class="num">${count(l.quantity, locale)}</td><td class="num">${money(l.unitPriceMinor, o.currency, locale)}</td><td>${l.state} — ${lineStateName(t, l.state)}</td><td>${l.imei ?? '—'} / ${l.serialNumber ?? '—'}</td></tr>`,
    )}</tbody></table></div>
${
  toAccept.length
    ? html`<section class="panel" aria-labelledby="accept-h"><h2 id="accept-h">${t('portal.order.accept')}</h2>
<p>${t('portal.order.acceptCommit', { count: toAccept.length })}</p>
<form method="post" action="${base}/orders/${o.id}/accept">${csrfInput(v.csrf)}<button type="submit">${t('portal.order.acceptButton')}</button></form></section>`
    : ''
}
${
  canShip(states)
    ? html`<section class="panel" aria-labelledby="ship-h"><h2 id="ship-h">${t('portal.order.ship')}</h2>
<form method="post" action="${base}/orders/${o.id}/ship" novalidate>${csrfInput(v.csrf)}
${field(ship, { name: 'shipper', label: t('portal.offer.carrier'), maxlength: 100 })}
${field(ship, { name: 'tracking_number', label: t('portal.order.trackingNumber'), required: true, maxlength: 100 })}
<button type="submit">${t('portal.order.shipButton')}</button></form></section>`
    : ''
}
${
  cancellable.length
    ? html`<section class="panel" aria-labelledby="cancel-h"><h2 id="cancel-h">${t('portal.order.cancel')}</h2>
<p>${t('portal.order.cancelNote')}</p>
<form method="post" action="${base}/orders/${o.id}/cancel" novalidate>${csrfInput(v.csrf)}
${field(cancel, { name: 'reason', label: t('portal.order.reasonLabel'), required: true, maxlength: 500 })}
<button type="submit" class="secondary">${t('portal.order.cancelButton')}</button></form></section>`
    : ''
}
${
  d.lines.some((l) => !l.imei || !l.serialNumber)
    ? html`<section class="panel" aria-labelledby="ids-h"><h2 id="ids-h">${t('portal.order.identifiers')}</h2>
<p class="small muted">${t('portal.order.identifiersOnce')}</p>
${d.lines
  .filter((l) => !l.imei || !l.serialNumber)
  .map((l) => {
    const f =
      forms.identifiers && forms.identifiers.lineId === l.id ? forms.identifiers : { values: {}, errors: [] };
    return html`<form method="post" action="${base}/orders/${o.id}/identifiers" novalidate class="identifiers">${csrfInput(v.csrf)}
<input type="hidden" name="lineId" value="${l.id}">
<fieldset><legend>${t('portal.order.lineLegend', { id: l.id, product: l.productName })}</legend>
${l.imei ? html`<p>IMEI ${l.imei}</p>` : field(f, { name: `imei_${l.id}`, label: 'IMEI', maxlength: 15 })}
${l.serialNumber ? html`<p>${t('portal.order.serialValue', { serial: l.serialNumber })}</p>` : field(f, { name: `serial_number_${l.id}`, label: t('portal.order.serialNumber'), maxlength: 50 })}
<button type="submit" class="secondary">${t('portal.save')}</button></fieldset></form>`;
  })}</section>`
    : ''
}`,
  );
}
