import { html, raw } from 'hono/html';
import type { Actor } from '../../platform/http/actor.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';

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
<title>${title} · Reloop console</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body class="console">
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header console-header">
  <div class="wrap header-row">
    <a class="logo" href="/console"><span aria-hidden="true">↻</span> Reloop console</a>
    ${
      actor?.operatorRoles.size
        ? html`<nav class="console-nav" aria-label="Console">
    <ul>
      ${canSeeUsers ? html`<li><a href="/console/users">Users</a></li>` : ''}
      ${canSeeUsers ? html`<li><a href="/console/orders">Orders</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('compliance') ? html`<li><a href="/console/ledger">Ledger</a></li><li><a href="/console/payouts">Payouts</a></li>` : ''}
      ${isAdmin || actor.operatorRoles.has('compliance') ? html`<li><a href="/console/sellers/applications">Sellers</a></li>` : ''}
      ${isAdmin ? html`<li><a href="/console/fees">Fees</a></li>` : ''}
      ${isAdmin ? html`<li><a href="/console/audit">Audit log</a></li>` : ''}
      ${isAdmin ? html`<li><a href="/console/operators">Operators</a></li>` : ''}
      <li><a href="/console/security">Security</a></li>
    </ul>
  </nav>`
        : ''
    }
    ${
      actor
        ? html`<div class="account-nav">
    <span>${actor.name}${actor.operatorRoles.size ? html` <span class="muted">(${[...actor.operatorRoles].sort().join(', ')})</span>` : ''}</span>
    <form method="post" action="/sign-out" class="inline">${csrfInput(csrf)}<button type="submit" class="link">Sign out</button></form>
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
  if (!d) return html`—`;
  const iso = d.toISOString();
  return html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}

/** The GOV.UK error summary pattern, in English (the storefront's needs a market's messages). */
export function consoleErrorSummary(form: FormState, labels: Record<string, string> = {}): Html {
  if (!form.errors.length && !form.message) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${form.message ?? 'There is a problem'}</h2>
  ${
    form.errors.length
      ? html`<ul>${form.errors.map(
          (e) => html`<li><a href="#f-${e.field}">${labels[e.field] ?? e.field}: ${e.message}</a></li>`,
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
  ${error ? html`<span class="error" id="${id}-error">${f.label}: ${error}</span>` : ''}
  <textarea id="${id}" name="${f.name}" rows="${f.rows ?? 4}"${attrs}>${form.values[f.name] ?? ''}</textarea>
</div>`;
}
