/** Availability and price alerts (issue 16): the form from a product page, and the account's list. */
import { html } from 'hono/html';
import { ALERT_KINDS } from '../../modules/marketing/alert.rules.ts';
import type { AlertView } from '../../modules/marketing/alerts.read-model.ts';
import { type Grade, SHOPPER_GRADES } from '../../modules/offers/grades.ts';
import { formatDecimalInput } from '../../platform/money.ts';
import { checked, gradeLabel } from '../ui/components.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

/** A price example in the reader's decimal format ("249,90" in fr, "249.90" in en). */
export const priceExample = (ctx: PageContext) => formatDecimalInput(24_990, ctx.market.bcp47);

export function alertFormPage(
  ctx: PageContext,
  p: { slug: string; name: string; grade: Grade; grades: readonly Grade[] },
  form: FormState,
  refusal?: string,
): Html {
  const { t } = ctx;
  const kind = form.values.kind ?? 'back_in_stock';
  const grades = p.grades.includes(p.grade) ? p.grades : [...p.grades, p.grade];
  const labels = {
    kind: t('marketing.alerts.kind'),
    grade: t('marketing.alerts.grade'),
    target: t('marketing.alerts.target', { currency: ctx.market.currency }),
  };
  return layout(
    ctx,
    { title: t('marketing.alerts.new.title', { product: p.name }) },
    html`<h1>${t('marketing.alerts.new.title', { product: p.name })}</h1>
${refusal ? html`<p class="error" role="alert">${refusal}</p>` : ''}
${errorSummary(ctx, form, labels)}
<form method="post" action="${ctx.base}/alerts" novalidate>${csrfField(ctx)}
  <input type="hidden" name="product" value="${p.slug}">
  ${field({ ...form, values: { grade: p.grade, ...form.values } }, { name: 'grade', label: labels.grade, required: true, options: grades.map((g) => ({ value: g, label: gradeLabel(ctx, g) })) })}
  <fieldset><legend>${labels.kind}</legend>
  ${ALERT_KINDS.map((k) => html`<div class="checkbox"><input id="f-kind-${k}" type="radio" name="kind" value="${k}"${checked(kind === k)}><label for="f-kind-${k}">${t(`marketing.alerts.kind.${k}`)}</label></div>`)}
  </fieldset>
  ${field(form, { name: 'target', label: labels.target, hint: t('marketing.alerts.target.hint', { example: priceExample(ctx) }), autocomplete: 'off', maxlength: 20 })}
  <p class="hint">${t('marketing.alerts.once')}</p>
  <button type="submit">${t('marketing.alerts.create')}</button>
</form>
<p><a href="${ctx.base}/p/${p.slug}?grade=${p.grade}">${p.name}</a></p>`,
  );
}

/** The grades an alert form offers: the shopper grades. */
export const ALERT_GRADES: readonly Grade[] = SHOPPER_GRADES;

const DONE = ['created', 'paused', 'resumed', 'rearmed', 'deleted'] as const;

export function myAlertsPage(ctx: PageContext, alerts: readonly AlertView[], done?: string): Html {
  const { t } = ctx;
  const day = (d: Date) =>
    new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'medium', timeZone: ctx.market.timeZone }).format(
      d,
    );
  const doneText = (DONE as readonly string[]).includes(done ?? '')
    ? t(`marketing.alerts.done.${done as (typeof DONE)[number]}`)
    : undefined;
  const action = (a: AlertView, name: 'pause' | 'resume' | 'rearm' | 'delete') =>
    html`<form method="post" action="${ctx.base}/account/alerts/${a.id}/${name}" class="inline">${csrfField(ctx)}<button type="submit" class="${name === 'delete' ? 'danger' : 'secondary'}">${t(`marketing.alerts.${name}`)}</button></form>`;
  const status = (a: AlertView) =>
    a.status === 'fulfilled'
      ? t('marketing.alerts.status.fulfilled', { date: a.fulfilledAt ? day(a.fulfilledAt) : '' })
      : t(`marketing.alerts.status.${a.status}`);
  return layout(
    ctx,
    { title: t('marketing.alerts.title') },
    html`<h1>${t('marketing.alerts.title')}</h1>
${notice(doneText)}
${
  alerts.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table">
<thead><tr><th scope="col">${t('marketing.alerts.col.product')}</th><th scope="col">${t('marketing.alerts.col.grade')}</th><th scope="col">${t('marketing.alerts.col.condition')}</th><th scope="col">${t('marketing.alerts.col.status')}</th><th scope="col">${t('marketing.alerts.col.actions')}</th></tr></thead>
<tbody>${alerts.map(
        (
          a,
        ) => html`<tr><td><a href="${ctx.base}/p/${a.productSlug}?grade=${a.grade}">${a.productName}</a></td><td>${gradeLabel(ctx, a.grade)}</td>
<td>${a.kind === 'back_in_stock' ? t('marketing.alerts.condition.back_in_stock') : t('marketing.alerts.condition.price_below', { price: ctx.amount(a.targetMinor ?? 0, a.currency) })}</td>
<td>${status(a)}</td>
<td>${a.status === 'active' ? action(a, 'pause') : a.status === 'paused' ? action(a, 'resume') : action(a, 'rearm')} ${action(a, 'delete')}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('marketing.alerts.empty')}</p>`
}
<p><a href="${ctx.base}/account/marketing">${t('marketing.title')}</a> · <a href="${ctx.base}/account">${t('account.title')}</a></p>`,
  );
}
