/**
 * The privacy centre (issue 16): one page of the account with each right — download my data,
 * rectify, restrict, object (legitimate interest, marketing), post-mortem directives, my requests
 * and their due days, erase my account — and the erasure report shown after the erasure.
 */
import { html, raw } from 'hono/html';
import { DIRECTIVE_INSTRUCTIONS, PROCESSING_PURPOSES } from '../../modules/privacy/privacy-choices.rules.ts';
import type { PrivacyChoices, PrivacyRequestRow } from '../../modules/privacy/privacy-requests.store.ts';
import { RESTRICTION_REASONS } from '../../modules/privacy/restrict-processing.ts';
import { toDate } from '../../platform/calendar.ts';
import { CATALOGS, type MessageKey } from '../../platform/i18n.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';
import { kindName, textArea } from './privacy-request.pages.ts';

/** What a redirect after a change says at the top (`?done=`). */
export const CENTRE_DONE = {
  restricted: 'privacy.centre.done.restricted',
  lifted: 'privacy.centre.done.lifted',
  objected: 'privacy.centre.done.objected',
  withdrawn: 'privacy.centre.done.withdrawn',
  marketing: 'privacy.centre.done.marketing',
  directives: 'privacy.centre.done.directives',
  requested: 'privacy.centre.done.requested',
} as const;
export type CentreDone = keyof typeof CENTRE_DONE;
export type CentreSection = 'rectify' | 'restrict' | 'object' | 'directives' | 'erase';

export type ErasureReportView = {
  erasedAt: string;
  deleted: Array<{ module: string; dataset: string; count: number }>;
  anonymised: Array<{ module: string; dataset: string; count: number }>;
  held: Array<{ module: string; dataset: string; count: number; reason: string; until: string | null }>;
};

const day = (ctx: PageContext, d: Date) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: ctx.market.timeZone }).format(d);
const dueDay = (ctx: PageContext, d: string) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: 'UTC' }).format(toDate(d));
const checked = (on: boolean) => (on ? raw(' checked') : '');

function requestsList(ctx: PageContext, rows: PrivacyRequestRow[]): Html {
  const { t } = ctx;
  if (!rows.length) return html`<p class="muted">${t('privacy.centre.requests.none')}</p>`;
  return html`<table class="data-table"><thead><tr><th scope="col">${t('privacy.centre.requests.number')}</th><th scope="col">${t('privacy.request.kind')}</th><th scope="col">${t('privacy.centre.requests.received')}</th><th scope="col">${t('privacy.centre.requests.status')}</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr><td>${r.id}</td><td>${kindName(ctx, r.kind)}</td><td>${day(ctx, r.receivedAt)}</td><td>${
        r.status === 'open'
          ? t('privacy.centre.requests.dueOn', { date: dueDay(ctx, r.dueOn) })
          : t(r.status === 'refused' ? 'privacy.centre.requests.refused' : 'privacy.centre.requests.answered')
      }</td></tr>`,
  )}</tbody></table>`;
}

export function privacyCentrePage(
  ctx: PageContext,
  a: { choices: PrivacyChoices; requests: PrivacyRequestRow[]; email: string },
  form: FormState & { section?: CentreSection },
  done?: CentreDone,
): Html {
  const { t } = ctx;
  const formFor = (s: CentreSection): FormState => (form.section === s ? form : { values: {}, errors: [] });
  const { restriction, objections, directives } = a.choices;
  const objected = new Set(objections.map((o) => o.purpose));
  const dir = formFor('directives').values.instruction
    ? formFor('directives').values
    : {
        instruction: directives?.instruction ?? '',
        trustedName: directives?.trustedName ?? '',
        trustedEmail: directives?.trustedEmail ?? '',
      };
  const dirForm: FormState = { ...formFor('directives'), values: dir };
  const labels = {
    details: t('privacy.centre.rectify.details'),
    reason: t('privacy.centre.restrict.reason'),
    purpose: t('privacy.centre.object.title'),
    instruction: t('privacy.centre.directives.instruction'),
    trustedName: t('privacy.centre.directives.trustedName'),
    trustedEmail: t('privacy.centre.directives.trustedEmail'),
    password: t('account.currentPassword'),
  };
  return layout(
    ctx,
    { title: t('privacy.centre.title') },
    html`<div class="settings">
