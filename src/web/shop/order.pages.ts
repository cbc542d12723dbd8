import { html } from 'hono/html';
import type { OrderAfterSales } from '../../modules/after-sales/buyer-after-sales.read-model.ts';
import type { LinePolicy } from '../../modules/after-sales/insurance.read-model.ts';
import type { ReceiptOrder, ReceiptView } from '../../modules/checkout/receipt.read-model.ts';
import type { CreditNote } from '../../modules/documents/documents.types.ts';
import { LINE, lineStateKey, orderStateKey } from '../../modules/orders/order-states.ts';
import { receiptMentionKey } from '../../modules/pricing/vat.rules.ts';
import type { CheckoutRefunds } from '../../modules/refunds/checkout-refunds.ts';
import { gradeLabel } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { notice } from '../ui/forms.ts';
import { type Html, layout } from '../ui/layout.ts';
import { lineAfterSales, parcelBlock } from './after-sales.pages.ts';
import { lineInsurance } from './insurance-claims.pages.ts';
import { reviewLineLink } from './review-writing.pages.ts';

const when = (ctx: PageContext, d: Date) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(d);

/** The legal VAT mention of a treatment (margin scheme, reverse charge) in the page's language. */
const vatMention = (ctx: PageContext, treatment: Parameters<typeof receiptMentionKey>[0]) => {
  const key = receiptMentionKey(treatment);
  return key ? ctx.t(key) : '';
};

const REFUNDED: readonly number[] = [LINE.cancelled, LINE.refundedBeforeShipping, LINE.refundedAfterShipping];
const allRefunded = (orders: readonly ReceiptOrder[]) =>
  orders.length > 0 && orders.every((o) => o.lines.every((l) => REFUNDED.includes(l.state)));

/** An order's state as the buyer reads it: "cancelled and refunded" rather than Back Market's "processed". */
function orderStateName(ctx: PageContext, o: ReceiptOrder): string {
  if (o.lines.length > 0 && o.lines.every((l) => REFUNDED.includes(l.state)))
    return ctx.t('order.stateRefunded');
  return ctx.t(orderStateKey(o.state));
}

function paidStatus(ctx: PageContext, r: ReceiptView, refunded: CheckoutRefunds | undefined): Html {
  const { t } = ctx;
  const failed = refunded?.failedMinor
    ? html`<div class="error-summary" role="alert"><p>${t('order.refundFailed', { amount: ctx.amount(refunded.failedMinor, r.currency) })}</p></div>`
    : '';
  const back = ctx.amount(refunded?.totalRefundedMinor ?? 0, r.currency);
  if (allRefunded(r.orders)) return html`${notice(t('order.cancelledRefunded', { amount: back }))}${failed}`;
  if (refunded?.totalRefundedMinor)
    return html`${notice(t('order.partlyRefunded', { amount: back }))}${failed}`;
  return html`${notice(t('order.confirmed', { email: r.buyerEmail }))}${failed}`;
}

function status(ctx: PageContext, r: ReceiptView, refunded?: CheckoutRefunds): Html {
  const { t } = ctx;
  const total = ctx.amount(r.totalMinor, r.currency);
  switch (r.paymentStatus) {
    case 'succeeded':
      return paidStatus(ctx, r, refunded);
    case 'requires_action':
      return html`<div class="notice" role="status"><p>${t('order.requiresAction')}</p><p><a class="button" href="${String(r.nextAction?.url ?? '#')}">${t('order.confirmPayment')}</a></p></div>`;
    case 'awaiting_transfer': {
      const a = r.nextAction ?? {};
      return html`<div class="notice" role="status"><p>${t('order.awaitingTransfer', { due: r.paymentDueAt ? when(ctx, r.paymentDueAt) : '', total })}</p>
<dl class="specs"><dt>${t('order.beneficiary')}</dt><dd>${String(a.beneficiary ?? '')}</dd><dt>${t('order.iban')}</dt><dd>${String(a.iban ?? '')}</dd><dt>${t('order.bic')}</dt><dd>${String(a.bic ?? '')}</dd><dt>${t('order.reference')}</dt><dd><strong>${String(a.reference ?? '')}</strong></dd></dl></div>`;
    }
    case 'failed':
      return html`<div class="error-summary" role="alert"><h2>${t('checkout.failed')}</h2><p>${r.failureMessage ?? ''}</p><p>${t('order.failedStatus')}</p></div>`;
    case 'cancelled':
      return html`<div class="error-summary" role="alert"><p>${t('order.cancelledStatus')}</p></div>`;
    default:
      return html``;
  }
}

