/** The seller portal's tax settings: the EUR 10 000 distance-sales threshold option (OSS). */
import { html, raw } from 'hono/html';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  csrfInput,
  money,
  notice,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
} from './seller-layout.ts';

export type SettingsPageData = {
  /** The seller's country of establishment (ISO 3166-1 alpha-2). */
  country: string;
  underOssThreshold: boolean;
  returnWindowDays: number;
  returnWindowBounds: { min: number; max: number };
  /** Only owners change the option; staff see it. */
  canEdit: boolean;
  form: FormState;
  done?: string;
};

const choice = (value: 'yes' | 'no', checked: boolean, label: Html | string, hint: string) =>
  html`<div class="radio">
  <input type="radio" id="f-underOssThreshold-${value}" name="underOssThreshold" value="${value}"${checked ? raw(' checked') : ''} aria-describedby="oss-${value}-hint">
  <label for="f-underOssThreshold-${value}">${label}</label>
  <p class="hint" id="oss-${value}-hint">${hint}</p>
</div>`;

export function settingsPage(v: SellerView, d: SettingsPageData): Html {
  const { t, locale } = v;
  const base = sellerBase(v.sellerId);
  const fieldError = d.form.errors.find((e) => e.field === 'underOssThreshold');
  const threshold = money(1_000_000, 'EUR', locale);
  const current = d.underOssThreshold
    ? t('portal.settings.currentUnder', { country: d.country })
    : t('portal.settings.currentDestination');
  return sellerPage(
    t('portal.nav.settings'),
    v,
    html`<h1>${t('portal.nav.settings')}</h1>
${notice(d.done)}
${sellerErrorSummary(d.form, { underOssThreshold: t('portal.settings.label'), returnWindowDays: t('portal.settings.returns.label') }, t)}
<section class="panel" aria-labelledby="oss-h"><h2 id="oss-h">${t('portal.settings.heading')}</h2>
<p>${t('portal.settings.intro', { threshold })}</p>
<ul>
  <li>${t('portal.settings.ruleExceed', { threshold })}</li>
  <li>${t('portal.settings.ruleScope')}</li>
  <li>${t('portal.settings.ruleChange')}</li>
</ul>
<dl class="facts">
  <dt>${t('portal.settings.country')}</dt><dd>${d.country}</dd>
  <dt>${t('portal.settings.currently')}</dt><dd id="oss-current">${current}</dd>
</dl>
${
  d.canEdit
    ? html`<form method="post" action="${base}/settings">${csrfInput(v.csrf)}
<fieldset id="f-underOssThreshold"${fieldError ? raw(' aria-invalid="true" aria-describedby="f-underOssThreshold-error"') : ''}>
  <legend>${t('portal.settings.legend')}</legend>
  ${fieldError ? html`<p class="field-error" id="f-underOssThreshold-error">${fieldError.message}</p>` : ''}
  ${choice('no', !d.underOssThreshold, t('portal.settings.choiceDestination'), t('portal.settings.choiceDestinationHint'))}
  ${choice('yes', d.underOssThreshold, t('portal.settings.choiceOwn', { country: d.country, threshold }), t('portal.settings.choiceOwnHint', { threshold }))}
</fieldset>
<button type="submit">${t('portal.save')}</button>
</form>`
    : html`<p>${t('portal.settings.ownerOnly')}</p>`
}
</section>
${returnsSection(v, d)}`,
  );
}

function returnsSection(v: SellerView, d: SettingsPageData): Html {
  const { t } = v;
  const error = d.form.errors.find((e) => e.field === 'returnWindowDays');
  const value = d.form.values.returnWindowDays ?? String(d.returnWindowDays);
  return html`<section class="panel" aria-labelledby="returns-h"><h2 id="returns-h">${t('portal.settings.returns.heading')}</h2>
<p>${t('portal.settings.returns.intro')}</p>
<dl class="facts"><dt>${t('portal.settings.returns.label')}</dt><dd id="return-window-current">${d.returnWindowDays}</dd></dl>
${
  d.canEdit
    ? html`<form method="post" action="${sellerBase(v.sellerId)}/settings/returns">${csrfInput(v.csrf)}
<label for="f-returnWindowDays">${t('portal.settings.returns.label')}</label>
<p class="hint" id="f-returnWindowDays-hint">${t('portal.settings.returns.hint', d.returnWindowBounds)}</p>
${error ? html`<p class="field-error" id="f-returnWindowDays-error">${error.message}</p>` : ''}
<input id="f-returnWindowDays" name="returnWindowDays" type="number" inputmode="numeric" min="${d.returnWindowBounds.min}" max="${d.returnWindowBounds.max}" value="${value}" aria-describedby="f-returnWindowDays-hint${error ? ' f-returnWindowDays-error' : ''}"${error ? raw(' aria-invalid="true"') : ''}>
<button type="submit">${t('portal.save')}</button>
</form>`
    : ''
}
</section>`;
}
