import { html, raw } from 'hono/html';
import type { ProductDetail } from '../../modules/catalog/get-product.ts';
import type { GradeBuybox, OfferView } from '../../modules/offers/get-product-buyboxes.ts';
import { type Grade, SHOPPER_GRADES } from '../../modules/offers/grades.ts';
import type { ReviewsView } from '../../modules/reviews/review-display.ts';
import type { Rating } from '../../modules/reviews/seller-rating.rules.ts';
import type { SellerRow } from '../../modules/sellers/get-seller.ts';
import { breadcrumb, gradeHelp, gradeLabel } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { numberFormat } from '../ui/intl-cache.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';
import type { SeoHead } from '../ui/seo-head.ts';
import { offerUrl, reportLink, safetyNotices } from './dsa.pages.ts';
import { ratingSummaryLine, reviewsSection } from './reviews-display.pages.ts';

/**
 * An offer's price as the buyer will pay it: in the shop incl. VAT; on Reloop Pro a regular offer
 * "excl. VAT" (ctx.money), a margin-scheme one at its full price (no VAT can be deducted on it).
 */
function offerPrice(ctx: PageContext, o: { priceMinor: number; currency: string; vatType: string }) {
  return o.vatType === 'MARGINAL'
    ? ctx.amount(o.priceMinor, o.currency)
    : ctx.money(o.priceMinor, o.currency);
}

/** The VAT wording beside a price: never "VAT included" next to a price shown "excl. VAT". */
function vatNote(ctx: PageContext, vatType: string): string {
  if (vatType === 'MARGINAL') return ctx.t('product.vatMargin');
  return ctx.pro ? '' : ctx.t('product.vatRegular');
}

function shippingLine(ctx: PageContext, o: OfferView) {
  const cheapest = [...o.shipping].sort((a, b) => a.priceMinor - b.priceMinor)[0]!;
  return cheapest.priceMinor === 0
    ? ctx.t('product.freeShipping', { days: cheapest.delayDays })
    : ctx.t('product.shipping', {
        price: ctx.money(cheapest.priceMinor, o.currency),
        days: cheapest.delayDays,
      });
}

function attributeValue(ctx: PageContext, a: ProductDetail['product']['attributes'][number]) {
  if (a.type === 'boolean') return a.value ? ctx.t('yes') : ctx.t('no');
  return `${a.value}${'unit' in a && a.unit ? ` ${a.unit}` : ''}`;
}

function traderDetails(ctx: PageContext, s: SellerRow) {
  const { t } = ctx;
  return html`<section class="trader" aria-labelledby="trader-h">
  <h2 id="trader-h">${t('product.trader')}</h2>
  <p class="muted">${t('product.traderNote')}</p>
  <dl>
    <dt>${t('product.legalName')}</dt><dd>${s.legalName}</dd>
    <dt>${t('product.address')}</dt><dd>${s.addressLine}, ${s.postalCode} ${s.city}, ${s.country}</dd>
    <dt>${t('product.register')}</dt><dd>${s.tradeRegister} ${s.tradeRegisterNumber}</dd>
    ${s.vatNumber ? html`<dt>${t('product.vatNumber')}</dt><dd>${s.vatNumber}</dd>` : ''}
    <dt>${t('product.contact')}</dt><dd>${s.email} · ${s.phone}</dd>
  </dl>
</section>`;
}

/** Grades shown in the selector: the four shopper grades, plus the other two when someone offers them. */
export function visibleGrades(grades: GradeBuybox[]): GradeBuybox[] {
  return grades.filter((g) => SHOPPER_GRADES.includes(g.grade) || g.winner);
}

