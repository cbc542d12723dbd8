import { html } from 'hono/html';
import { gradeName } from '../../modules/offers/grade-names.ts';
import {
  canShip,
  ORDER_LINE_STATE_NAMES,
  ORDER_STATE_NAMES,
  type OrderLineState,
  type OrderState,
} from '../../modules/orders/order-states.ts';
import { type listSellerOrders, showsBuyer } from '../../modules/orders/seller-orders.read-model.ts';
import type { sellerOrder } from '../../modules/seller-orders/seller-order-actions.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  csrfInput,
  money,
  PORTAL_LANGUAGE,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

type OrderList = Awaited<ReturnType<typeof listSellerOrders>>;
type OrderDetail = Awaited<ReturnType<typeof sellerOrder>>;

/** The tabs of the orders list, in the order a seller works through them. */
export const ORDER_TABS: ReadonlyArray<readonly [OrderState | null, string]> = [
  [1, 'To accept'],
  [3, 'To ship'],
  [9, 'Processed'],
  [0, 'Payment pending'],
  [10, 'Awaiting transfer'],
  [8, 'Not paid'],
  [null, 'All'],
];

/** What a seller sees instead of the buyer of an order not paid (yet): no name, no address. */
const BUYER_HIDDEN = 'Not paid yet';
const BUYER_HIDDEN_DETAIL = "The buyer's name and address are shown once the order is paid.";

const stateName = (s: number) => ORDER_STATE_NAMES[s as OrderState] ?? String(s);
const lineStateName = (s: number) => ORDER_LINE_STATE_NAMES[s as OrderLineState] ?? String(s);

export function ordersPage(
  v: SellerView,
  state: number | null,
  page: number,
  list: OrderList,
  size: number,
): Html {
  const base = sellerBase(v.sellerId);
  const pages = Math.max(1, Math.ceil(list.total / size));
  const link = (s: number | null, p = 1) =>
    `${base}/orders?${new URLSearchParams({ ...(s === null ? { state: 'all' } : { state: String(s) }), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return sellerPage(
    'Orders',
    v,
    html`<h1>Orders</h1>
<nav class="tabs" aria-label="Orders by state"><ul>${ORDER_TABS.map(([s, label]) => {
      const n =
        s === null ? [...list.byState.values()].reduce((a, b) => a + b, 0) : (list.byState.get(s) ?? 0);
      return html`<li><a href="${link(s)}"${s === state ? html` aria-current="page"` : ''}>${label} (${n})</a></li>`;
    })}</ul></nav>
${
  list.rows.length === 0
    ? html`<p class="empty">No order here.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Orders</caption>
<thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Buyer</th><th scope="col">Market</th><th scope="col" class="num">Lines</th><th scope="col" class="num">Total</th><th scope="col">State</th></tr></thead>
<tbody>${list.rows.map(
        (o) =>
          html`<tr><td><a href="${base}/orders/${o.id}">#${o.id}</a></td><td>${when(o.createdAt)}</td><td>${o.buyerName ?? html`<span class="muted">${BUYER_HIDDEN}</span>`}</td><td>${o.market}</td><td class="num">${Number(o.lines)}</td><td class="num">${money(o.totalMinor, o.currency)}</td><td>${stateName(o.state)}</td></tr>`,
      )}</tbody></table></div>
${
  pages > 1
    ? html`<nav class="pager" aria-label="Pages"><span>Page ${page} of ${pages}</span>${page > 1 ? html` <a href="${link(state, page - 1)}" rel="prev">Previous</a>` : ''}${page < pages ? html` <a href="${link(state, page + 1)}" rel="next">Next</a>` : ''}</nav>`
    : ''
}`
}`,
  );
}

export const ORDER_DONE: Record<string, string> = {
  accepted: 'Accepted: ship the order and give its tracking number.',
  cancelled: 'Cancelled: the buyer is refunded in full.',
  shipped: 'Shipped: the buyer has the tracking number.',
  identifiers: 'Saved.',
  invoice: 'Invoice uploaded: the buyer can download it with the order.',
};

export type OrderForms = {
  ship?: FormState;
  cancel?: FormState;
  identifiers?: FormState & { lineId?: number };
};

