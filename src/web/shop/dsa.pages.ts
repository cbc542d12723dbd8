/**
 * The shop's DSA forms (issue 16), in the storefront's language: "Report illegal content" (Art.
 * 16: kind, exact URL, category, explanation, name and email, good-faith statement never
 * pre-ticked), the complaint form for a decision (Art. 20), and the safety notices published on a
 * product page (Art. 32).
 */
import { html, raw } from 'hono/html';
import { COMPLAINT_EXPLANATION } from '../../modules/compliance/complaint.rules.ts';
import {
  CONTENT_KINDS,
  NOTICE_CATEGORY_CODES,
  NOTICE_EXPLANATION,
} from '../../modules/compliance/notice.rules.ts';
import type { PageContext } from '../ui/context.ts';
import { checkbox, errorSummary, type FormState, field } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

const EMPTY: FormState = { values: {}, errors: [] };

/** The notice form, prefilled with the address of the content (links beside offers, reviews…). */
export const noticePath = (base: string, url?: string, kind?: string) => {
  const q = new URLSearchParams();
  if (url) q.set('url', url);
  if (kind) q.set('kind', kind);
  const s = q.toString();
  return `${base}/dsa/notices/new${s ? `?${s}` : ''}`;
};

/** The address of one offer: its product page, naming the offer (what a notice about it gives). */
export const offerUrl = (ctx: PageContext, slug: string, offerId: number) =>
  `${ctx.base}/p/${slug}?offer=${offerId}`;

/** The complaint form for a statement of reasons. */
export const complaintPagePath = (base: string) => `${base}/dsa/complaints/new`;

/** "Report illegal content", beside content and in the footer. */
export const reportLink = (ctx: PageContext, url: string, kind?: string): Html =>
  html`<a href="${noticePath(ctx.base, url, kind)}" rel="nofollow" class="report-illegal">${ctx.t('dsa.reportLink')}</a>`;

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
  contentKind: ctx.t('dsa.notice.contentKind'),
  url: ctx.t('dsa.notice.url'),
  category: ctx.t('dsa.notice.category'),
  explanation: ctx.t('dsa.notice.explanation'),
  name: ctx.t('dsa.notice.name'),
  email: ctx.t('dsa.notice.email'),
  goodFaith: ctx.t('dsa.notice.goodFaith'),
});

export function noticeFormPage(ctx: PageContext, form: FormState = EMPTY): Html {
  const { t } = ctx;
  const values = {
    ...(ctx.actor ? { email: ctx.actor.email, name: ctx.actor.name ?? '' } : {}),
    ...form.values,
  };
  // The good-faith statement is the notifier's own: never ticked in advance, not even on a retry.
  const f: FormState = { ...form, values: { ...values, goodFaith: '' } };
  return layout(
    ctx,
    { title: t('dsa.notice.title') },
    html`<h1>${t('dsa.notice.title')}</h1>
<p>${t('dsa.notice.intro')}</p>
${errorSummary(ctx, form, noticeLabels(ctx))}
<form method="post" action="${noticePath(ctx.base)}" novalidate class="dsa-notice-form">${csrfField(ctx)}
  ${field(f, { name: 'contentKind', label: t('dsa.notice.contentKind'), required: true, options: [{ value: '', label: t('dsa.notice.choose') }, ...CONTENT_KINDS.map((k) => ({ value: k, label: t(`dsa.kind.${k}`) }))] })}
  ${field(f, { name: 'url', label: t('dsa.notice.url'), hint: t('dsa.notice.urlHint'), required: true, maxlength: 2000 })}
  ${field(f, { name: 'category', label: t('dsa.notice.category'), required: true, options: [{ value: '', label: t('dsa.notice.choose') }, ...NOTICE_CATEGORY_CODES.map((c) => ({ value: c, label: t(`dsa.category.${c}`) }))] })}
  ${textArea(f, 'explanation', t('dsa.notice.explanation'), NOTICE_EXPLANATION.max, t('dsa.notice.explanationHint', { min: NOTICE_EXPLANATION.min }))}
  <p class="hint">${t('dsa.notice.contactHint')}</p>
  ${field(f, { name: 'name', label: t('dsa.notice.name'), autocomplete: 'name', maxlength: 200 })}
  ${field(f, { name: 'email', label: t('dsa.notice.email'), type: 'email', autocomplete: 'email', maxlength: 254 })}
  ${checkbox(f, { name: 'goodFaith', label: t('dsa.notice.goodFaith'), required: true })}
  <button type="submit">${t('dsa.notice.send')}</button>
</form>`,
  );
}

