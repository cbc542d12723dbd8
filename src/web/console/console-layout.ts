import { html, raw } from 'hono/html';
import { escapeToBuffer, type StringBuffer } from 'hono/utils/html';
import type { Actor } from '../../platform/http/actor.ts';
import { type MessageKey, translator } from '../../platform/i18n.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';

/**
 * The console's words: English (issue 13: operators read English), from the same message
 * catalogs as every other page (`console.*` in messages/console/en.ts; shared keys such as grade
 * names and order-line states come from the other areas' English catalogs).
 */
export const t = translator('en');

const escapeText = (s: string): string => {
  const buffer: StringBuffer = [''];
  escapeToBuffer(s, buffer);
  return buffer[0] as string;
};

/** Where a value goes while the words are escaped: private-use characters, never in a message. */
const MARK = /\uE000(\d+)\uE001/g;

/**
 * A message whose placeholders may be markup (a link, a `<time>`): the message's words are escaped
 * like any text, string values too, and markup values are kept as they are. Every string or markup
 * value is put in after the words are escaped, so no value can pass for another (numbers stay
 * numbers, for plurals; a `select` needs `t`).
 */
export function tx(key: MessageKey, values: Record<string, string | number | Html>): Html {
  const parts: string[] = [];
  const plain: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(values)) {
    if (typeof v === 'number') plain[name] = v;
    else if (v instanceof Promise) throw new Error(`tx(${key}): asynchronous markup for {${name}}`);
    else {
      plain[name] = `\uE000${parts.length}\uE001`;
      parts.push(typeof v === 'string' ? escapeText(v) : String(v));
    }
  }
  return raw(escapeText(t(key, plain)).replace(MARK, (_, i: string) => parts[Number(i)] ?? ''));
}

/** Who looks at a console page, and the form token. */
export type Viewer = { actor: Actor | null; csrf: string };

/** The console's page shell: English only, no scripts, no inline styles. */
export function consoleLayout(title: string, actor: Actor | null, csrf: string, body: Html): Html {
  const isAdmin = !!actor?.operatorRoles.has('admin');
  const canSeeUsers =
    !!actor && (isAdmin || actor.operatorRoles.has('support') || actor.operatorRoles.has('compliance'));
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${t('console.layout.title', { title })}</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body class="console">
<a class="skip" href="#main">${t('console.layout.skip')}</a>
<header class="site-header console-header">
  <div class="wrap header-row">
    <a class="logo" href="/console"><span aria-hidden="true">↻</span> ${t('console.layout.home')}</a>
    ${
      actor?.operatorRoles.size
        ? html`<nav class="console-nav" aria-label="${t('console.layout.nav')}">
    <ul>
      ${canSeeUsers ? html`<li><a href="/console/users">${t('console.nav.users')}</a></li>` : ''}
      ${canSeeUsers ? html`<li><a href="/console/orders">${t('console.nav.orders')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('support') ? html`<li><a href="/console/care">${t('console.nav.care')}</a></li><li><a href="/console/tickets">${t('console.nav.tickets')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('moderator') ? html`<li><a href="/console/reviews">${t('console.nav.reviews')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('compliance') || actor.operatorRoles.has('moderator') ? html`<li><a href="/console/dsa/notices">${t('console.dsa.nav.notices')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('compliance') ? html`<li><a href="/console/dsa/transparency-database">${t('console.dsa.tdb.nav')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('support') || actor.operatorRoles.has('compliance') ? html`<li><a href="/console/privacy-requests">${t('console.privacy.nav')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('compliance') ? html`<li><a href="/console/ledger">${t('console.nav.ledger')}</a></li><li><a href="/console/payouts">${t('console.nav.payouts')}</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('compliance') ? html`<li><a href="/console/sellers/applications">${t('console.nav.sellers')}</a></li>` : ''}
      ${isAdmin ? html`<li><a href="/console/fees">${t('console.nav.fees')}</a></li>` : ''}
      ${isAdmin ? html`<li><a href="/console/audit">${t('console.nav.audit')}</a></li>` : ''}
      ${isAdmin ? html`<li><a href="/console/operators">${t('console.nav.operators')}</a></li>` : ''}
      <li><a href="/console/jobs">${t('console.jobs.nav')}</a></li>
      <li><a href="/console/security">${t('console.nav.security')}</a></li>
    </ul>
  </nav>`
        : ''
    }
    ${
      actor
        ? html`<div class="account-nav">
    <span>${actor.name}${actor.operatorRoles.size ? html` <span class="muted">(${[...actor.operatorRoles].sort().join(', ')})</span>` : ''}</span>
    <form method="post" action="/sign-out" class="inline">${csrfInput(csrf)}<button type="submit" class="link">${t('console.layout.signOut')}</button></form>
  </div>`
        : ''
    }
  </div>
</header>
<main id="main" class="wrap console-main" tabindex="-1">
${body}
</main>
</body>
</html>`;
}

export const csrfInput = (csrf: string) => html`<input type="hidden" name="_csrf" value="${csrf}">`;

/** Dates in the console are UTC, unambiguous and machine-readable. */
export function when(d: Date | null | undefined): Html {
  if (!d) return html`${t('console.none')}`;
  const iso = d.toISOString();
  return html`<time datetime="${iso}">${t('console.when', { at: iso.slice(0, 16).replace('T', ' ') })}</time>`;
}

/** The GOV.UK error summary pattern, in English (the storefront's reads its market's messages). */
export function consoleErrorSummary(form: FormState, labels: Record<string, string> = {}): Html {
  if (!form.errors.length && !form.message) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${form.message ?? t('console.form.problem')}</h2>
  ${
    form.errors.length
      ? html`<ul>${form.errors.map(
          (e) =>
            html`<li><a href="#f-${e.field}">${t('console.form.fieldError', { label: labels[e.field] ?? e.field, message: e.message })}</a></li>`,
        )}</ul>`
      : ''
  }
</div>`;
}

/** A multi-line field with the same markup as `field` (label, hint, error, aria wiring). */
export function textarea(
  form: FormState,
  f: { name: string; label: string; hint?: string; required?: boolean; maxlength?: number; rows?: number },
): Html {
  const id = `f-${f.name}`;
  const error = form.errors.find((e) => e.field === f.name)?.message;
  const described = [f.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attrs = raw(
    [
      f.required ? ' required' : '',
      f.maxlength ? ` maxlength="${f.maxlength}"` : '',
      described ? ` aria-describedby="${described}"` : '',
      error ? ' aria-invalid="true"' : '',
    ].join(''),
  );
  return html`<div class="field">
  <label for="${id}">${f.label}</label>
  ${f.hint ? html`<span class="hint" id="${id}-hint">${f.hint}</span>` : ''}
  ${error ? html`<span class="error" id="${id}-error">${t('console.form.fieldError', { label: f.label, message: error })}</span>` : ''}
  <textarea id="${id}" name="${f.name}" rows="${f.rows ?? 4}"${attrs}>${form.values[f.name] ?? ''}</textarea>
</div>`;
}
