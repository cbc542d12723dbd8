import { html } from 'hono/html';
import { EU_MEMBER_STATES } from '../../modules/pricing/vat.rules.ts';
import { MARKETS } from '../../platform/markets.ts';
import type { PageContext } from '../ui/context.ts';
import { checkbox, errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, layout } from '../ui/layout.ts';

const COUNTRIES = [...EU_MEMBER_STATES, 'GB', 'US', 'CH', 'NO'];

function labelsOf(ctx: PageContext): Record<string, string> {
  const { t } = ctx;
  return {
    email: t('auth.email'),
    password: t('auth.password'),
    name: t('auth.name'),
    acceptTerms: t('auth.acceptTerms'),
    legalName: t('auth.signUp.legalName'),
    addressLine: t('auth.signUp.addressLine'),
    postalCode: t('auth.signUp.postalCode'),
    city: t('auth.signUp.city'),
    country: t('auth.signUp.country'),
    vatNumber: t('auth.signUp.vatNumber'),
    newEmail: t('account.newEmail'),
    currentPassword: t('account.currentPassword'),
    newPassword: t('account.newPassword'),
    code: t('auth.secondFactor.code'),
  };
}

export function authCard(ctx: PageContext, title: string, form: FormState, body: unknown) {
  return layout(
    ctx,
    { title },
    html`<section class="auth-card"><h1>${title}</h1>${errorSummary(ctx, form, labelsOf(ctx))}${body}</section>`,
  );
}

export function signInPage(ctx: PageContext, form: FormState, next: string) {
  const { t } = ctx;
  const title = ctx.pro ? t('auth.signIn.pro') : t('auth.signIn.title');
  return authCard(
    ctx,
    title,
    form,
    html`<form method="post" action="${ctx.base}/sign-in" novalidate>
  ${csrfField(ctx)}<input type="hidden" name="next" value="${next}">
  ${field(form, { name: 'email', label: t('auth.email'), type: 'email', autocomplete: 'username', required: true, maxlength: 254 })}
  ${field(form, { name: 'password', label: t('auth.password'), type: 'password', autocomplete: 'current-password', required: true })}
  <button type="submit">${t('auth.signIn.submit')}</button>
</form>
<p><a href="${ctx.base}/forgot-password">${t('auth.signIn.forgot')}</a></p>
<p>${t('auth.signIn.noAccount')} <a href="${ctx.base}/sign-up">${t('nav.signUp')}</a></p>`,
  );
}

/** The second step of a sign-in for accounts with a second factor (operators). */
export function secondFactorPage(ctx: PageContext, form: FormState, a: { secondStep: string; next: string }) {
  const { t } = ctx;
  return authCard(
    ctx,
    t('auth.secondFactor.title'),
    form,
    html`<p>${t('auth.secondFactor.text')}</p>
<form method="post" action="${ctx.base}/sign-in/second-factor" novalidate>
  ${csrfField(ctx)}<input type="hidden" name="next" value="${a.next}"><input type="hidden" name="secondStep" value="${a.secondStep}">
  ${field({ ...form, values: {} }, { name: 'code', label: t('auth.secondFactor.code'), autocomplete: 'one-time-code', required: true, maxlength: 20 })}
  <button type="submit">${t('auth.secondFactor.submit')}</button>
</form>`,
  );
}