export function orderDetailPage(v: SellerView, d: OrderDetail, forms: OrderForms = {}, done?: string): Html {
  const base = sellerBase(v.sellerId);
  const o = d.order;
  const states = d.lines.map((l) => l.state as OrderLineState);
  const toAccept = d.lines.filter((l) => l.state === 1);
  const cancellable = d.lines.filter((l) => l.state === 1 || l.state === 2);
  const ship = forms.ship ?? { values: { shipper: o.shipper ?? '' }, errors: [] };
  const cancel = forms.cancel ?? { values: {}, errors: [] };
  const a = o.shippingAddress;
  return sellerPage(
    `Order #${o.id}`,
    v,
    html`<p><a href="${base}/orders">← Orders</a></p>
<h1>Order #${o.id}</h1>
${done && ORDER_DONE[done] ? html`<p class="notice" role="status">${ORDER_DONE[done]}</p>` : ''}
<section aria-labelledby="invoice-h" class="seller-invoice"><h2 id="invoice-h">Invoice</h2>
<form method="post" action="${base}/orders/${o.id}/invoice" enctype="multipart/form-data">${csrfInput(v.csrf)}
  <label for="invoice-file">Your invoice to the buyer (PDF, at most 5 MB)</label>
  <input id="invoice-file" name="invoice" type="file" accept="application/pdf" required>
  <button type="submit" class="secondary">Upload the invoice</button>
</form></section>
${sellerErrorSummary(forms.ship ?? forms.cancel ?? forms.identifiers ?? { values: {}, errors: [] }, {
  tracking_number: 'Tracking number',
  shipper: 'Carrier',
  reason: 'Reason',
  imei: 'IMEI',
  serial_number: 'Serial number',
})}
<dl class="facts">
<dt>State</dt><dd>${stateName(o.state)}</dd>
<dt>Placed</dt><dd>${when(o.createdAt)}</dd>
<dt>Paid</dt><dd>${when(o.paidAt)}</dd>
<dt>Shipping</dt><dd>${o.shippingOption}${o.shippedAt ? html` · shipped ${when(o.shippedAt)} · ${o.shipper ?? ''} ${o.trackingNumber ?? ''}` : ''}</dd>
<dt>Total</dt><dd>${money(o.totalMinor, o.currency)} (items ${money(o.itemsTotalMinor, o.currency)}, shipping ${money(o.shippingTotalMinor, o.currency)})</dd>
<dt>Ship to</dt><dd>${showsBuyer(o.state) ? `${a.name}${a.company ? `, ${a.company}` : ''}, ${a.line1}${a.line2 ? `, ${a.line2}` : ''}, ${a.postalCode} ${a.city}, ${a.country}` : html`<span class="muted">${BUYER_HIDDEN_DETAIL}</span>`}</dd>
</dl>
<h2>Lines</h2>
<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Order lines</caption>
<thead><tr><th scope="col">Line</th><th scope="col">Product</th><th scope="col">SKU</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Unit price</th><th scope="col">State</th><th scope="col">IMEI / serial</th></tr></thead>
<tbody>${d.lines.map(
      (l) =>
        html`<tr><td>${l.id}</td><td>${l.productName} <span class="small muted">${gradeName(l.grade, PORTAL_LANGUAGE)}</span></td><td>${l.sku}</td><td class="num">${l.quantity}</td><td class="num">${money(l.unitPriceMinor, o.currency)}</td><td>${l.state} — ${lineStateName(l.state)}</td><td>${l.imei ?? '—'} / ${l.serialNumber ?? '—'}</td></tr>`,
    )}</tbody></table></div>
${
  toAccept.length
    ? html`<section class="panel" aria-labelledby="accept-h"><h2 id="accept-h">Accept</h2>
<p>By accepting you commit to ship ${toAccept.length === 1 ? 'this line' : `these ${toAccept.length} lines`}.</p>
<form method="post" action="${base}/orders/${o.id}/accept">${csrfInput(v.csrf)}<button type="submit">Accept the order</button></form></section>`
    : ''
}
${
  canShip(states)
    ? html`<section class="panel" aria-labelledby="ship-h"><h2 id="ship-h">Ship</h2>
<form method="post" action="${base}/orders/${o.id}/ship" novalidate>${csrfInput(v.csrf)}
${field(ship, { name: 'shipper', label: 'Carrier', maxlength: 100 })}
${field(ship, { name: 'tracking_number', label: 'Tracking number', required: true, maxlength: 100 })}
<button type="submit">Mark as shipped</button></form></section>`
    : ''
}
${
  cancellable.length
    ? html`<section class="panel" aria-labelledby="cancel-h"><h2 id="cancel-h">Cancel</h2>
<p>Cancelling refunds the buyer in full and counts in your cancellation rate.</p>
<form method="post" action="${base}/orders/${o.id}/cancel" novalidate>${csrfInput(v.csrf)}
${field(cancel, { name: 'reason', label: 'Reason (sent to the buyer)', required: true, maxlength: 500 })}
<button type="submit" class="secondary">Cancel the order</button></form></section>`
    : ''
}
${
  d.lines.some((l) => !l.imei || !l.serialNumber)
    ? html`<section class="panel" aria-labelledby="ids-h"><h2 id="ids-h">IMEI and serial numbers</h2>
<p class="small muted">Each can be written once.</p>
${d.lines
  .filter((l) => !l.imei || !l.serialNumber)
  .map((l) => {
    const f =
      forms.identifiers && forms.identifiers.lineId === l.id ? forms.identifiers : { values: {}, errors: [] };
    return html`<form method="post" action="${base}/orders/${o.id}/identifiers" novalidate class="identifiers">${csrfInput(v.csrf)}
<input type="hidden" name="lineId" value="${l.id}">
<fieldset><legend>Line ${l.id}: ${l.productName}</legend>
${l.imei ? html`<p>IMEI ${l.imei}</p>` : field(f, { name: `imei_${l.id}`, label: 'IMEI', maxlength: 15 })}
${l.serialNumber ? html`<p>Serial ${l.serialNumber}</p>` : field(f, { name: `serial_number_${l.id}`, label: 'Serial number', maxlength: 50 })}
<button type="submit" class="secondary">Save</button></fieldset></form>`;
  })}</section>`
    : ''
}`,
  );
}
