/**
 * The buyer's device insurance (issue 14): each insured device's policy on the order page (its
 * reference, covers in words, last covered day, its claims), and the "Claim on my insurance"
 * form — the cover among the policy's, the incident day, what happened, photos or a police report.
 */
import { html, raw } from 'hono/html';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_FOLDER,
  MAX_MESSAGE_LENGTH,
} from '../../modules/after-sales/care.rules.ts';
import type { LinePolicy } from '../../modules/after-sales/insurance.read-model.ts';
import type { InsuranceCover } from '../../modules/pricing/insurance.rules.ts';
import { OPEN_CLAIM_STATUSES } from '../../modules/pricing/insurance-claims.rules.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';
import { dayText } from './after-sales.pages.ts';

const coverName = (ctx: PageContext, c: InsuranceCover) => ctx.t(`insurance.cover.${c}`);

/** "Breakage, theft and liquid damage", in the page's language. */
const coversText = (ctx: PageContext, covers: readonly InsuranceCover[]) =>
  new Intl.ListFormat(ctx.market.bcp47, { type: 'conjunction' }).format(covers.map((c) => coverName(ctx, c)));

const claimable = (p: LinePolicy) =>
  p.ended === null && !p.claims.some((c) => OPEN_CLAIM_STATUSES.includes(c.status));

function claimText(ctx: PageContext, c: LinePolicy['claims'][number]): Html {
  const { t } = ctx;
  const detail = c.outcome
    ? html` (${t(`insurance.claim.outcome.${c.outcome}`)})`
    : c.refusalReason === 'no_proof_of_theft'
      ? html` (${t('insurance.claim.refusal.no_proof_of_theft')})`
      : '';
  return html`<li>${t('insurance.claim.item', { ref: c.providerClaimRef, cover: coverName(ctx, c.cover) })}: ${t(`insurance.claim.status.${c.status}`)}${detail}</li>`;
}

/** An insured line's policies on the order page, with the way to claim. */
export function lineInsurance(
  ctx: PageContext,
  checkoutId: string,
  lineId: number,
  policies: readonly LinePolicy[] | undefined,
): Html | string {
  if (!policies?.length) return '';
  const { t } = ctx;
  const several = policies.length > 1;
  return html`<section class="line-insurance" aria-labelledby="ins-${lineId}">
<h4 id="ins-${lineId}">${t('insurance.policy.title')}</h4>
<ul>${policies.map(
    (p) =>
      html`<li>${several ? html`${t('insurance.policy.device', { unit: p.unit })} · ` : ''}${t('insurance.policy.ref', { ref: p.policyRef })} · ${t('insurance.policy.covers', { covers: coversText(ctx, p.covers) })} · ${
        p.ended === 'premium_refunded'
          ? html`<strong>${t('insurance.policy.premiumRefunded')}</strong>`
          : p.ended === 'expired'
            ? t('insurance.policy.expired', { date: dayText(ctx, p.validUntil) })
            : t('insurance.policy.validUntil', { date: dayText(ctx, p.validUntil) })
      }${p.claims.length ? html`<ul>${p.claims.map((c) => claimText(ctx, c))}</ul>` : ''}</li>`,
  )}</ul>
${policies.some(claimable) ? html`<p><a class="button secondary" href="${ctx.base}/orders/${checkoutId}/lines/${lineId}/insurance">${t('insurance.claim.action')}</a></p>` : ''}
<p class="muted">${t('insurance.policy.refundNote')}</p>
</section>`;
}

export type InsuranceClaimView = {
  checkoutId: string;
  lineId: number;
  productName: string;
  policies: LinePolicy[];
};

const MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);

function radios(
  form: FormState,
  f: { name: string; legend: string; options: ReadonlyArray<{ value: string; label: string }> },
): Html {
  const error = form.errors.find((e) => e.field === f.name)?.message;
  const selected = form.values[f.name] ?? (f.options.length === 1 ? f.options[0]!.value : '');
  return html`<fieldset class="field" id="f-${f.name}"${error ? raw(` aria-describedby="f-${f.name}-error"`) : ''}>
  <legend>${f.legend}</legend>
  ${error ? html`<span class="error" id="f-${f.name}-error">${f.legend}: ${error}</span>` : ''}
  ${f.options.map(
    (o) =>
      html`<div class="radio"><input type="radio" id="f-${f.name}-${o.value}" name="${f.name}" value="${o.value}" required${o.value === selected ? raw(' checked') : ''}><label for="f-${f.name}-${o.value}">${o.label}</label></div>`,
  )}
</fieldset>`;
}

