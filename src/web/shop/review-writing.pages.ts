/**
 * The buyer's review pages (issue 15): the form (stars as radio buttons, optional sub-ratings, the
 * comment with its bounds and count, the market's licence terms with a link and a checkbox, the
 * authorship checkbox), the buyer's reviews with edit, photos and delete, the confirmation after
 * the emailed link, and the review licence terms page. No script: every control is a native one.
 */
import { html, raw } from 'hono/html';
import type { MyReview } from '../../modules/reviews/my-reviews.read-model.ts';
import {
  COMMENT_MAX,
  COMMENT_MIN,
  commentLength,
  MAX_PHOTOS,
  PHOTO_MAX_BYTES,
  SUB_RATINGS,
  type SubRating,
} from '../../modules/reviews/review-content.rules.ts';
import { reviewLicenceVersion } from '../../modules/reviews/review-licence.ts';
import type { FieldIssue } from '../../platform/errors.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, notice } from '../ui/forms.ts';
import { countryName, csrfField, type Html, layout } from '../ui/layout.ts';
import { dayText } from './after-sales.pages.ts';

const PHOTO_MB = PHOTO_MAX_BYTES / (1024 * 1024);
const SUB_KEYS: Record<SubRating, MessageKey> = {
  value: 'reviewWrite.sub.value',
  delivery: 'reviewWrite.sub.delivery',
  packaging: 'reviewWrite.sub.packaging',
  performance: 'reviewWrite.sub.performance',
  aesthetics: 'reviewWrite.sub.aesthetics',
};

/** The language of the page (`fr` on /fr-be): the licence's and the detection's fallback. */
export const pageLanguage = (ctx: PageContext) => ctx.market.bcp47.slice(0, 2).toLowerCase();

/** A use case's field issue in the page's words. */
export function reviewFieldText(ctx: PageContext, e: FieldIssue): string {
  const { t } = ctx;
  if (e.field === 'rating') return t('reviewWrite.error.rating');
  if (e.field.startsWith('subRatings.')) return t('reviewWrite.error.subRating');
  if (e.field === 'comment') {
    if (/too short/.test(e.message)) return t('reviewWrite.error.commentShort', { min: COMMENT_MIN });
    if (/too long/.test(e.message)) return t('reviewWrite.error.commentLong', { max: COMMENT_MAX });
    return t('reviewWrite.error.commentRequired');
  }
  if (e.field === 'licenceAccepted') return t('reviewWrite.error.licence');
  if (e.field === 'authorshipCertified') return t('reviewWrite.error.authorship');
  if (/at most \d+ photos/.test(e.message)) return t('reviewWrite.error.photosTooMany', { max: MAX_PHOTOS });
  if (/5 MB/.test(e.message)) return t('reviewWrite.error.photoTooLarge', { size: PHOTO_MB });
  if (/image/.test(e.message)) return t('reviewWrite.error.photoNotImage');
  return t('reviewWrite.error.photosNone');
}

/** The field a page shows an issue under (`subRatings.value` → `sub-value`, `photos[2]` → `photos`). */
const fieldId = (field: string) =>
  field.startsWith('subRatings.') ? `sub-${field.slice(11)}` : field.startsWith('photos') ? 'photos' : field;

export function pageForm(
  ctx: PageContext,
  values: Record<string, string>,
  errors: readonly FieldIssue[],
): FormState {
  return {
    values,
    errors: errors.map((e) => ({ field: fieldId(e.field), message: reviewFieldText(ctx, e) })),
  };
}

const errorFor = (form: FormState, name: string) => form.errors.find((e) => e.field === name)?.message;

function errorLabels(ctx: PageContext): Record<string, string> {
  const { t } = ctx;
  return {
    rating: t('reviewWrite.rating'),
    comment: t('reviewWrite.comment'),
    licenceAccepted: t('reviewWrite.licence.link'),
    authorshipCertified: t('reviewWrite.authorship.label'),
    photos: t('reviewWrite.photos.field'),
    ...Object.fromEntries(SUB_RATINGS.map((s) => [`sub-${s}`, t(SUB_KEYS[s])])),
  };
}

