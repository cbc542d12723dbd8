import type { Context } from 'hono';
import { html, raw } from 'hono/html';
import { type AppErrorCode, type FieldIssue, httpStatusOf, isAppError } from '../platform/errors.ts';
import type { PageContext } from './context.ts';
import type { Html } from './layout.ts';

/** What a re-rendered form shows: what was typed (never passwords) and what was wrong. */
export type FormState = { values: Record<string, string>; errors: FieldIssue[]; message?: string };
export const emptyForm: FormState = { values: {}, errors: [] };

const errorOf = (form: FormState, name: string) => form.errors.find((e) => e.field === name)?.message;

export function field(
  form: FormState,
  f: {
    name: string;
    label: string;
    type?: string;
    autocomplete?: string;
    hint?: string;
    required?: boolean;
    maxlength?: number;
    options?: Array<{ value: string; label: string }>;
  },
): Html {
  const id = `f-${f.name}`;
  const error = errorOf(form, f.name);
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const value = f.type === 'password' ? '' : (form.values[f.name] ?? '');
  const common = raw(
    [
      f.required ? ' required' : '',
      described ? ` aria-describedby="${described}"` : '',
      error ? ' aria-invalid="true"' : '',
    ].join(''),
  );
  const control = f.options
    ? html`<select id="${id}" name="${f.name}"${common}>${f.options.map(
        (o) =>
          html`<option value="${o.value}"${o.value === value ? raw(' selected') : ''}>${o.label}</option>`,
      )}</select>`
    : html`<input id="${id}" name="${f.name}" type="${f.type ?? 'text'}" value="${value}"${f.autocomplete ? raw(` autocomplete="${f.autocomplete}"`) : ''}${f.maxlength ? raw(` maxlength="${f.maxlength}"`) : ''}${common}>`;
  return html`<div class="field">
  <label for="${id}">${f.label}</label>
  ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
  ${error ? html`<span class="error" id="${id}-error">${f.label}: ${error}</span>` : ''}
  ${control}
</div>`;
}

export function checkbox(
  form: FormState,
  f: { name: string; label: Html | string; required?: boolean },
): Html {
  const id = `f-${f.name}`;
  const error = errorOf(form, f.name);
  return html`<div class="field">${error ? html`<span class="error" id="${id}-error">${error}</span>` : ''}<div class="checkbox">
  <input id="${id}" name="${f.name}" type="checkbox"${form.values[f.name] ? raw(' checked') : ''}${f.required ? raw(' required') : ''}${error ? raw(` aria-invalid="true" aria-describedby="${id}-error"`) : ''}>
  <label for="${id}">${f.label}</label></div></div>`;
}

/** Listed at the top, focusable, each linking to its field (GOV.UK error summary pattern). */
export function errorSummary(ctx: PageContext, form: FormState, labels: Record<string, string> = {}): Html {
  if (!form.errors.length && !form.message) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${form.message ?? ctx.t('form.problem')}</h2>
  ${
    form.errors.length
      ? html`<p>${ctx.t('form.errors', { count: form.errors.length })}</p><ul>${form.errors.map(
          (e) => html`<li><a href="#f-${e.field}">${labels[e.field] ?? e.field}: ${e.message}</a></li>`,
        )}</ul>`
      : ''
  }
</div>`;
}

export function notice(message?: string): Html {
  return message ? html`<p class="notice" role="status">${message}</p>` : html``;
}

/** Refusals a form shows on the page itself; anything else goes to the error page. */
export const FORM_ERRORS: ReadonlySet<AppErrorCode> = new Set<AppErrorCode>([
  'INVALID_INPUT',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
]);

/** Run a form action; a refused input re-renders the form with its errors and the right status. */
export async function formAction(
  c: Context,
  values: Record<string, string>,
  render: (form: FormState) => Html | Promise<Html>,
  action: () => Promise<Response>,
  handled: ReadonlySet<AppErrorCode> = FORM_ERRORS,
): Promise<Response> {
  try {
    return await action();
  } catch (e) {
    if (!isAppError(e) || !handled.has(e.code)) throw e;
    if (e.retryAfterSeconds) c.header('retry-after', String(e.retryAfterSeconds));
    // Typed passwords are never sent back.
    const safe = Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k)));
    const form: FormState = {
      values: safe,
      errors: e.fields,
      message: e.fields.length ? undefined : e.message,
    };
    return c.html(await render(form), httpStatusOf(e.code) as 400);
  }
}
