/** The seller portal's tax settings: the EUR 10 000 distance-sales threshold option (OSS). */
import { html } from 'hono/html';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  csrfInput,
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
  /** Only owners change the option; staff see it. */
  canEdit: boolean;
  form: FormState;
  done?: string;
};

const LABELS = { underOssThreshold: 'Distance sales threshold' };

const choice = (value: 'yes' | 'no', checked: boolean, label: Html | string, hint: string) =>
  html`<div class="radio">
  <input type="radio" id="f-underOssThreshold-${value}" name="underOssThreshold" value="${value}"${checked ? html` checked` : ''} aria-describedby="oss-${value}-hint">
  <label for="f-underOssThreshold-${value}">${label}</label>
  <p class="hint" id="oss-${value}-hint">${hint}</p>
</div>`;

export function settingsPage(v: SellerView, d: SettingsPageData): Html {
  const base = sellerBase(v.sellerId);
  const fieldError = d.form.errors.find((e) => e.field === 'underOssThreshold');
  const current = d.underOssThreshold
    ? `Under the threshold: your consumers in other member states pay ${d.country} VAT.`
    : 'VAT of the buyer’s country (destination): your consumers in other member states pay their own country’s VAT.';
  return sellerPage(
    'Tax settings',
    v,
    html`<h1>Tax settings</h1>
${notice(d.done)}
${sellerErrorSummary(d.form, LABELS)}
<section class="panel" aria-labelledby="oss-h"><h2 id="oss-h">VAT on sales to consumers in other EU countries</h2>
<p>When you sell to a consumer in another EU member state, VAT is normally due in the buyer’s
country, at its rate (destination principle, one-stop shop “OSS”). A seller established in a single
member state whose cross-border sales to EU consumers stayed under <strong>EUR 10 000</strong>
(excluding VAT) in the previous calendar year, and stay under it this year, may instead charge the VAT
of its own country (VAT Directive, Art. 59c).</p>
<ul>
  <li>Once your cross-border sales to consumers exceed EUR 10 000 in a year, you must switch back to
    destination VAT from the sale that crosses the threshold.</li>
  <li>The option only affects regular offers sold to consumers: margin-scheme offers and sales to
    verified businesses (reverse charge) are not concerned.</li>
  <li>A change applies to orders placed from now on; orders already placed keep the VAT they were
    priced with.</li>
</ul>
<dl class="facts">
  <dt>Country of establishment</dt><dd>${d.country}</dd>
  <dt>Currently</dt><dd id="oss-current">${current}</dd>
</dl>
${
  d.canEdit
    ? html`<form method="post" action="${base}/settings">${csrfInput(v.csrf)}
<fieldset id="f-underOssThreshold"${fieldError ? html` aria-invalid="true" aria-describedby="f-underOssThreshold-error"` : ''}>
  <legend>Which VAT do your consumers in other member states pay?</legend>
  ${fieldError ? html`<p class="field-error" id="f-underOssThreshold-error">${fieldError.message}</p>` : ''}
  ${choice('no', !d.underOssThreshold, 'The VAT of the buyer’s country (destination)', 'The default, and the rule above the threshold.')}
  ${choice('yes', d.underOssThreshold, html`The VAT of my own country (${d.country}): I am under the EUR 10 000 threshold`, 'Only while your cross-border sales to EU consumers stay under EUR 10 000 a year.')}
</fieldset>
<button type="submit">Save</button>
</form>`
    : html`<p>Only an owner of this seller can change this setting.</p>`
}
</section>`,
  );
}