function input(
  form: FormState,
  f: { name: string; label: string; type: string; hint?: string; max?: string; multiline?: boolean },
): Html {
  const id = `f-${f.name}`;
  const error = form.errors.find((e) => e.field === f.name)?.message;
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = raw(
    `${described ? ` aria-describedby="${described}"` : ''}${error ? ' aria-invalid="true"' : ''}`,
  );
  return html`<div class="field">
  <label for="${id}">${f.label}</label>
  ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
  ${error ? html`<span class="error" id="${id}-error">${f.label}: ${error}</span>` : ''}
  ${
    f.multiline
      ? html`<textarea id="${id}" name="${f.name}" rows="6" maxlength="${MAX_MESSAGE_LENGTH}" required${aria}>${form.values[f.name] ?? ''}</textarea>`
      : f.type === 'file'
        ? html`<input id="${id}" name="${f.name}" type="file" multiple accept="image/jpeg,image/png,application/pdf"${aria}>`
        : html`<input id="${id}" name="${f.name}" type="${f.type}" value="${form.values[f.name] ?? ''}"${f.max ? raw(` max="${f.max}"`) : ''} required${aria}>`
  }
</div>`;
}

/** The claim form for an insured line (its open policies; one radio per device when several). */
export function insuranceClaimPage(ctx: PageContext, v: InsuranceClaimView, form: FormState, today: string) {
  const { t } = ctx;
  const title = t('insurance.claim.title', { product: v.productName });
  const open = v.policies.filter(claimable);
  const unit = Number(form.values.unit ?? open[0]?.unit ?? 1);
  const policy = open.find((p) => p.unit === unit) ?? open[0];
  const covers = policy?.covers ?? [];
  const labels = {
    unit: t('insurance.claim.device'),
    cover: t('insurance.claim.cover'),
    incidentOn: t('insurance.claim.incidentOn'),
    description: t('insurance.claim.description'),
    files: t('insurance.claim.files'),
  };
  return layout(
    ctx,
    { title },
    html`<h1>${title}</h1>
${errorSummary(ctx, form, labels)}
${
  policy
    ? html`<p>${t('insurance.claim.intro', { ref: policy.policyRef, date: dayText(ctx, policy.validUntil) })}</p>
<form method="post" action="${ctx.base}/orders/${v.checkoutId}/lines/${v.lineId}/insurance" enctype="multipart/form-data" novalidate>${csrfField(ctx)}
${
  open.length > 1
    ? radios(form, {
        name: 'unit',
        legend: labels.unit,
        options: open.map((p) => ({
          value: String(p.unit),
          label: `${t('insurance.policy.device', { unit: p.unit })} · ${t('insurance.policy.ref', { ref: p.policyRef })}`,
        })),
      })
    : html`<input type="hidden" name="unit" value="${policy.unit}">`
}
${radios(form, { name: 'cover', legend: labels.cover, options: covers.map((c) => ({ value: c, label: coverName(ctx, c) })) })}
${input(form, { name: 'incidentOn', label: labels.incidentOn, type: 'date', max: today, hint: t('insurance.claim.incidentHint', { from: dayText(ctx, policy.from), until: dayText(ctx, policy.validUntil) }) })}
${input(form, { name: 'description', label: labels.description, type: 'text', multiline: true })}
${input(form, { name: 'files', label: labels.files, type: 'file', hint: t('insurance.claim.filesHint', { max: MAX_ATTACHMENTS_PER_FOLDER, size: MB }) })}
<button type="submit">${t('insurance.claim.submit')}</button>
</form>`
    : html`<p>${t('insurance.claim.noneOpen')}</p>`
}
<p><a href="${ctx.base}/orders/${v.checkoutId}">${t('afterSales.backToOrder')}</a></p>`,
  );
}
