/**
 * The reviews on the product and seller pages: the summary (average and count, distribution by
 * stars as a table with bars, sub-rating averages), the GET form to sort and filter (works
 * without JS), the reviews (translated when a translation exists, the original one click away in
 * a <details>), and the pager. With no published review: no rating at all, only "No reviews yet".
 */
import { html, raw } from 'hono/html';
import type { SubRating } from '../../modules/reviews/review-display.read-model.ts';
import { reviewPhotoUrl } from '../../modules/reviews/review-display.routes.ts';
import type { ReviewsView } from '../../modules/reviews/review-display.ts';
import { REVIEW_SORTS, type ReviewSort } from '../../modules/reviews/review-ranking.rules.ts';
import { SELLER_RATING_WINDOW_MONTHS } from '../../modules/reviews/seller-rating.rules.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import type { PageContext } from '../ui/context.ts';
import { dateFormat, displayNames, numberFormat } from '../ui/intl-cache.ts';
import { countryName } from '../ui/layout.ts';
import { reportLink } from './dsa.pages.ts';
import { reportReviewPath } from './review-moderation.pages.ts';

const SUB_LABEL: Record<SubRating, MessageKey> = {
  value: 'reviews.sub.value',
  delivery: 'reviews.sub.delivery',
  packaging: 'reviews.sub.packaging',
  performance: 'reviews.sub.performance',
  aesthetics: 'reviews.sub.aesthetics',
};
const SORT_LABEL: Record<ReviewSort, MessageKey> = {
  relevance: 'reviews.sort.relevance',
  recent: 'reviews.sort.recent',
  highest: 'reviews.sort.highest',
  lowest: 'reviews.sort.lowest',
};

/** The reader's language for translations: the storefront's. */
export const readerLanguage = (ctx: PageContext) => ctx.market.bcp47.slice(0, 2).toLowerCase();

