import { html, raw } from 'hono/html';
import { ACCOUNT_LANGUAGES, LANGUAGE_NAMES } from '../../modules/accounts/languages.ts';
import type { SessionView } from '../../modules/accounts/sessions.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, layout } from '../ui/layout.ts';

export type AccountView = {
  name: string;
  email: string;
  emailVerified: boolean;
  buyerType: 'consumer' | 'business' | null;
  company: { legalName: string; vatNumber: string | null; city: string; country: string } | null;
  sessions: SessionView[];
  /** The language chosen on the account (null: the market's). */
  language: string | null;
};

/** A country code as the page's language names it (DE → « Allemagne » on a French page). */
const countryName = (ctx: PageContext, code: string) =>
  new Intl.DisplayNames([ctx.market.bcp47], { type: 'region' }).of(code) ?? code;

/** The language choice: each language named in itself (and marked so), the current one selected. */
function languageSection(ctx: PageContext, current: string, form: FormState) {
  const { t } = ctx;
  const error = form.errors.find((e) => e.field === 'language')?.message;
  return html`<section aria-labelledby="language-h"><h2 id="language-h">${t('settings.language')}</h2>
<form method="post" action="${ctx.base}/account/language" novalidate>${csrfField(ctx)}
<div class="field">
  <label for="f-language">${t('settings.language')}</label>
  <span class="hint" id="f-language-hint">${t('settings.language.hint')}</span>
  ${error ? html`<span class="error" id="f-language-error">${t('settings.language')}: ${error}</span>` : ''}
  <select id="f-language" name="language" aria-describedby="f-language-hint${error ? ' f-language-error' : ''}"${error ? raw(' aria-invalid="true"') : ''}>${ACCOUNT_LANGUAGES.map(
    (l) =>
      html`<option value="${l}" lang="${l}"${l === current ? raw(' selected') : ''}>${LANGUAGE_NAMES[l]}</option>`,
  )}</select>
</div>
  <button type="submit">${t('settings.language.submit')}</button>
</form></section>`;
}

const when = (ctx: PageContext, d: Date) =>
  new Intl.DateTimeFormat(ctx.market.bcp47, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(d);

export function accountPage(ctx: PageContext, a: AccountView, form: FormState & { section?: string }) {
  const { t } = ctx;
  const formFor = (section: string): FormState =>
    form.section === section ? form : { values: {}, errors: [] };
  return layout(
    ctx,
    { title: t('account.title') },
    html`<div class="settings">
<h1>${t('account.title')}</h1>
${notice(form.message && !form.errors.length ? form.message : undefined)}
${form.errors.length ? errorSummary(ctx, form, { newEmail: t('account.newEmail'), currentPassword: t('account.currentPassword'), newPassword: t('account.newPassword') }) : ''}
<section aria-labelledby="profile-h"><h2 id="profile-h">${t('account.profile')}</h2>
<dl class="specs">
  <dt>${t('auth.name')}</dt><dd>${a.name}</dd>
  <dt>${t('auth.email')}</dt><dd>${a.email} — ${a.emailVerified ? t('account.verified') : t('account.unverified')}</dd>
  <dt>${t('account.type')}</dt><dd>${t(a.buyerType ? `account.type.${a.buyerType}` : 'account.type.none')}</dd>
  ${a.company ? html`<dt>${t('account.company')}</dt><dd>${a.company.legalName}, ${a.company.city} (${countryName(ctx, a.company.country)})${a.company.vatNumber ? html` — ${a.company.vatNumber}` : ''}</dd>` : ''}
</dl>
${a.company ? html`<p class="muted">${t('account.companyChange')}</p>` : ''}
</section>
<p><a href="${ctx.base}/account/orders">${t('order.list')}</a> · <a href="${ctx.base}/account/help">${t('afterSales.list.title')}</a> · <a href="${ctx.base}/account/reviews">${t('reviewWrite.list.title')}</a> · <a href="${ctx.base}/account/decisions">${t('dsa.decisions.title')}</a> · <a href="${ctx.base}/account/privacy">${t('privacy.centre.title')}</a> · <a href="/${ctx.market.locale}/account/marketing">${t('marketing.account.link')}</a> · <a href="/${ctx.market.locale}/account/alerts">${t('marketing.alerts.title')}</a></p>
${languageSection(ctx, a.language ?? ctx.market.locale.split('-')[0]!, formFor('language'))}
<section aria-labelledby="email-h"><h2 id="email-h">${t('account.changeEmail')}</h2>
<form method="post" action="${ctx.base}/account/email" novalidate>${csrfField(ctx)}
  ${field(formFor('email'), { name: 'newEmail', label: t('account.newEmail'), type: 'email', required: true, autocomplete: 'email', maxlength: 254 })}
  ${field(formFor('email'), { name: 'currentPassword', label: t('account.currentPassword'), type: 'password', required: true, autocomplete: 'current-password' })}
  <button type="submit">${t('account.changeEmail.submit')}</button>
</form></section>
<section aria-labelledby="password-h"><h2 id="password-h">${t('account.changePassword')}</h2>
<form method="post" action="${ctx.base}/account/password" novalidate>${csrfField(ctx)}
  <input type="text" name="username" value="${a.email}" autocomplete="username" hidden>
  ${field(formFor('password'), { name: 'currentPassword', label: t('account.currentPassword'), type: 'password', required: true, autocomplete: 'current-password' })}
  ${field(formFor('password'), { name: 'newPassword', label: t('account.newPassword'), type: 'password', hint: t('auth.passwordHint'), required: true, autocomplete: 'new-password' })}
  <button type="submit">${t('account.changePassword.submit')}</button>
</form></section>
<section aria-labelledby="sessions-h"><h2 id="sessions-h">${t('account.sessions')}</h2>
<table class="data-table"><thead><tr><th scope="col">${t('account.sessions.device')}</th><th scope="col">${t('account.sessions.ip')}</th><th scope="col">${t('account.sessions.since')}</th><th scope="col">${t('account.sessions.lastSeen')}</th><th scope="col"><span class="visually-hidden">${t('account.sessions.revoke')}</span></th></tr></thead>
<tbody>${a.sessions.map(
      (
        s,
      ) => html`<tr><td>${s.userAgent.slice(0, 80) || '—'}</td><td>${s.ip || '—'}</td><td>${when(ctx, s.createdAt)}</td><td>${when(ctx, s.lastSeenAt)}</td>
<td>${s.current ? html`<strong>${t('account.sessions.current')}</strong>` : html`<form method="post" action="${ctx.base}/account/sessions/revoke">${csrfField(ctx)}<input type="hidden" name="session" value="${s.id}"><button type="submit" class="secondary">${t('account.sessions.revoke')}</button></form>`}</td></tr>`,
    )}</tbody></table>
</section>
<section aria-labelledby="close-h"><h2 id="close-h">${t('account.close')}</h2>
<p>${t('account.close.text')}</p>
<form method="post" action="${ctx.base}/account/close" novalidate>${csrfField(ctx)}
  ${field(formFor('close'), { name: 'closePassword', label: t('account.currentPassword'), type: 'password', required: true, autocomplete: 'current-password' })}
  <button type="submit" class="danger">${t('account.close.submit')}</button>
</form></section>
</div>`,
  );
}
