/**
 * The shop's review moderation forms (issue 15), in the storefront's language: "Report this
 * review" (anyone: a criterion of the closed list, an explanation, a name and an email) and the
 * appeal form an author reaches from a statement of reasons (email, order number, review date).
 */
import { html, raw } from 'hono/html';
import {
  APPEAL_EXPLANATION_MAX,
  type CriterionCode,
  criteriaFor,
  NOTICE_EXPLANATION_MAX,
} from '../../modules/reviews/review-moderation.rules.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

const EMPTY: FormState = { values: {}, errors: [] };

/** Where the "Report this review" link beside every review leads (`/fr-fr/reviews/12/report`). */
export const reportReviewPath = (base: string, reviewId: number, target: 'review' | 'reply' = 'review') =>
  `${base}/reviews/${reviewId}/report${target === 'reply' ? '?target=reply' : ''}`;
/** The appeal form, linked from every statement of reasons. */
export const appealPath = (base: string) => `${base}/reviews/appeal`;

export const criterionLabel = (ctx: PageContext, c: CriterionCode) =>
  ctx.t(`reviewModeration.criterion.${c}`);

function textArea(form: FormState, name: string, label: string, max: number, hint?: string): Html {
  const error = form.errors.find((e) => e.field === name)?.message;
  const id = `f-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
  <label for="${id}">${label}</label>
  ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : ''}
  ${error ? html`<span class="error" id="${id}-error">${label}: ${error}</span>` : ''}
  <textarea id="${id}" name="${name}" rows="6" maxlength="${max}" required${described ? raw(` aria-describedby="${described}"`) : ''}${error ? raw(' aria-invalid="true"') : ''}>${form.values[name] ?? ''}</textarea>
</div>`;
}

const noticeLabels = (ctx: PageContext) => ({
  criterion: ctx.t('reviewModeration.report.criterion'),
  explanation: ctx.t('reviewModeration.report.explanation'),
  name: ctx.t('reviewModeration.report.name'),
  email: ctx.t('reviewModeration.report.email'),
  target: ctx.t('reviewModeration.report.target'),
});

export function reportReviewPage(
  ctx: PageContext,
  reviewId: number,
  target: 'review' | 'reply',
  form: FormState = EMPTY,
): Html {
  const { t } = ctx;
  const values = {
    ...(ctx.actor ? { email: ctx.actor.email, name: ctx.actor.name ?? '' } : {}),
    ...form.values,
  };
  const f: FormState = { ...form, values };
  const title = t('reviewModeration.report.title', { target });
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
<p>${t('reviewModeration.report.intro')}</p>
${errorSummary(ctx, form, noticeLabels(ctx))}
<form method="post" action="${reportReviewPath(ctx.base, reviewId, target)}" novalidate class="report-form">${csrfField(ctx)}
  <input type="hidden" name="target" value="${target}">
  ${field(f, { name: 'criterion', label: t('reviewModeration.report.criterion'), required: true, options: [{ value: '', label: t('reviewModeration.report.choose') }, ...criteriaFor(target).map((c) => ({ value: c, label: criterionLabel(ctx, c) }))] })}
  ${textArea(f, 'explanation', t('reviewModeration.report.explanation'), NOTICE_EXPLANATION_MAX, t('reviewModeration.report.explanationHint'))}
  ${field(f, { name: 'name', label: t('reviewModeration.report.name'), autocomplete: 'name', required: true, maxlength: 200 })}
  ${field(f, { name: 'email', label: t('reviewModeration.report.email'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 })}
  <button type="submit">${t('reviewModeration.report.send')}</button>
</form>`,
  );
}

export function reportSentPage(ctx: PageContext): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('reviewModeration.report.sentTitle') },
    html`<h1>${t('reviewModeration.report.sentTitle')}</h1>
<p class="notice" role="status">${t('reviewModeration.report.sent')}</p>
<p><a href="${ctx.base}">${t('reviewModeration.back')}</a></p>`,
  );
}

const appealLabels = (ctx: PageContext) => ({
  email: ctx.t('reviewModeration.appeal.email'),
  orderNumber: ctx.t('reviewModeration.appeal.orderNumber'),
  reviewDate: ctx.t('reviewModeration.appeal.reviewDate'),
  explanation: ctx.t('reviewModeration.appeal.explanation'),
  reference: ctx.t('reviewModeration.appeal.reference'),
});

export function appealPage(ctx: PageContext, form: FormState = EMPTY): Html {
  const { t } = ctx;
  const values = { ...(ctx.actor ? { email: ctx.actor.email } : {}), ...form.values };
  const f: FormState = { ...form, values };
  return layout(
    ctx,
    { title: t('reviewModeration.appeal.title') },
    html`<h1>${t('reviewModeration.appeal.title')}</h1>
<p>${t('reviewModeration.appeal.intro')}</p>
${errorSummary(ctx, form, appealLabels(ctx))}
<form method="post" action="${appealPath(ctx.base)}" novalidate class="appeal-form">${csrfField(ctx)}
  ${field(f, { name: 'email', label: t('reviewModeration.appeal.email'), hint: t('reviewModeration.appeal.emailHint'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 })}
  ${field(f, { name: 'orderNumber', label: t('reviewModeration.appeal.orderNumber'), hint: t('reviewModeration.appeal.orderNumberHint'), required: true, maxlength: 12 })}
  ${field(f, { name: 'reviewDate', label: t('reviewModeration.appeal.reviewDate'), type: 'date', required: true })}
  ${field(f, { name: 'reference', label: t('reviewModeration.appeal.reference'), hint: t('reviewModeration.appeal.referenceHint'), maxlength: 64 })}
  ${textArea(f, 'explanation', t('reviewModeration.appeal.explanation'), APPEAL_EXPLANATION_MAX)}
  <button type="submit">${t('reviewModeration.appeal.send')}</button>
</form>`,
  );
}

export function appealSentPage(ctx: PageContext, number: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('reviewModeration.appeal.sentTitle') },
    html`<h1>${t('reviewModeration.appeal.sentTitle')}</h1>
<p class="notice" role="status">${t('reviewModeration.appeal.sent', { number })}</p>
<p><a href="${ctx.base}">${t('reviewModeration.back')}</a></p>`,
  );
}