<h1>${t('privacy.centre.title')}</h1>
<p>${t('privacy.centre.intro')}</p>
${notice(done ? t(CENTRE_DONE[done]) : undefined)}
${form.errors.length || form.message ? errorSummary(ctx, form, labels) : ''}
<section aria-labelledby="download-h"><h2 id="download-h">${t('privacy.centre.download.title')}</h2>
<p>${t('privacy.centre.download.text')}</p>
<p><a class="button" href="${ctx.base}/account/privacy/export.zip" download>${t('privacy.centre.download.zip')}</a> <a href="/api/v1/me/data-export">${t('privacy.centre.download.json')}</a></p>
</section>
<section aria-labelledby="rectify-h"><h2 id="rectify-h">${t('privacy.centre.rectify.title')}</h2>
<p>${t('privacy.centre.rectify.text')} <a href="${ctx.base}/account">${t('privacy.centre.rectify.settings')}</a></p>
<form method="post" action="${ctx.base}/account/privacy/rectify" novalidate>${csrfField(ctx)}
  ${textArea(formFor('rectify'), { name: 'details', label: labels.details, hint: t('privacy.centre.rectify.hint'), required: true, maxlength: 4000 })}
  <button type="submit" class="secondary">${t('privacy.centre.rectify.submit')}</button>
</form></section>
<section aria-labelledby="restrict-h"><h2 id="restrict-h">${t('privacy.centre.restrict.title')}</h2>
<p>${t('privacy.centre.restrict.text')}</p>
${
  restriction
    ? html`<p><strong>${t('privacy.centre.restrict.active', { date: day(ctx, restriction.since) })}</strong> ${t(`privacy.centre.restrict.reason.${restriction.reason as (typeof RESTRICTION_REASONS)[number]}`)}</p>
<form method="post" action="${ctx.base}/account/privacy/restriction/lift">${csrfField(ctx)}<button type="submit" class="secondary">${t('privacy.centre.restrict.lift')}</button></form>`
    : html`<form method="post" action="${ctx.base}/account/privacy/restriction" novalidate>${csrfField(ctx)}
  ${field(formFor('restrict'), { name: 'reason', label: labels.reason, required: true, options: RESTRICTION_REASONS.map((r) => ({ value: r, label: t(`privacy.centre.restrict.reason.${r}`) })) })}
  <button type="submit">${t('privacy.centre.restrict.submit')}</button>
</form>`
}
</section>
<section aria-labelledby="object-h"><h2 id="object-h">${t('privacy.centre.object.title')}</h2>
<p>${t('privacy.centre.object.text')}</p>
<ul class="plain">${PROCESSING_PURPOSES.map(
      (p) =>
        html`<li><h3>${t(`privacy.purpose.${p.purpose}`)}</h3><p>${t(`privacy.purpose.${p.purpose}.text`)}</p>${
          p.objectable
            ? html`<form method="post" action="${ctx.base}/account/privacy/objections">${csrfField(ctx)}<input type="hidden" name="purpose" value="${p.purpose}"><input type="hidden" name="withdraw" value="${objected.has(p.purpose) ? '1' : ''}">${objected.has(p.purpose) ? html`<p>${t('privacy.centre.object.active')}</p><button type="submit" class="secondary">${t('privacy.centre.object.withdraw')}</button>` : html`<button type="submit">${t('privacy.centre.object.submit')}</button>`}</form>`
            : ''
        }</li>`,
    )}</ul>
${formFor('object').errors.length ? html`<p class="error">${formFor('object').errors[0]!.message}</p>` : ''}
</section>
<section aria-labelledby="marketing-h"><h2 id="marketing-h">${t('privacy.centre.marketing.title')}</h2>
<p>${t('privacy.centre.marketing.text')}</p>
<form method="post" action="${ctx.base}/account/privacy/marketing">${csrfField(ctx)}<button type="submit">${t('privacy.centre.marketing.submit')}</button></form>
</section>
<section aria-labelledby="directives-h"><h2 id="directives-h">${t('privacy.centre.directives.title')}</h2>
<p>${t('privacy.centre.directives.text')}</p>
${directives ? html`<p>${t('privacy.centre.directives.current', { date: day(ctx, directives.updatedAt) })}</p>` : ''}
<form method="post" action="${ctx.base}/account/privacy/directives" novalidate>${csrfField(ctx)}
<fieldset><legend>${labels.instruction}</legend>
${dirForm.errors.find((e) => e.field === 'instruction') ? html`<span class="error" id="f-instruction-error">${dirForm.errors.find((e) => e.field === 'instruction')!.message}</span>` : ''}
${DIRECTIVE_INSTRUCTIONS.map(
  (i, n) =>
    html`<div class="checkbox"><input type="radio" id="${n === 0 ? 'f-instruction' : `f-instruction-${i}`}" name="instruction" value="${i}"${checked(dir.instruction === i)}><label for="${n === 0 ? 'f-instruction' : `f-instruction-${i}`}">${t(`privacy.centre.directives.${i}`)}</label></div>`,
)}
</fieldset>
  ${field(dirForm, { name: 'trustedName', label: labels.trustedName, autocomplete: 'off', maxlength: 200, hint: t('privacy.centre.directives.trustedHint') })}
  ${field(dirForm, { name: 'trustedEmail', label: labels.trustedEmail, type: 'email', autocomplete: 'off', maxlength: 254 })}
  <button type="submit">${t('privacy.centre.directives.submit')}</button>