/** Stars 1–5 as native radio buttons in a fieldset: keyboard and screen readers need nothing more. */
function starsFieldset(
  ctx: PageContext,
  form: FormState,
  o: { name: string; legend: string; optional: boolean },
): Html {
  const id = `f-${o.name}`;
  const error = errorFor(form, o.name);
  const value = form.values[o.name] ?? '';
  const option = (v: string, label: string) =>
    html`<label class="radio"><input type="radio" name="${o.name}" value="${v}"${value === v ? raw(' checked') : ''}${!o.optional ? raw(' required') : ''}> ${label}</label>`;
  return html`<fieldset id="${id}" class="stars"${error ? raw(` aria-describedby="${id}-error"`) : ''}>
<legend>${o.legend}</legend>
${error ? html`<span class="error" id="${id}-error">${error}</span>` : ''}
${o.optional ? option('', ctx.t('reviewWrite.sub.none')) : ''}
${[5, 4, 3, 2, 1].map((n) => option(String(n), `${'★'.repeat(n)}${'☆'.repeat(5 - n)} ${ctx.t('reviewWrite.stars', { count: n })}`))}
</fieldset>`;
}

function checkboxField(form: FormState, name: string, label: Html | string): Html {
  const id = `f-${name}`;
  const error = errorFor(form, name);
  return html`<div class="field">${error ? html`<span class="error" id="${id}-error">${error}</span>` : ''}<div class="checkbox">
<input id="${id}" name="${name}" type="checkbox" value="yes" required${form.values[name] ? raw(' checked') : ''}${error ? raw(` aria-invalid="true" aria-describedby="${id}-error"`) : ''}>
<label for="${id}">${label}</label></div></div>`;
}

function commentField(ctx: PageContext, form: FormState): Html {
  const { t } = ctx;
  const id = 'f-comment';
  const error = errorFor(form, 'comment');
  const typed = form.values.comment ?? '';
  const count = commentLength(typed.trim());
  return html`<div class="field">
<label for="${id}">${t('reviewWrite.comment')}</label>
<span class="hint" id="${id}-hint">${t('reviewWrite.commentHint', { min: COMMENT_MIN, max: COMMENT_MAX })}${typed ? html` <strong>${t('reviewWrite.commentCount', { count })}</strong>` : ''}</span>
${error ? html`<span class="error" id="${id}-error">${t('reviewWrite.comment')}: ${error}</span>` : ''}
<textarea id="${id}" name="comment" rows="8" minlength="${COMMENT_MIN}" maxlength="${COMMENT_MAX}" required aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"${error ? raw(' aria-invalid="true"') : ''}>${typed}</textarea>
</div>`;
}

function contentFields(ctx: PageContext, form: FormState): Html {
  const { t } = ctx;
  return html`${starsFieldset(ctx, form, { name: 'rating', legend: t('reviewWrite.rating'), optional: false })}
${commentField(ctx, form)}
<details class="sub-ratings"${SUB_RATINGS.some((s) => form.values[`sub-${s}`]) ? raw(' open') : ''}><summary>${t('reviewWrite.subRatings')}</summary>
${SUB_RATINGS.map((s) => starsFieldset(ctx, form, { name: `sub-${s}`, legend: t(SUB_KEYS[s]), optional: true }))}
</details>`;
}

/** What a posted review form holds, for the use cases. */
export function reviewInput(values: Record<string, string>) {
  const n = (v: string | undefined) =>
    v === undefined || v === '' ? undefined : /^\d+$/.test(v) ? Number(v) : Number.NaN;
  return {
    rating: n(values.rating),
    comment: values.comment ?? '',
    subRatings: Object.fromEntries(SUB_RATINGS.map((s) => [s, n(values[`sub-${s}`])])) as Partial<
      Record<SubRating, unknown>
    >,
    licenceAccepted: values.licenceAccepted === 'yes',
    authorshipCertified: values.authorshipCertified === 'yes',
  };
}

export type ReviewFormView = {
  productName: string;
  orderId: number;
  deliveredOn: string;
  /** Where the form posts (the signed-in order line, or the emailed link with its token). */
  action: string;
  token?: string;
};

