import { html, raw } from 'hono/html';
import { EU_MEMBER_STATES } from '../../modules/pricing/vat.rules.ts';
import type { SellerApplication } from '../../modules/seller-onboarding/onboarding.store.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import type { PageContext } from '../ui/context.ts';
import { checkbox, errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, layout } from '../ui/layout.ts';

/** Countries a trader may be established in: the EU, the rest of the EEA, Switzerland, the UK and the US. */
const COUNTRY_CODES = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO', 'CH', 'GB', 'US'];
/** The countries by their names in the page's language, in its alphabetical order. */
export function countryOptions(ctx: PageContext): Array<{ value: string; label: string }> {
  const names = new Intl.DisplayNames([ctx.market.bcp47], { type: 'region' });
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
    a.label.localeCompare(b.label, ctx.market.bcp47),
  );
}

/** An application's status, and what it means, as message keys. */
export const STATUS_TEXT: Record<SellerApplication['status'], { label: MessageKey; explain: MessageKey }> = {
  submitted: { label: 'sell.status.submitted', explain: 'sell.status.submitted.text' },
  needs_correction: { label: 'sell.status.needs_correction', explain: 'sell.status.needs_correction.text' },
  approved: { label: 'sell.status.approved', explain: 'sell.status.approved.text' },
  rejected: { label: 'sell.status.rejected', explain: 'sell.status.rejected.text' },
};

const FIELDS = [
  'shopName',
  'legalName',
  'addressLine',
  'postalCode',
  'city',
  'country',
  'phone',
  'email',
  'tradeRegister',
  'tradeRegisterNumber',
  'vatNumber',
  'iban',
  'accountHolder',
  'idDocument',
  'selfCertification',
] as const;
type FieldName = (typeof FIELDS)[number];

/** The form's labels in the page's language, by field name (the error summary names fields with them). */
export function applicationLabels(ctx: PageContext): Record<string, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, ctx.t(`sell.field.${f}` as const)]));
}

const hintKey = (name: FieldName): MessageKey | null => {
  const key = `sell.hint.${name}`;
  return key in HINTS ? (key as MessageKey) : null;
};
const HINTS: Partial<Record<string, true>> = Object.fromEntries(
  (['shopName', 'legalName', 'email', 'tradeRegister', 'vatNumber', 'iban', 'accountHolder'] as const).map(
    (n) => [`sell.hint.${n}`, true],
  ),
);

const EMPTY: FormState = { values: {}, errors: [] };

/** The application's values as the form's, to correct or to start again from. */
export function formValuesOf(app: SellerApplication): Record<string, string> {
  return {
    shopName: app.shopName,
    legalName: app.legalName,
    addressLine: app.addressLine,
    postalCode: app.postalCode,
    city: app.city,
    country: app.country,
    phone: app.phone,
    email: app.email,
    tradeRegister: app.tradeRegister,
    tradeRegisterNumber: app.tradeRegisterNumber,
    vatNumber: app.vatNumber ?? '',
    iban: app.iban,
    accountHolder: app.accountHolder,
  };
}

function fileField(
  ctx: PageContext,
  form: FormState,
  required: boolean,
  current: string | null,
): ReturnType<typeof html> {
  const error = form.errors.find((e) => e.field === 'idDocument')?.message;
  const label = ctx.t('sell.field.idDocument');
  return html`<div class="field">
  <label for="f-idDocument">${label}</label>
  <span class="hint" id="f-idDocument-hint">${ctx.t('sell.hint.idDocument')}${current ? html` ${ctx.t('sell.hint.idDocumentKept', { file: current })}` : ''}</span>
  ${error ? html`<span class="error" id="f-idDocument-error">${label}: ${error}</span>` : ''}
  <input id="f-idDocument" name="idDocument" type="file" accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"${raw(required ? ' required' : '')} aria-describedby="f-idDocument-hint${error ? ' f-idDocument-error' : ''}"${raw(error ? ' aria-invalid="true"' : '')}>
</div>`;
}

