import { html, raw } from 'hono/html';
import type { CartView } from '../../modules/cart/get-cart.ts';
import type { Grade } from '../../modules/offers/grades.ts';
import { insuranceQuote } from '../../modules/pricing/insurance.rules.ts';
import { gradeLabel } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { notice } from '../ui/forms.ts';
import { csrfField, layout } from '../ui/layout.ts';

export type CartTotals = {
  itemsMinor: number;
  insuranceMinor: number;
  serviceFeeMinor: number;
  totalMinor: number;
};

export function cartPage(ctx: PageContext, cart: CartView | null, totals: CartTotals, message?: string) {
  const { t } = ctx;
  const lines = cart?.lines ?? [];
  if (!lines.length) {
    return layout(
      ctx,
      { title: t('cart.title') },
      html`<h1>${t('cart.title')}</h1>${notice(message)}<p>${t('cart.empty')}</p><p><a class="button" href="${ctx.base}">${t('cart.browse')}</a></p>`,
    );
  }
  const action = (lineId: number) => `${ctx.base}/cart/lines/${lineId}`;
  return layout(
    ctx,
    { title: t('cart.title') },
    html`<h1>${t('cart.title')}</h1>${notice(message)}
<div class="cart-grid">
<ul class="cart-lines">${lines.map((l) => {
      const quote = l.unitPriceMinor ? insuranceQuote(ctx.market.code, l.unitPriceMinor) : null;
      return html`<li class="cart-line${l.offline ? ' is-offline' : ''}" id="line-${l.lineId}">
  <img src="/images/products/${l.productSlug}.svg" alt="" width="96" height="72">
  <div class="cart-line-body">
    <h2 class="cart-line-name"><a href="${ctx.base}/p/${l.productSlug}?grade=${l.grade}">${l.productName}</a></h2>
    <p class="muted">${gradeLabel(ctx, l.grade as Grade)} · ${t('cart.soldBy', { seller: l.sellerName })} · ${t('product.warranty', { months: l.warrantyMonths })}</p>
    ${l.offline ? html`<p class="flag" role="status">${t('cart.offline')}</p>` : ''}
    ${l.priceChanged ? html`<p class="flag" role="status">${t('cart.priceChanged', { before: ctx.amount(l.seenUnitPriceMinor), now: ctx.amount(l.unitPriceMinor!) })}</p>` : ''}
    ${l.quantityReduced ? html`<p class="flag" role="status">${t('cart.quantityReduced', { count: l.buyableQuantity })}</p>` : ''}
    <form method="post" action="${action(l.lineId)}" class="cart-line-form">${csrfField(ctx)}
      ${
        l.offline
          ? ''
          : html`<label for="q-${l.lineId}">${t('cart.quantity')}</label>
      <input id="q-${l.lineId}" name="quantity" type="number" min="1" max="${Math.max(1, Math.min(10, l.stock))}" value="${l.quantity}" inputmode="numeric">
      ${
        quote
          ? html`<span class="checkbox"><input id="i-${l.lineId}" name="insurance" type="checkbox"${l.insurance ? raw(' checked') : ''}>
      <label for="i-${l.lineId}">${t('cart.insurance', { price: ctx.amount(quote.premiumMinor) })}</label></span>`
          : ''
      }
      <button type="submit" name="action" value="update" class="secondary">${t('cart.update')}</button>`
      }
      <button type="submit" name="action" value="remove" class="link">${t('cart.remove')}</button>
    </form>
  </div>
  <p class="cart-line-price">${l.unitPriceMinor === null ? '—' : ctx.amount(l.unitPriceMinor * Math.max(l.buyableQuantity, 1))}</p>
</li>`;
    })}</ul>
<aside class="cart-summary" aria-labelledby="summary-h"><h2 id="summary-h">${t('cart.summary')}</h2>
<dl>
  <dt>${t('cart.items', { count: cart!.itemCount })}</dt><dd>${ctx.amount(totals.itemsMinor)}</dd>
  ${totals.insuranceMinor ? html`<dt>${t('cart.insuranceTotal')}</dt><dd>${ctx.amount(totals.insuranceMinor)}</dd>` : ''}
  <dt>${t('cart.serviceFee')}</dt><dd>${ctx.amount(totals.serviceFeeMinor)}</dd>
  <dt class="total">${t('cart.total')}</dt><dd class="total">${ctx.amount(totals.totalMinor)}</dd>
</dl>
<p class="muted small">${t('cart.serviceFeeHelp')} ${t('cart.deliveryAtCheckout')} ${t('cart.vatIncluded')}.</p>
${cart!.itemCount ? html`<p><a class="button" href="${ctx.base}/checkout">${t('cart.checkout')}</a></p>` : ''}
</aside>
</div>`,
  );
}