export function reviewFormPage(ctx: PageContext, v: ReviewFormView, form: FormState): Html {
  const { t } = ctx;
  const title = t('reviewWrite.title', { product: v.productName });
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
<p class="muted">${t('reviewWrite.orderOf', { orderId: v.orderId })}</p>
${errorSummary(ctx, form, errorLabels(ctx))}
<p>${t('reviewWrite.intro', { date: dayText(ctx, v.deliveredOn) })}</p>
<form method="post" action="${v.action}" novalidate class="review-form">${csrfField(ctx)}
${v.token ? html`<input type="hidden" name="token" value="${v.token}">` : ''}
${contentFields(ctx, form)}
<section aria-labelledby="licence-h" class="licence"><h2 id="licence-h">${t('reviewWrite.licence.heading')}</h2>
<p>${t('reviewWrite.licence.summary', { country: countryName(ctx, ctx.market.code) })}</p>
<p><a href="${ctx.base}/legal/review-licence" target="_blank" rel="noopener">${t('reviewWrite.licence.link')}</a></p>
${checkboxField(form, 'licenceAccepted', t('reviewWrite.licence.accept'))}
${checkboxField(form, 'authorshipCertified', t('reviewWrite.authorship'))}
</section>
<p class="muted">${t('reviewWrite.noIncentive')}</p>
<button type="submit">${t('reviewWrite.submit')}</button>
</form>`,
  );
}

/** A page that says why the form is not offered (not delivered, already reviewed, a link expired…). */
export function reviewMessagePage(
  ctx: PageContext,
  message: string,
  link?: { href: string; text: string },
): Html {
  const title = ctx.t('reviewWrite.list.title');
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
<div class="error-summary" role="alert"><p>${message}</p></div>
${link ? html`<p><a href="${link.href}">${link.text}</a></p>` : ''}`,
  );
}

/** After the emailed link: published; editing, photos and deletion need the account. */
export function reviewThanksPage(ctx: PageContext): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('reviewWrite.published') },
    html`<h1>${t('reviewWrite.published')}</h1>
<p>${t('reviewWrite.publishedGuest')}</p>
<p><a href="${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/account/reviews`)}">${t('reviewWrite.signIn')}</a></p>`,
  );
}

const statusText = (ctx: PageContext, r: MyReview) => ctx.t('reviewWrite.status', { status: r.status });

