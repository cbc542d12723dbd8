import { html, raw } from 'hono/html';
import type { FieldIssue } from '../../platform/errors.ts';
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

// How a refused submission becomes this form again: the one policy in form-errors.ts.
export { formAction } from './form-errors.ts';