export function signUpPage(ctx: PageContext, form: FormState) {
  const { t } = ctx;
  const country = (code: string) =>
    new Intl.DisplayNames([ctx.market.bcp47], { type: 'region' }).of(code) ?? code;
  const company = ctx.pro
    ? html`<fieldset><legend>${t('auth.signUp.company')}</legend>
  ${field(form, { name: 'legalName', label: t('auth.signUp.legalName'), required: true, autocomplete: 'organization', maxlength: 200 })}
  ${field(form, { name: 'addressLine', label: t('auth.signUp.addressLine'), required: true, autocomplete: 'street-address', maxlength: 200 })}
  ${field(form, { name: 'postalCode', label: t('auth.signUp.postalCode'), required: true, autocomplete: 'postal-code', maxlength: 20 })}
  ${field(form, { name: 'city', label: t('auth.signUp.city'), required: true, autocomplete: 'address-level2', maxlength: 100 })}
  ${field(
    { ...form, values: { country: ctx.market.code === 'US' ? 'US' : ctx.market.code, ...form.values } },
    {
      name: 'country',
      label: t('auth.signUp.country'),
      required: true,
      options: COUNTRIES.map((c) => ({ value: c, label: country(c) })).sort((a, b) =>
        a.label.localeCompare(b.label),
      ),
    },
  )}
  ${field(form, { name: 'vatNumber', label: t('auth.signUp.vatNumber'), hint: t('auth.signUp.vatHint'), maxlength: 30 })}
</fieldset>`
    : '';
  return authCard(
    ctx,
    ctx.pro ? t('auth.signUp.proTitle') : t('auth.signUp.title'),
    form,
    html`${ctx.pro ? html`<p>${t('auth.signUp.proIntro')}</p>` : ''}
<form method="post" action="${ctx.base}/sign-up" novalidate>
  ${csrfField(ctx)}<input type="hidden" name="market" value="${ctx.market.code}">
  ${field(form, { name: 'name', label: t('auth.name'), required: true, autocomplete: 'name', maxlength: 100 })}
  ${field(form, { name: 'email', label: t('auth.email'), type: 'email', required: true, autocomplete: 'email', maxlength: 254 })}
  ${field(form, { name: 'password', label: t('auth.password'), type: 'password', hint: t('auth.passwordHint'), required: true, autocomplete: 'new-password' })}
  ${company}
  ${checkbox(form, {
    name: 'acceptTerms',
    required: true,
    label: html`${t('auth.acceptTerms')} (<a href="/${ctx.market.locale}/legal/terms">${t('footer.terms')}</a>, <a href="/${ctx.market.locale}/legal/privacy">${t('footer.privacy')}</a>)`,
  })}
  <button type="submit">${t('auth.signUp.submit')}</button>
</form>
<p>${t('auth.signUp.haveAccount')} <a href="${ctx.base}/sign-in">${t('nav.signIn')}</a></p>`,
  );
}

export const MARKET_OPTIONS = MARKETS.map((m) => ({ value: m.code, label: m.name }));

export function messagePage(
  ctx: PageContext,
  title: string,
  message: string,
  link?: { href: string; label: string },
) {
  return authCard(
    ctx,
    title,
    { values: {}, errors: [] },
    html`${notice(message)}${link ? html`<p><a class="button" href="${link.href}">${link.label}</a></p>` : ''}`,
  );
}

export function verifyEmailPage(ctx: PageContext, token: string) {
  const { t } = ctx;
  return authCard(
    ctx,
    t('auth.verify.title'),
    { values: {}, errors: [] },
    html`<p>${t('auth.verify.text')}</p>
<form method="post" action="${ctx.base}/verify-email">${csrfField(ctx)}<input type="hidden" name="token" value="${token}">
<button type="submit">${t('auth.verify.submit')}</button></form>`,
  );
}

export function forgotPasswordPage(ctx: PageContext, form: FormState) {
  const { t } = ctx;
  return authCard(
    ctx,
    t('auth.forgot.title'),
    form,
    html`<p>${t('auth.forgot.text')}</p>
<form method="post" action="${ctx.base}/forgot-password" novalidate>${csrfField(ctx)}
  ${field(form, { name: 'email', label: t('auth.email'), type: 'email', required: true, autocomplete: 'email', maxlength: 254 })}
  <button type="submit">${t('auth.forgot.submit')}</button>
</form>`,
  );
}

export function resetPasswordPage(ctx: PageContext, form: FormState, token: string) {
  const { t } = ctx;
  return authCard(
    ctx,
    t('auth.reset.title'),
    form,
    html`<form method="post" action="${ctx.base}/reset-password" novalidate>${csrfField(ctx)}
  <input type="hidden" name="token" value="${token}">
  ${field(form, { name: 'password', label: t('account.newPassword'), type: 'password', hint: t('auth.passwordHint'), required: true, autocomplete: 'new-password' })}
  <button type="submit">${t('auth.reset.submit')}</button>
</form>`,
  );
}
