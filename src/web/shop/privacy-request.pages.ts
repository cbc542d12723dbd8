/**
 * The data-subject request form for people without an account (issue 16): the form, "check your
 * email", the confirmation of the emailed link, and the shared pieces the privacy centre uses too
 * (a multi-line field, kind names). Every word from the catalogs (`privacy.*`).
 */
import { html, raw } from 'hono/html';
import type { RequestKind } from '../../modules/privacy/privacy-choices.rules.ts';
import type { PageContext } from '../ui/context.ts';
import { errorSummary, type FormState, field, notice } from '../ui/forms.ts';
import { csrfField, type Html, layout } from '../ui/layout.ts';

export const kindName = (ctx: PageContext, kind: RequestKind) => ctx.t(`privacy.kind.${kind}`);

/** A multi-line field with the markup of `field` (label, hint, error, aria wiring). */
export function textArea(
  form: FormState,
  f: { name: string; label: string; hint?: string; required?: boolean; maxlength: number },
): Html {
  const id = `f-${f.name}`;
  const error = form.errors.find((e) => e.field === f.name)?.message;
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
  <label for="${id}">${f.label}</label>
  ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
  ${error ? html`<span class="error" id="${id}-error">${f.label}: ${error}</span>` : ''}
  <textarea id="${id}" name="${f.name}" rows="5" maxlength="${f.maxlength}"${raw(
    [
      f.required ? ' required' : '',
      described ? ` aria-describedby="${described}"` : '',
      error ? ' aria-invalid="true"' : '',
    ].join(''),
  )}>${form.values[f.name] ?? ''}</textarea>
</div>`;
}

export function privacyRequestFormPage(
  ctx: PageContext,
  kinds: readonly RequestKind[],
  form: FormState,
): Html {
  const { t } = ctx;
  const labels = {
    name: t('privacy.request.name'),
    email: t('privacy.request.email'),
    kind: t('privacy.request.kind'),
    details: t('privacy.request.details'),
  };
  return layout(
    ctx,
    { title: t('privacy.request.title'), description: t('privacy.request.intro') },
    html`<div class="settings">
<h1>${t('privacy.request.title')}</h1>
<p>${t('privacy.request.intro')}</p>
<p>${t('privacy.request.haveAccount')} <a href="${ctx.base}/account/privacy">${t('privacy.centre.title')}</a></p>
${errorSummary(ctx, form, labels)}
<form method="post" action="${ctx.base}/privacy/request" novalidate>${csrfField(ctx)}
  ${field(form, { name: 'name', label: labels.name, required: true, autocomplete: 'name', maxlength: 200 })}
  ${field(form, { name: 'email', label: labels.email, type: 'email', required: true, autocomplete: 'email', maxlength: 254, hint: t('privacy.request.email.hint') })}
  ${field(form, { name: 'kind', label: labels.kind, required: true, options: kinds.map((k) => ({ value: k, label: kindName(ctx, k) })) })}
  ${textArea(form, { name: 'details', label: labels.details, hint: t('privacy.request.details.hint'), maxlength: 4000 })}
  <p class="muted">${t(ctx.market.code === 'US' ? 'privacy.request.deadline.ccpa' : 'privacy.request.deadline.gdpr')}</p>
  <button type="submit">${t('privacy.request.submit')}</button>
</form></div>`,
  );
}

/** A short page: a title, what happened, and maybe a button (a form posting the link's token). */
export function privacyMessagePage(
  ctx: PageContext,
  title: string,
  message: string,
  confirm?: { action: string; token: string; label: string },
): Html {
  return layout(
    ctx,
    { title },
    html`<div class="settings"><h1>${title}</h1>${notice(message)}
${confirm ? html`<form method="post" action="${confirm.action}">${csrfField(ctx)}<input type="hidden" name="token" value="${confirm.token}"><button type="submit">${confirm.label}</button></form>` : ''}
</div>`,
  );
}