export function myReviewsPage(ctx: PageContext, reviews: readonly MyReview[], done?: string): Html {
  const { t } = ctx;
  const title = t('reviewWrite.list.title');
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${done === 'deleted' ? notice(t('reviewWrite.deleted')) : ''}
${
  reviews.length
    ? html`<ul class="review-list">${reviews.map(
        (r) =>
          html`<li><a href="${ctx.base}/account/reviews/${r.id}">${r.productName}</a> — ${'★'.repeat(r.rating)}${'☆'.repeat(5 - r.rating)} <span class="visually-hidden">${t('reviewWrite.stars', { count: r.rating })}</span> · ${statusText(ctx, r)}</li>`,
      )}</ul>`
    : html`<p>${t('reviewWrite.list.none')}</p>`
}
<p><a href="${ctx.base}/account/orders">${t('reviewWrite.back')}</a></p>`,
  );
}

export type ReviewPageState = { edit: FormState; photos: FormState; done?: string; today: string };

/** One of the buyer's reviews: edit (within 30 days), photos and their moderation, delete. */
export function myReviewPage(ctx: PageContext, r: MyReview, s: ReviewPageState): Html {
  const { t } = ctx;
  const title = t('reviewWrite.edit.title', { product: r.productName });
  const open = r.status === 'published' && s.today <= r.editableUntil;
  const pendingDue = r.photos
    .filter((p) => p.status === 'pending')
    .map((p) => p.moderationDueOn)
    .sort()
    .at(-1);
  const room = MAX_PHOTOS - r.photos.filter((p) => p.status !== 'rejected').length;
  const photoError = errorFor(s.photos, 'photos');
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${s.done === 'published' ? notice(t('reviewWrite.published')) : s.done === 'edited' ? notice(t('reviewWrite.edited')) : s.done === 'photos' && pendingDue ? notice(t('reviewWrite.photosAdded', { date: dayText(ctx, pendingDue) })) : ''}
<p>${statusText(ctx, r)}${r.publishedAt ? html` · ${t('reviewWrite.publishedOn', { date: dayText(ctx, r.publishedAt.toISOString().slice(0, 10)) })}` : ''} · ${t('reviewWrite.orderOf', { orderId: r.orderId })}</p>
${
  open
    ? html`<section aria-labelledby="edit-h"><h2 id="edit-h">${t('reviewWrite.edit.heading')}</h2>
<p class="muted">${t('reviewWrite.edit.until', { date: dayText(ctx, r.editableUntil) })}</p>
${errorSummary(ctx, s.edit, errorLabels(ctx))}
<form method="post" action="${ctx.base}/account/reviews/${r.id}" novalidate class="review-form">${csrfField(ctx)}
${contentFields(ctx, s.edit)}
<button type="submit">${t('reviewWrite.edit.submit')}</button>
</form></section>`
    : html`<blockquote class="review-text"><p>${'★'.repeat(r.rating)}${'☆'.repeat(5 - r.rating)} <span class="visually-hidden">${t('reviewWrite.stars', { count: r.rating })}</span></p><p>${r.comment}</p></blockquote>
${r.status === 'published' ? html`<p class="muted">${t('reviewWrite.edit.closed', { date: dayText(ctx, r.editableUntil) })}</p>` : ''}`
}
<section aria-labelledby="photos-h"><h2 id="photos-h">${t('reviewWrite.photos.title')}</h2>
${r.photos.length ? html`<ul>${r.photos.map((p, i) => html`<li>${t('reviewWrite.photo.item', { n: i + 1 })}: ${t('reviewWrite.photo.status', { status: p.status, date: dayText(ctx, p.moderationDueOn) })}</li>`)}</ul>` : ''}
${
  open && room > 0
    ? html`${errorSummary(ctx, s.photos, errorLabels(ctx))}
<form method="post" action="${ctx.base}/account/reviews/${r.id}/photos" enctype="multipart/form-data" novalidate>${csrfField(ctx)}
<div class="field">
<label for="f-photos">${t('reviewWrite.photos.field')}</label>
<span class="hint" id="f-photos-hint">${t('reviewWrite.photos.hint', { max: room, size: PHOTO_MB })}</span>
${photoError ? html`<span class="error" id="f-photos-error">${t('reviewWrite.photos.field')}: ${photoError}</span>` : ''}
<input id="f-photos" name="photos" type="file" multiple accept="image/jpeg,image/png,image/webp,image/heic,image/heif" aria-describedby="f-photos-hint${photoError ? ' f-photos-error' : ''}"${photoError ? raw(' aria-invalid="true"') : ''}>
</div>
<button type="submit">${t('reviewWrite.photos.add')}</button>
</form>`
    : ''
}
</section>
<section aria-labelledby="delete-h"><h2 id="delete-h">${t('reviewWrite.delete.title')}</h2>
<p>${t('reviewWrite.delete.hint')}</p>
<form method="post" action="${ctx.base}/account/reviews/${r.id}/delete">${csrfField(ctx)}
<button type="submit" class="danger">${t('reviewWrite.delete.submit')}</button>
</form></section>
<p><a href="${ctx.base}/account/reviews">${t('reviewWrite.list.title')}</a> · <a href="${ctx.base}/account/orders">${t('reviewWrite.back')}</a></p>`,
  );
}

/** The review licence terms of this market, in the page's language, with their version. */
export function reviewLicencePage(ctx: PageContext): Html {
  const { t } = ctx;
  const title = t('reviewWrite.licence.title');
  const version = reviewLicenceVersion(ctx.market.code, pageLanguage(ctx));
  return layout(
    ctx,
    { title },
    html`<article class="legal"><h1>${title}</h1>
<p class="muted">${t('reviewWrite.licence.version', { version, country: countryName(ctx, ctx.market.code) })}</p>
<p>${t('reviewWrite.licence.p1')}</p>
<p>${t('reviewWrite.licence.p2')}</p>
<p>${t('reviewWrite.licence.p3')}</p>
<p>${t('reviewWrite.licence.p4')}</p>
<p>${t('reviewWrite.licence.p5')}</p>
</article>`,
  );
}

/** "Write a review" (or "Your review") for a delivered line, on the buyer's order page and orders list. */
export function reviewLineLink(ctx: PageContext, checkoutId: string, lineId: number, product?: string): Html {
  return html`<a class="button secondary" href="${ctx.base}/orders/${checkoutId}/lines/${lineId}/review">${ctx.t('reviewWrite.button')}${product ? html`<span class="visually-hidden">: ${product}</span>` : ''}</a>`;
}