</form></section>
<section aria-labelledby="requests-h"><h2 id="requests-h">${t('privacy.centre.requests.title')}</h2>
${requestsList(ctx, a.requests)}
</section>
<section aria-labelledby="erase-h"><h2 id="erase-h">${t('privacy.centre.erase.title')}</h2>
<p>${t('privacy.centre.erase.text')}</p>
<form method="post" action="${ctx.base}/account/privacy/erase" novalidate>${csrfField(ctx)}
  <input type="text" name="username" value="${a.email}" autocomplete="username" hidden>
  ${field(formFor('erase'), { name: 'password', label: labels.password, type: 'password', required: true, autocomplete: 'current-password' })}
  <button type="submit" class="danger">${t('privacy.centre.erase.submit')}</button>
</form></section>
</div>`,
  );
}

/** The words of an erasure report's key (a dataset, a hold reason), when the catalogs have them. */
const known = (key: string): key is MessageKey => key in (CATALOGS.en ?? {});
const datasetName = (ctx: PageContext, x: { module: string; dataset: string }) => {
  const key = `privacy.erasure.dataset.${x.dataset}`;
  return known(key) ? ctx.t(key) : `${x.module} · ${x.dataset}`;
};
const holdReason = (ctx: PageContext, reason: string) => {
  const key = `privacy.erasure.reason.${reason}`;
  return known(key) ? ctx.t(key) : reason;
};

/** After the erasure (signed out): what was deleted, anonymised, and held — why and until when. */
export function erasureReportPage(ctx: PageContext, r: ErasureReportView): Html {
  const { t } = ctx;
  const counts = (rows: ErasureReportView['deleted']) =>
    rows.length
      ? html`<table class="data-table"><thead><tr><th scope="col">${t('privacy.report.data')}</th><th scope="col">${t('privacy.report.count')}</th></tr></thead><tbody>${rows.map(
          (x) => html`<tr><td>${datasetName(ctx, x)}</td><td>${x.count}</td></tr>`,
        )}</tbody></table>`
      : html`<p class="muted">${t('privacy.report.nothing')}</p>`;
  return layout(
    ctx,
    { title: t('privacy.report.title') },
    html`<div class="settings">
<h1>${t('privacy.report.title')}</h1>
${notice(t('privacy.report.done', { date: day(ctx, new Date(r.erasedAt)) }))}
<section aria-labelledby="deleted-h"><h2 id="deleted-h">${t('privacy.report.deleted')}</h2>${counts(r.deleted)}</section>
<section aria-labelledby="anon-h"><h2 id="anon-h">${t('privacy.report.anonymised')}</h2>${counts(r.anonymised)}</section>
<section aria-labelledby="held-h"><h2 id="held-h">${t('privacy.report.held')}</h2><p>${t('privacy.report.held.text')}</p>
${
  r.held.length
    ? html`<table class="data-table"><thead><tr><th scope="col">${t('privacy.report.data')}</th><th scope="col">${t('privacy.report.count')}</th><th scope="col">${t('privacy.report.reason')}</th><th scope="col">${t('privacy.report.until')}</th></tr></thead><tbody>${r.held.map(
        (x) =>
          html`<tr><td>${datasetName(ctx, x)}</td><td>${x.count}</td><td>${holdReason(ctx, x.reason)}</td><td>${x.until ? dueDay(ctx, x.until.slice(0, 10)) : t('privacy.report.untilClosed')}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">${t('privacy.report.nothing')}</p>`
}</section>
<p><a href="${ctx.base}">${t('privacy.report.home')}</a></p>
</div>`,
  );
}