/**
 * A checkout's page: its real status, each line with what was refunded, what was paid, and each
 * order's documents (invoice, credit notes and their cancellations) for a signed-in buyer.
 */
export function orderPage(
  ctx: PageContext,
  r: ReceiptView,
  refunded?: CheckoutRefunds,
  creditNotes: readonly CreditNote[] = [],
  after?: { view: OrderAfterSales; done?: string | undefined; insurance?: Map<number, LinePolicy[]> },
) {
  const { t } = ctx;
  // Help, returns and warranty are the signed-in buyer's (a guest's order page shows the parcels).
  const buyer = r.buyerUserId !== null && ctx.actor?.userId === r.buyerUserId;
  const done = after?.done === 'return' || after?.done === 'warranty' ? after.done : null;
  const m = (minor: number) => ctx.amount(minor, r.currency);
  const paid = r.paymentStatus === 'succeeded';
  const lineRefund = (lineId: number) => {
    const x = refunded?.lines.get(lineId);
    if (!x?.refundedMinor) return '—';
    return html`${m(x.refundedMinor)}${x.pendingMinor ? html` <span class="muted">(${t('order.refundPending')})</span>` : ''}`;
  };
  const totalLabel = paid
    ? t('order.totalPaid')
    : r.paymentStatus === 'failed' || r.paymentStatus === 'cancelled'
      ? t('order.totalNotCharged')
      : t('checkout.grandTotal');
  return layout(
    ctx,
    { title: t('order.title') },
    html`<h1>${t('order.title')}</h1>
${status(ctx, r, refunded)}
${done === 'return' ? notice(t('afterSales.return.requested')) : done === 'warranty' ? notice(t('afterSales.warranty.opened')) : ''}
${after?.done === 'insurance' ? notice(t('insurance.claim.filed')) : ''}
<p class="muted">${t('order.placedOn', { date: when(ctx, r.createdAt) })}</p>
${r.orders.map(
  (o) => html`<section class="order-block" aria-labelledby="o-${o.orderId}">
<h2 id="o-${o.orderId}">${t('order.number', { id: o.orderId })} — ${t('order.soldBy', { seller: o.sellerName })}</h2>
<p>${t('order.state')}: <strong>${orderStateName(ctx, o)}</strong>${o.invoiceNumber ? html` · ${t('order.invoice', { number: o.invoiceNumber })}` : ''}</p>
${
  after?.view.parcels.get(o.orderId)
    ? parcelBlock(ctx, after.view.parcels.get(o.orderId))
    : o.trackingNumber
      ? html`<p class="notice" role="status">${t('order.shipped', { carrier: o.shipper ?? o.shippingOption, tracking: o.trackingNumber })}</p>`
      : ''
}
<table class="data-table"><thead><tr><th scope="col">${t('cart.quantity')}</th><th scope="col">${t('product.description')}</th><th scope="col">${t('cart.unitPrice')}</th><th scope="col">${t('cart.lineTotal')}</th><th scope="col">${t('order.state')}</th>${paid ? html`<th scope="col">${t('order.refunded')}</th>` : ''}</tr></thead>
<tbody>${o.lines.map(
    (l) =>
      html`<tr><td>${l.quantity}</td><td>${l.productName} (${gradeLabel(ctx, l.grade)})</td><td>${m(l.unitPriceMinor)}</td><td>${m(l.lineGrossMinor)}</td><td>${ctx.t(lineStateKey(l.state))}</td>${paid ? html`<td>${lineRefund(l.lineId)}</td>` : ''}</tr>`,
  )}</tbody></table>
${
  buyer && after
    ? html`<div class="after-sales"><h3>${t('afterSales.section')}</h3>${o.lines.map((l) => {
        const x = after.view.lines.get(l.lineId);
        return html`${x ? lineAfterSales(ctx, r.checkoutId, x) : ''}${lineInsurance(ctx, r.checkoutId, l.lineId, after.insurance?.get(l.lineId))}${x?.deliveredOn ? reviewLineLink(ctx, r.checkoutId, l.lineId, l.productName) : ''}`;
      })}</div>`
    : ''
}
<dl class="amounts">
  <dt>${t('checkout.shipping')} (${o.shippingOption})</dt><dd>${m(o.shippingTotalMinor)}</dd>
  ${o.insuranceTotalMinor ? html`<dt>${t('checkout.insurance')}</dt><dd>${m(o.insuranceTotalMinor)}</dd>` : ''}
  ${o.vatBreakdown.map((v) =>
    v.treatment === 'standard'
      ? html`<dt class="muted">${t('checkout.vat')} (${t('checkout.vatRate', { rate: v.rateBp / 100 })})</dt><dd class="muted">${m(v.vatMinor)}</dd>`
      : html`<dt class="muted">${vatMention(ctx, v.treatment)}</dt><dd class="muted">—</dd>`,
  )}
  <dt class="total">${t('checkout.orderTotal')}</dt><dd class="total">${m(o.totalMinor)}</dd>
</dl>
${o.invoiceNumber && r.buyerUserId ? html`<p><a href="${ctx.base}/orders/${r.checkoutId}/invoices/${o.orderId}.pdf">${t('order.invoicePdf', { number: o.invoiceNumber })}</a></p>` : ''}
${
  r.buyerUserId
    ? creditNoteLinks(
        ctx,
        r.checkoutId,
        creditNotes.filter((n) => n.orderId === o.orderId),
      )
    : ''
}
</section>`,
)}
<dl class="amounts grand"><dt>${t('checkout.serviceFee')}</dt><dd>${m(r.serviceFeeMinor)}</dd>${refunded?.serviceFeeRefundedMinor ? html`<dt>${t('order.serviceFeeRefunded')}</dt><dd>−${m(refunded.serviceFeeRefundedMinor)}</dd>` : ''}<dt class="total">${totalLabel}</dt><dd class="total">${m(r.totalMinor)}</dd>${
      paid && refunded?.totalRefundedMinor
        ? html`<dt>${t('order.totalRefunded')}</dt><dd>−${m(refunded.totalRefundedMinor)}</dd><dt class="total">${t('order.netPaid')}</dt><dd class="total">${m(r.totalMinor - refunded.totalRefundedMinor)}</dd>`
        : ''
    }</dl>
${r.buyerUserId ? html`<p><a href="${ctx.base}/orders/${r.checkoutId}/receipt.pdf">${t('order.receipt')}</a></p>` : ''}`,
  );
}