export function noticeSentPage(ctx: PageContext, number: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('dsa.notice.sentTitle') },
    html`<h1>${t('dsa.notice.sentTitle')}</h1>
<p class="notice" role="status">${t('dsa.notice.sent', { number })}</p>
<p><a href="${ctx.base}">${t('dsa.back')}</a></p>`,
  );
}

/** What the complaint form is about: a statement of reasons, or a notice with its signed link. */
export type ComplaintSubject = { statementId: string } | { noticeId: number; token: string } | null;

export function complaintFormPage(
  ctx: PageContext,
  subject: ComplaintSubject,
  form: FormState = EMPTY,
): Html {
  const { t } = ctx;
  const signedIn = ctx.actor !== null;
  return layout(
    ctx,
    { title: t('dsa.complaint.title') },
    html`<h1>${t('dsa.complaint.title')}</h1>
<p>${t('dsa.complaint.intro')}</p>
${
  subject === null
    ? html`<p class="notice" role="status">${t('dsa.complaint.missing')}</p>`
    : html`${errorSummary(ctx, form, { explanation: t('dsa.complaint.explanation'), email: t('dsa.complaint.email') })}
<form method="post" action="${complaintPagePath(ctx.base)}" novalidate class="dsa-complaint-form">${csrfField(ctx)}
  <p><strong>${t('dsa.complaint.decision')}</strong>: ${'statementId' in subject ? t('dsa.complaint.statementRef', { reference: subject.statementId }) : t('dsa.complaint.noticeRef', { reference: String(subject.noticeId) })}</p>
  ${'statementId' in subject ? html`<input type="hidden" name="statement" value="${subject.statementId}">` : html`<input type="hidden" name="notice" value="${subject.noticeId}"><input type="hidden" name="token" value="${subject.token}">`}
  ${'statementId' in subject && !signedIn ? field(form, { name: 'email', label: t('dsa.complaint.email'), type: 'email', autocomplete: 'email', required: true, maxlength: 254 }) : ''}
  ${textArea(form, 'explanation', t('dsa.complaint.explanation'), COMPLAINT_EXPLANATION.max)}
  <button type="submit">${t('dsa.complaint.send')}</button>
</form>`
}
<p class="muted">${t('dsa.complaint.outOfCourt')}</p>`,
  );
}

export function complaintSentPage(ctx: PageContext, number: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    { title: t('dsa.complaint.sentTitle') },
    html`<h1>${t('dsa.complaint.sentTitle')}</h1>
<p class="notice" role="status">${t('dsa.complaint.sent', { number })}</p>
<p><a href="${ctx.base}">${t('dsa.back')}</a></p>`,
  );
}

/** Art. 32 notices published on a product page (nothing when there is none). */
export function safetyNotices(
  ctx: PageContext,
  notices: ReadonlyArray<{ illegality: string; legalGround: string; createdAt: Date }>,
): Html {
  if (!notices.length) return html``;
  const { t } = ctx;
  const day = new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: ctx.market.timeZone });
  return html`<section class="safety-notice" role="alert" aria-labelledby="safety-h">
  <h2 id="safety-h">${t('dsa.safety.title')}</h2>
  ${notices.map(
    (n) =>
      html`<p>${t('dsa.safety.text', { illegality: n.illegality, legalGround: n.legalGround })}</p><p class="muted small">${t('dsa.safety.date', { date: day.format(n.createdAt) })}</p>`,
  )}
</section>`;
}
