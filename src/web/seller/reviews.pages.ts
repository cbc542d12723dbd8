/**
 * The seller portal's reviews (issue 15): the seller's published reviews, newest first, with
 * rating and comment, and the one public reply per review (written, edited; a reply removed by
 * moderation says so and cannot be written again).
 */
import { html } from 'hono/html';
import type { SellerReview } from '../../modules/reviews/review-moderation.read-model.ts';
import { REPLY_MAX } from '../../modules/reviews/review-moderation.rules.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  count,
  csrfInput,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

export type ReplyForm = FormState & { reviewId?: number };

export function sellerReviewsPage(
  v: SellerView,
  list: { total: number; reviews: SellerReview[]; page: number; pages: number },
  form?: ReplyForm,
  done?: boolean,
): Html {
  const { t } = v;
  const base = `${sellerBase(v.sellerId)}/reviews`;
  return sellerPage(
    t('portal.reviews.title'),
    v,
    html`<h1>${t('portal.reviews.title')}</h1>
<p>${t('portal.reviews.intro')}</p>
${done ? html`<p class="notice" role="status">${t('portal.reviews.replied')}</p>` : ''}
${form ? sellerErrorSummary(form, { reply: t('portal.reviews.reply') }, t) : ''}
<p role="status">${t('portal.reviews.count', { count: list.total, formatted: count(list.total, v.locale) })}</p>
${
  list.reviews.length
    ? html`<ol class="cards seller-reviews">${list.reviews.map((r) => reviewItem(v, base, r, form?.reviewId === r.id ? form : undefined))}</ol>`
    : html`<p>${t('portal.reviews.none')}</p>`
}
${
  list.pages > 1
    ? html`<nav aria-label="${t('portal.reviews.pages')}" class="pager">${list.page > 1 ? html`<a href="${base}?page=${list.page - 1}" rel="prev">${t('portal.reviews.previous')}</a>` : ''} ${list.page < list.pages ? html`<a href="${base}?page=${list.page + 1}" rel="next">${t('portal.reviews.next')}</a>` : ''}</nav>`
    : ''
}`,
  );
}

function reviewItem(v: SellerView, base: string, r: SellerReview, form?: ReplyForm): Html {
  const { t } = v;
  const id = `reply-${r.id}`;
  const error = form?.errors.find((e) => e.field === 'reply')?.message;
  const value = form?.values.reply ?? r.replyText ?? '';
  return html`<li class="seller-review" id="review-${r.id}">
<h2>${r.product}</h2>
<p><strong>${t('portal.reviews.rating', { rating: r.rating })}</strong> · ${when(r.publishedAt, v.locale)} · ${t('portal.reviews.order', { orderId: String(r.orderId) })}</p>
<p class="pre-wrap">${r.comment}</p>
${
  r.replyStatus === 'removed'
    ? html`<p class="muted">${t('portal.reviews.replyRemoved')}</p>`
    : html`<form method="post" action="${base}/${r.id}/reply">${csrfInput(v.csrf)}
<div class="field"><label for="${id}">${r.replyText ? t('portal.reviews.editReply') : t('portal.reviews.reply')}</label>
<span class="hint" id="${id}-hint">${t('portal.reviews.replyHint')}</span>
${error ? html`<span class="error" id="${id}-error">${t('portal.reviews.reply')}: ${error}</span>` : ''}
<textarea id="${id}" name="reply" rows="3" maxlength="${REPLY_MAX}" required aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}">${value}</textarea></div>
<button type="submit">${r.replyText ? t('portal.reviews.saveReply') : t('portal.reviews.publishReply')}</button></form>`
}
</li>`;
}