/** The trader-information form (DSA Art. 30(1)); `correcting` keeps the earlier ID document. */
export function applicationForm(
  ctx: PageContext,
  form: FormState,
  opts: { correcting: SellerApplication | null },
): ReturnType<typeof html> {
  const { t } = ctx;
  const f = (name: FieldName, extra: Partial<Parameters<typeof field>[1]> = {}) => {
    const hint = hintKey(name);
    return field(form, {
      name,
      label: t(`sell.field.${name}`),
      required: true,
      ...(hint ? { hint: t(hint) } : {}),
      ...extra,
    });
  };
  return html`<form method="post" action="${ctx.base}/sell" enctype="multipart/form-data" novalidate class="seller-application">${csrfField(ctx)}
<fieldset><legend>${t('sell.legend.shop')}</legend>
  ${f('shopName', { maxlength: 80, autocomplete: 'organization' })}
</fieldset>
<fieldset><legend>${t('sell.legend.company')}</legend>
  ${f('legalName', { maxlength: 200 })}
  ${f('addressLine', { maxlength: 200, autocomplete: 'street-address' })}
  ${f('postalCode', { maxlength: 20, autocomplete: 'postal-code' })}
  ${f('city', { maxlength: 100, autocomplete: 'address-level2' })}
  ${f('country', { options: [{ value: '', label: t('sell.chooseCountry') }, ...countryOptions(ctx)] })}
  ${f('phone', { type: 'tel', maxlength: 30, autocomplete: 'tel' })}
  ${f('email', { type: 'email', maxlength: 254, autocomplete: 'email' })}
</fieldset>
<fieldset><legend>${t('sell.legend.registration')}</legend>
  ${f('tradeRegister', { maxlength: 200 })}
  ${f('tradeRegisterNumber', { maxlength: 60 })}
  ${f('vatNumber', { required: false, maxlength: 30 })}
</fieldset>
<fieldset><legend>${t('sell.legend.payout')}</legend>
  ${f('iban', { maxlength: 64 })}
  ${f('accountHolder', { maxlength: 200 })}
</fieldset>
<fieldset><legend>${t('sell.legend.identity')}</legend>
  ${fileField(ctx, form, !opts.correcting, opts.correcting?.idDocumentName ?? null)}
</fieldset>
${checkbox(form, {
  name: 'selfCertification',
  required: true,
  label: t('sell.selfCertification.text'),
})}
<button type="submit">${opts.correcting ? t('sell.submitCorrected') : t('sell.submit')}</button>
</form>`;
}

/** `/sell`: the application form, or where the latest application stands (and its form when one is due). */
export function sellPage(
  ctx: PageContext,
  latest: SellerApplication | undefined,
  form: FormState = EMPTY,
  opts: { sent?: boolean; shopPath?: string | null } = {},
) {
  const { t } = ctx;
  const status = latest ? STATUS_TEXT[latest.status] : null;
  const showForm = !latest || latest.status === 'needs_correction' || latest.status === 'rejected';
  const correcting = latest?.status === 'needs_correction' ? latest : null;
  const values =
    form.values && Object.keys(form.values).length
      ? form
      : latest && showForm
        ? { ...form, values: formValuesOf(latest) }
        : form;
  return layout(
    ctx,
    { title: t('sell.title') },
    html`<div class="seller-onboarding">
<h1>${t('sell.title')}</h1>
${notice(opts.sent ? t('sell.sent') : undefined)}
${errorSummary(ctx, form, applicationLabels(ctx))}
${
  latest && status
    ? html`<section aria-labelledby="status-h" class="application-status"><h2 id="status-h">${t('sell.application')}</h2>
<dl class="specs">
  <dt>${t('sell.shop')}</dt><dd>${latest.shopName}</dd>
  <dt>${t('sell.status')}</dt><dd><span class="status status-${latest.status}">${t(status.label)}</span></dd>
  <dt>${t('sell.lastChange')}</dt><dd><time datetime="${latest.updatedAt.toISOString()}">${new Intl.DateTimeFormat(ctx.market.bcp47, { dateStyle: 'long', timeZone: ctx.market.timeZone }).format(latest.updatedAt)}</time></dd>
  ${latest.reviewNote && latest.status !== 'submitted' ? html`<dt>${latest.status === 'needs_correction' ? t('sell.whatToFix') : t('sell.teamNote')}</dt><dd class="review-note">${latest.reviewNote}</dd>` : ''}
</dl>
<p>${t(status.explain)}</p>
${latest.status === 'approved' && opts.shopPath ? html`<p><a href="${opts.shopPath}">${t('sell.seeShop')}</a></p>` : ''}
</section>`
    : html`<p>${t('sell.intro')}</p>
<p>${t('sell.retention')}</p>`
}
${
  showForm
    ? html`<section aria-labelledby="form-h"><h2 id="form-h">${correcting ? t('sell.correct') : latest ? t('sell.applyAgain') : t('sell.application')}</h2>
${applicationForm(ctx, values, { correcting })}</section>`
    : ''
}
</div>`,
  );
}