const oneDecimal = (ctx: PageContext, n: number) =>
  numberFormat(ctx.market.bcp47, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** Five stars, filled to the rating; decorative (the words say it). */
const starGlyphs = (rating: number) => {
  const full = Math.round(rating);
  return '★★★★★'.slice(0, full) + '☆☆☆☆☆'.slice(0, 5 - full);
};

export function starsLine(ctx: PageContext, rating: number) {
  return html`<span class="stars" aria-hidden="true">${starGlyphs(rating)}</span> <span class="visually-hidden">${ctx.t('reviews.rating', { rating: oneDecimal(ctx, rating) })}</span>`;
}

/** "4.6 / 5 · 120 reviews", or nothing at all without a review. */
export function ratingSummaryLine(ctx: PageContext, rating: { average: number; count: number } | null) {
  if (!rating) return '';
  return html`${starsLine(ctx, rating.average)} ${ctx.t('reviews.summary', { average: oneDecimal(ctx, rating.average), count: rating.count })}`;
}

function languageName(ctx: PageContext, lang: string): string {
  try {
    return displayNames(ctx.market.bcp47, 'language').of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export type ReviewsSectionOptions = {
  /** The page the GET form and the pager point to (no query). */
  action: string;
  /** Query values the page keeps (the product page's grade). */
  keep?: Record<string, string>;
  /** A seller's summary covers its rating window: say so. */
  window?: boolean;
};

function pageHref(o: ReviewsSectionOptions, v: ReviewsView, page: number): string {
  const q = new URLSearchParams(o.keep ?? {});
  if (v.query.sort !== 'relevance') q.set('sort', v.query.sort);
  for (const s of v.query.stars) q.append('stars', String(s));
  if (v.query.withPhotos) q.set('withPhotos', 'true');
  if (page > 1) q.set('page', String(page));
  const s = q.toString();
  return `${o.action}${s ? `?${s}` : ''}#reviews`;
}

export function reviewsSection(ctx: PageContext, v: ReviewsView, o: ReviewsSectionOptions) {
  const { t } = ctx;
  const total = v.rating?.count ?? 0;
  const pages = Math.max(1, Math.ceil(v.total / v.query.pageSize));
  const date = (d: Date) =>
    dateFormat(ctx.market.bcp47, { year: 'numeric', month: 'long', day: 'numeric' }).format(d);
  const lang = readerLanguage(ctx);
  if (!v.rating) {
    return html`<section class="reviews" id="reviews" aria-labelledby="reviews-h">
  <h2 id="reviews-h">${t('reviews.title')}</h2>
  <p class="muted">${t('reviews.none')}</p>
</section>`;
  }
  return html`<section class="reviews" id="reviews" aria-labelledby="reviews-h">
  <h2 id="reviews-h">${t('reviews.title')}</h2>
  <p class="reviews-summary">${ratingSummaryLine(ctx, v.rating)}</p>
  ${o.window ? html`<p class="muted small">${t('reviews.window', { months: SELLER_RATING_WINDOW_MONTHS })}</p>` : ''}
  <table class="rating-distribution">
    <caption>${t('reviews.distribution')}</caption>
    <thead><tr><th scope="col">${t('reviews.filterStars')}</th><th scope="col">${t('reviews.countCol')}</th><th scope="col">${t('reviews.shareCol')}</th></tr></thead>
    <tbody>${([5, 4, 3, 2, 1] as const).map((s) => {
      const n = v.distribution[s];
      const share = total ? n / total : 0;
      return html`<tr><th scope="row">${t('reviews.starsRow', { stars: s })}</th><td>${n}</td>
      <td class="bar-cell"><svg width="160" height="10" aria-hidden="true" focusable="false"><rect width="160" height="10" rx="5" fill="#e6e9ef"/><rect width="${Math.round(share * 160)}" height="10" rx="5" fill="#3b5b8c"/></svg> ${numberFormat(ctx.market.bcp47).format(Math.round(share * 100))} %</td></tr>`;
    })}</tbody>
  </table>
  ${
    v.subRatings.length
      ? html`<h3>${t('reviews.subRatings')}</h3>
  <dl class="sub-ratings">${v.subRatings.map((s) => html`<dt>${t(SUB_LABEL[s.key])}</dt><dd>${starsLine(ctx, s.average)} ${oneDecimal(ctx, s.average)} / 5</dd>`)}</dl>`
      : ''
  }
  <form method="get" action="${o.action}#reviews" class="review-controls" aria-label="${t('reviews.controls')}">
    ${Object.entries(o.keep ?? {}).map(([k, val]) => html`<input type="hidden" name="${k}" value="${val}">`)}
    <label>${t('reviews.sort')} <select name="sort">${REVIEW_SORTS.map((s) => html`<option value="${s}"${s === v.query.sort ? raw(' selected') : ''}>${t(SORT_LABEL[s])}</option>`)}</select></label>
    <fieldset><legend>${t('reviews.filterStars')}</legend>
      ${[5, 4, 3, 2, 1].map((s) => html`<label><input type="checkbox" name="stars" value="${s}"${v.query.stars.includes(s) ? raw(' checked') : ''}> ${t('reviews.starsRow', { stars: s })}</label>`)}
    </fieldset>
    <label><input type="checkbox" name="withPhotos" value="true"${v.query.withPhotos ? raw(' checked') : ''}> ${t('reviews.withPhotos')}</label>
    <button type="submit">${t('reviews.apply')}</button>
  </form>
  <p class="muted" aria-live="polite">${t('reviews.matching', { count: v.total })} · <a href="${ctx.base}/how-offers-are-ranked#reviews-order">${t('reviews.howOrdered')}</a></p>
  <ol class="review-list">${v.reviews.map(
    (r) => html`<li><article class="review" id="review-${r.id}">
    <p class="review-rating">${starsLine(ctx, r.rating)}</p>
    <p class="review-comment" lang="${r.translated ? lang : r.language}">${r.comment}</p>
    ${
      r.translated
        ? html`<p class="muted small">${t('reviews.translatedFrom', { language: languageName(ctx, r.language) })}</p>
    <details><summary>${t('reviews.showOriginal')}</summary><p lang="${r.language}">${r.originalComment}</p></details>`
        : ''
    }
    ${
      Object.keys(r.subRatings).length
        ? html`<dl class="sub-ratings small">${(Object.entries(r.subRatings) as Array<[SubRating, number]>).map(([k, n]) => html`<dt>${t(SUB_LABEL[k])}</dt><dd>${starsLine(ctx, n)}</dd>`)}</dl>`
        : ''
    }
    ${
      r.photos.length
        ? html`<ul class="review-photos">${r.photos.map((p) => html`<li><a href="${reviewPhotoUrl(p.id)}"><img src="${reviewPhotoUrl(p.id)}" alt="${t('reviews.photoAlt')}" width="${Math.min(160, p.width)}" height="${Math.round((Math.min(160, p.width) * p.height) / Math.max(1, p.width))}" loading="lazy"></a></li>`)}</ul>`
        : ''
    }
    <p class="muted small">${
      r.author
        ? t('reviews.byline', {
            author: r.author,
            date: date(r.publishedAt),
            country: countryName(ctx, r.market),
          })
        : t('reviews.bylineAnonymous', { date: date(r.publishedAt), country: countryName(ctx, r.market) })
    } · ${t('reviews.verified')} · <a href="${reportReviewPath(ctx.base, r.id)}" rel="nofollow">${t('reviewModeration.report.link')}</a> · ${reportLink(ctx, reportReviewPath(ctx.base, r.id), 'review')}</p>
    ${
      r.reply
        ? html`<div class="review-reply"><p><strong>${t('reviews.reply', { seller: r.reply.seller })}</strong></p><p>${r.reply.text}</p><p class="muted small"><a href="${reportReviewPath(ctx.base, r.id, 'reply')}" rel="nofollow">${t('reviewModeration.report.link')}</a></p></div>`
        : ''
    }
  </article></li>`,
  )}</ol>
  ${
    pages > 1
      ? html`<nav class="pager" aria-label="${t('reviews.pages', { page: v.query.page, pages })}">
    ${v.query.page > 1 ? html`<a href="${pageHref(o, v, v.query.page - 1)}" rel="prev">${t('reviews.prev')}</a>` : ''}
    <span>${t('reviews.pages', { page: v.query.page, pages })}</span>
    ${v.query.page < pages ? html`<a href="${pageHref(o, v, v.query.page + 1)}" rel="next">${t('reviews.next')}</a>` : ''}
  </nav>`
      : ''
  }
</section>`;
}
