import { html, raw } from 'hono/html';
import type { SearchHit } from '../../modules/catalog/search.ts';
import { gradeDefinition, gradeName } from '../../modules/offers/grade-names.ts';
import type { Grade } from '../../modules/offers/grades.ts';
import type { PageContext } from './context.ts';

/** The grade's name in the page's language: never its seller-API code. */
export function gradeLabel(ctx: PageContext, grade: Grade | string): string {
  return gradeName(grade, ctx.market.bcp47);
}

/** What a device of that grade looks like, in the page's language. */
export function gradeHelp(ctx: PageContext, grade: Grade | string): string {
  return gradeDefinition(grade, ctx.market.bcp47);
}

/** A listed product, with the VAT type of the offer its "from" price comes from. */
export type CardHit = Omit<SearchHit, 'fromVatType'> & { fromVatType?: SearchHit['fromVatType'] };

/**
 * The "from" price as the buyer will pay it, as on the product page: on Reloop Pro a regular offer
 * "excl. VAT", a margin-scheme one at its full price (no VAT can be deducted on it), never
 * labelled "excl. VAT".
 */
function fromPrice(ctx: PageContext, h: CardHit) {
  if (h.fromVatType !== 'MARGINAL') return ctx.t('listing.from', { price: ctx.money(h.fromPriceMinor) });
  const price = ctx.t('listing.from', { price: ctx.amount(h.fromPriceMinor) });
  return ctx.pro ? html`${price} <span class="muted">(${ctx.t('product.vatMargin')})</span>` : price;
}

/** A product in a list; when the shopper filtered on one grade, the link opens that grade. */
export function productCard(ctx: PageContext, h: CardHit, grade?: string) {
  const href = `${ctx.base}/p/${h.slug}${grade ? `?grade=${encodeURIComponent(grade)}` : ''}`;
  return html`<li class="card">
  <a href="${href}" class="card-link">
    <img src="/images/products/${h.slug}.svg" alt="" width="200" height="150" loading="lazy">
    <span class="card-name">${h.name}</span>
  </a>
  ${h.bestseller ? html`<span class="badge">${ctx.t('badge.bestseller')}</span>` : ''}
  <span class="card-price">${fromPrice(ctx, h)}</span>
</li>`;
}

export function breadcrumb(items: Array<{ href?: string; label: string }>, ctx: PageContext) {
  return html`<nav aria-label="${ctx.t('nav.breadcrumb')}" class="breadcrumb"><ol>${items.map((i, n) =>
    i.href && n < items.length - 1
      ? html`<li><a href="${i.href}">${i.label}</a></li>`
      : html`<li aria-current="page">${i.label}</li>`,
  )}</ol></nav>`;
}

export const checked = (on: boolean) => (on ? raw(' checked') : '');
export const selected = (on: boolean) => (on ? raw(' selected') : '');