export function productPage(
  ctx: PageContext,
  data: ProductDetail & {
    selected: Grade;
    winnerSeller: SellerRow | null;
    /** Issue 15: the product's reviews and each offer's seller rating (none: nothing shown). */
    reviews: ReviewsView;
    /** The reviews section already rendered for this page (cached by the route); else rendered here. */
    reviewsHtml?: string;
    sellerRatings: ReadonlyMap<number, Rating>;
    /** Issue 16: the recently viewed products (with the personalisation consent only). */
    recent?: Html | '';
    /** Issue 16 (DSA Art. 32): safety notices published about this product. */
    safetyNotices?: ReadonlyArray<{ illegality: string; legalGround: string; createdAt: Date }>;
  },
  seo?: SeoHead,
) {
  const { t } = ctx;
  const p = data.product;
  const base = ctx.base;
  const current = data.grades.find((g) => g.grade === data.selected)!;
  const w = current.winner;
  const others = current.ranking.slice(1);
  const crumbs = [
    { href: base, label: t('site.name') },
    ...data.categoryPath.map((c) => ({ href: `${base}/c/${c.slug}`, label: c.name })),
    { label: p.name },
  ];
  return layout(
    ctx,
    { title: p.name, description: p.description, seo },
    html`${breadcrumb(crumbs, ctx)}
${safetyNotices(ctx, data.safetyNotices ?? [])}
<article class="product">
  <div class="product-media">
    <img src="/images/products/${p.slug}.svg" alt="${p.name}" width="400" height="300">
  </div>
  <div class="product-buy">
    <h1>${p.name}</h1>
    ${p.bestseller ? html`<span class="badge">${t('badge.bestseller')}</span>` : ''}
    ${data.reviews.rating ? html`<p class="rating-line"><a href="#reviews">${ratingSummaryLine(ctx, data.reviews.rating)}</a></p>` : ''}
    <nav aria-label="${t('product.chooseGrade')}">
      <h2 class="visually-hidden">${t('product.chooseGrade')}</h2>
      <ul class="grades">
        ${visibleGrades(data.grades).map(
          (
            g,
          ) => html`<li><a href="${base}/p/${p.slug}?grade=${g.grade}" class="grade${g.grade === data.selected ? ' is-selected' : ''}${g.winner ? '' : ' is-unavailable'}"${g.grade === data.selected ? raw(' aria-current="true"') : ''}>
            <span class="grade-name">${gradeLabel(ctx, g.grade)}</span>
            <span class="grade-price">${g.winner ? offerPrice(ctx, g.winner) : t('product.unavailable')}</span>
          </a></li>`,
        )}
      </ul>
    </nav>
    <p class="grade-help"><strong>${gradeLabel(ctx, data.selected)}</strong> · ${gradeHelp(ctx, data.selected)}</p>
    ${ctx.pro ? '' : html`<p class="alert-link"><a href="${base}/alerts/new?product=${p.slug}&amp;grade=${data.selected}" rel="nofollow">${t('marketing.alerts.productLink')}</a></p>`}
    ${
      w
        ? html`<section class="winner" aria-labelledby="winner-price">
      <p class="price" id="winner-price">${offerPrice(ctx, w)}</p>
      ${vatNote(ctx, w.vatType) ? html`<p class="vat muted">${vatNote(ctx, w.vatType)}</p>` : ''}
      <ul class="facts">
        <li>${raw(t('product.soldBy', { seller: `<a href="${base}/s/${w.sellerSlug}">${escapeHtml(w.sellerName)}</a>` }))}${sellerRatingNote(ctx, data.sellerRatings.get(w.sellerId))}</li>
        <li>${t('product.warranty', { months: w.warrantyMonths })}</li>
        <li>${shippingLine(ctx, w)}</li>
      </ul>
      ${w.comment ? html`<p class="comment">${w.comment}</p>` : ''}
      <p class="muted small">${t('product.whyThisOffer')} <a href="${base}/how-offers-are-ranked">${t('nav.ranking')}</a> · ${reportLink(ctx, offerUrl(ctx, p.slug, w.offerId), 'offer')}</p>
      <form method="post" action="${base}/cart/add" class="add-to-cart">${csrfField(ctx)}<input type="hidden" name="offerId" value="${w.offerId}"><button type="submit" class="buy">${t('cart.add')}</button></form>
    </section>`
        : html`<section class="winner empty"><p>${t('product.noOffer', { grade: gradeLabel(ctx, data.selected) })}</p><p>${t('product.otherGrades')}</p></section>`
    }
  </div>
</article>
<section aria-labelledby="others-h">
  <h2 id="others-h">${t('product.otherOffers')}</h2>
  ${
    others.length
      ? html`<div class="table-scroll" tabindex="0"><table class="offers">
    <thead><tr><th scope="col">${t('product.seller')}</th><th scope="col">${t('product.price')}</th><th scope="col">${t('product.delivery')}</th><th scope="col">${t('product.warrantyCol')}</th></tr></thead>
    <tbody>${others.map(
      (o) =>
        html`<tr><td><a href="${base}/s/${o.sellerSlug}">${o.sellerName}</a>${sellerRatingNote(ctx, data.sellerRatings.get(o.sellerId))}</td><td>${offerPrice(ctx, o)}</td><td>${shippingLine(ctx, o)}</td><td>${o.warrantyMonths} <span class="small">${reportLink(ctx, offerUrl(ctx, p.slug, o.offerId), 'offer')}</span></td></tr>`,
    )}</tbody>
  </table></div>`
      : html`<p class="muted">${t('product.noOtherOffers')}</p>`
  }
</section>
<section aria-labelledby="specs-h">
  <h2 id="specs-h">${t('product.specs')}</h2>
  <p>${p.description}</p>
  <dl class="specs">
    ${p.attributes.map((a) => html`<dt>${a.label}</dt><dd>${attributeValue(ctx, a)}</dd>`)}
    <dt>${t('product.ean')}</dt><dd>${p.ean}</dd>
  </dl>
</section>
${data.reviewsHtml !== undefined ? raw(data.reviewsHtml) : productReviews(ctx, data.reviews, p.slug, data.selected)}
${data.winnerSeller ? traderDetails(ctx, data.winnerSeller) : ''}
${data.recent ?? ''}`,
  );
}

/** The product page's reviews section (the route caches it as a string). */
export function productReviews(ctx: PageContext, reviews: ReviewsView, slug: string, grade: string) {
  return reviewsSection(ctx, reviews, { action: `${ctx.base}/p/${slug}`, keep: { grade } });
}

/** The seller rating beside a seller's name (published reviews only); nothing without one. */
function sellerRatingNote(ctx: PageContext, rating: Rating | undefined) {
  if (!rating) return '';
  return html` <span class="muted small">${ctx.t('reviews.offerRating', { rating: numberFormat(ctx.market.bcp47, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rating.average), count: rating.count })}</span>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