function creditNoteLinks(ctx: PageContext, checkoutId: string, notes: readonly CreditNote[]) {
  if (notes.length === 0) return '';
  const { t } = ctx;
  return html`<ul class="documents">${notes.map(
    (n) =>
      html`<li><a href="${ctx.base}/orders/${checkoutId}/credit-notes/${n.number}.pdf">${
        n.cancelsNumber
          ? t('order.creditNoteCancellationPdf', { number: n.number, cancels: n.cancelsNumber })
          : t('order.creditNotePdf', { number: n.number, amount: ctx.amount(n.totalMinor, n.currency) })
      }</a></li>`,
  )}</ul>`;
}

/** "Write a review" for each line whose parcel was delivered (`delivered`: order ids). */
const reviewLinks = (ctx: PageContext, r: ReceiptView, delivered: ReadonlySet<number>) =>
  r.buyerUserId !== null && ctx.actor?.userId === r.buyerUserId
    ? r.orders.flatMap((o) =>
        o.lines
          .filter((l) => l.state === LINE.shipped && delivered.has(o.orderId))
          .map((l) => html` ${reviewLineLink(ctx, r.checkoutId, l.lineId, l.productName)}`),
      )
    : '';

export function ordersListPage(
  ctx: PageContext,
  receipts: ReceiptView[],
  delivered: ReadonlySet<number> = new Set(),
) {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('order.list') },
    html`<h1>${t('order.list')}</h1>
${
  receipts.length
    ? html`<table class="data-table"><thead><tr><th scope="col">${t('order.placedOn', { date: '' }).trim()}</th><th scope="col">${t('product.description')}</th><th scope="col">${t('order.state')}</th><th scope="col">${t('cart.total')}</th></tr></thead><tbody>${receipts.map(
        (r) =>
          html`<tr><td><a href="${ctx.base}/orders/${r.checkoutId}">${when(ctx, r.createdAt)}</a></td><td>${r.orders
            .flatMap((o) => o.lines.map((l) => `${l.quantity} × ${l.productName}`))
            .join(
              ', ',
            )}${reviewLinks(ctx, r, delivered)}</td><td>${r.orders.map((o) => orderStateName(ctx, o)).join(', ')}</td><td>${ctx.amount(r.totalMinor, r.currency)}</td></tr>`,
      )}</tbody></table>`
    : html`<p>${t('order.none')}</p>`
}`,
  );
}
