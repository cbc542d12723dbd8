import { html, raw } from 'hono/html';
import { EU_MEMBER_STATES } from '../../modules/pricing/vat.rules.ts';
import type { SellerApplication } from '../../modules/seller-onboarding/onboarding.store.ts';
import { APPLICATION_LABELS } from '../../modules/seller-onboarding/onboarding.types.ts';
import type { PageContext } from '../ui/context.ts';
import { checkbox, errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, layout } from '../ui/layout.ts';

/** Countries a trader may be established in: the EU, the rest of the EEA, Switzerland, the UK and the US. */
const COUNTRY_CODES = [...EU_MEMBER_STATES, 'IS', 'LI', 'NO', 'CH', 'GB', 'US'];
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
export const COUNTRY_OPTIONS = COUNTRY_CODES.map((code) => ({
  value: code,
  label: countryNames.of(code) ?? code,
})).sort((a, b) => a.label.localeCompare(b.label, 'en'));

export const STATUS_TEXT: Record<SellerApplication['status'], { label: string; explain: string }> = {
  submitted: {
    label: 'Being reviewed',
    explain:
      'Our compliance team is checking your trader information. We will email you when it is done, usually within two working days.',
  },
  needs_correction: {
    label: 'Corrections needed',
    explain:
      'Some information must be corrected or completed before your shop can sell. Correct it below and send it again.',
  },
  approved: {
    label: 'Approved',
    explain: 'Your trader information was checked: your shop may publish offers.',
  },
  rejected: {
    label: 'Not accepted',
    explain:
      'We could not accept this application. You may contest the decision by replying to our email, or apply again with complete and accurate information.',
  },
};

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

function fileField(form: FormState, required: boolean, current: string | null): ReturnType<typeof html> {
  const error = form.errors.find((e) => e.field === 'idDocument')?.message;
  const label = APPLICATION_LABELS.idDocument!;
  return html`<div class="field">
  <label for="f-idDocument">${label}</label>
  <span class="hint" id="f-idDocument-hint">Passport or national identity card of the company's legal representative: a PDF, JPEG or PNG file of at most 5 MB.${current ? html` We have <strong>${current}</strong>; upload a new file only to replace it.` : ''}</span>
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
  const f = (name: string, extra: Partial<Parameters<typeof field>[1]> = {}) =>
    field(form, { name, label: APPLICATION_LABELS[name] ?? name, required: true, ...extra });
  return html`<form method="post" action="${ctx.base}/sell" enctype="multipart/form-data" novalidate class="seller-application">${csrfField(ctx)}
<fieldset><legend>Your shop</legend>
  ${f('shopName', { hint: 'The name buyers see on your offers.', maxlength: 80, autocomplete: 'organization' })}
</fieldset>
<fieldset><legend>The company (trader)</legend>
  ${f('legalName', { hint: 'As written in the trade register.', maxlength: 200 })}
  ${f('addressLine', { maxlength: 200, autocomplete: 'street-address' })}
  ${f('postalCode', { maxlength: 20, autocomplete: 'postal-code' })}
  ${f('city', { maxlength: 100, autocomplete: 'address-level2' })}
  ${f('country', { options: [{ value: '', label: 'Choose a country' }, ...COUNTRY_OPTIONS] })}
  ${f('phone', { type: 'tel', maxlength: 30, autocomplete: 'tel' })}
  ${f('email', { type: 'email', maxlength: 254, autocomplete: 'email', hint: 'Shown to buyers on your offers, as the law requires.' })}
</fieldset>
<fieldset><legend>Registration</legend>
  ${f('tradeRegister', { hint: 'For example RCS Paris, Handelsregister Amtsgericht München, Companies House.', maxlength: 200 })}
  ${f('tradeRegisterNumber', { maxlength: 60 })}
  ${f('vatNumber', { required: false, maxlength: 30, hint: 'Required for companies established in the EU, with its country prefix (e.g. FR40303265045); we check it in the EU VIES service.' })}
</fieldset>
<fieldset><legend>Payout account</legend>
  ${f('iban', { maxlength: 64, hint: 'Spaces are fine.' })}
  ${f('accountHolder', { maxlength: 200, hint: 'The name the bank account is held in: normally the company’s.' })}
</fieldset>
<fieldset><legend>Identity</legend>
  ${fileField(form, !opts.correcting, opts.correcting?.idDocumentName ?? null)}
</fieldset>
${checkbox(form, {
  name: 'selfCertification',
  required: true,
  label:
    'I certify that the company will offer on Reloop only refurbished electronics, and only products that comply with the applicable rules of Union law.',
})}
<button type="submit">${opts.correcting ? 'Send the corrected application' : 'Send my application'}</button>
</form>`;
}

/** `/sell`: the application form, or where the latest application stands (and its form when one is due). */
export function sellPage(
  ctx: PageContext,
  latest: SellerApplication | undefined,
  form: FormState = EMPTY,
  opts: { sent?: boolean; shopPath?: string | null } = {},
) {
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
    { title: 'Sell on Reloop' },
    html`<div class="seller-onboarding">
<h1>Sell on Reloop</h1>
${notice(opts.sent ? 'Thank you: your application was sent. We emailed you a receipt.' : undefined)}
${errorSummary(ctx, form, APPLICATION_LABELS)}
${
  latest && status
    ? html`<section aria-labelledby="status-h" class="application-status"><h2 id="status-h">Your application</h2>
<dl class="specs">
  <dt>Shop</dt><dd>${latest.shopName}</dd>
  <dt>Status</dt><dd><span class="status status-${latest.status}">${status.label}</span></dd>
  <dt>Last change</dt><dd>${latest.updatedAt.toISOString().slice(0, 10)}</dd>
  ${latest.reviewNote && latest.status !== 'submitted' ? html`<dt>${latest.status === 'needs_correction' ? 'What to fix' : 'Note from our team'}</dt><dd class="review-note">${latest.reviewNote}</dd>` : ''}
</dl>
<p>${status.explain}</p>
${latest.status === 'approved' && opts.shopPath ? html`<p><a href="${opts.shopPath}">See your shop page</a></p>` : ''}
</section>`
    : html`<p>Reloop is a marketplace for professional refurbishers. Before your shop can publish offers, the law (EU Digital Services Act, Art. 30) asks us to collect and check who you are: the company's identity and contact details, an identity document, your payout account, your trade register entry and VAT number, and your commitment to sell only compliant products.</p>
<p>We keep this information while you sell on Reloop and for six months after, then delete it. The company's name, address, contact details and registration are shown to buyers on your offers.</p>`
}
${
  showForm
    ? html`<section aria-labelledby="form-h"><h2 id="form-h">${correcting ? 'Correct your application' : latest ? 'Apply again' : 'Your application'}</h2>
${applicationForm(ctx, values, { correcting })}</section>`
    : ''
}
</div>`,
  );
}
