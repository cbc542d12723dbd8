import { html, raw } from 'hono/html';
import type { Actor } from '../../platform/http/actor.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';

export type SellerSection = 'dashboard' | 'offers' | 'orders' | 'money' | 'settings' | 'api-keys';

const NAV: ReadonlyArray<readonly [SellerSection, string, string]> = [
  ['dashboard', 'Dashboard', ''],
  ['offers', 'Offers', '/offers'],
  ['orders', 'Orders', '/orders'],
  ['money', 'Money', '/money'],
  ['settings', 'Tax settings', '/settings'],
  ['api-keys', 'API keys', '/api-keys'],
];

/** What every seller page knows: who looks, for which seller, and the form token. */
export type SellerView = {
  actor: Actor | null;
  csrf: string;
  sellerId: number;
  sellerName: string;
  section: SellerSection;
};

export const sellerBase = (sellerId: number) => `/seller/${sellerId}`;

/** The portal's language (its pages are `lang="en"`): grade names and other catalog texts are read in it. */
export const PORTAL_LANGUAGE = 'en';

/**
 * The seller portal's page shell: its own header, English, no scripts. `inHeader` sits between
 * the logo and the account links (the seller's name and navigation); `accountLinks` before the
 * user's name (links to the user's other sellers).
 */
export function portalShell(o: {
  title: string;
  actor: Actor | null;
  csrf: string;
  home: string;
  body: Html;
  inHeader?: Html;
  accountLinks?: Html;
  /** Pages whose URL holds a secret (an invitation token) send no referrer. */
  noReferrer?: boolean;
}): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
${o.noReferrer ? html`<meta name="referrer" content="no-referrer">\n` : ''}<title>${o.title} · Reloop seller portal</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body class="seller-portal">
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header seller-header">
  <div class="wrap header-row">
    <a class="logo" href="${o.home}"><span aria-hidden="true">↻</span> Reloop sellers</a>
    ${o.inHeader ?? ''}
    ${
      o.actor
        ? html`<div class="account-nav">
    ${o.accountLinks ?? ''}
    <span>${o.actor.name}</span>
    <form method="post" action="/sign-out" class="inline">${csrfInput(o.csrf)}<button type="submit" class="link">Sign out</button></form>
  </div>`
        : ''
    }
  </div>
</header>
<main id="main" class="wrap seller-main" tabindex="-1">
${o.body}
</main>
</body>
</html>`;
}

/** A page of a seller's portal: the shell with the seller's name and navigation. */
export function sellerPage(title: string, v: SellerView, body: Html): Html {
  const base = sellerBase(v.sellerId);
  const others = v.actor ? [...v.actor.sellers.keys()].filter((id) => id !== v.sellerId) : [];
  return portalShell({
    title: `${title} · ${v.sellerName}`,
    actor: v.actor,
    csrf: v.csrf,
    home: base,
    body,
    inHeader: html`<span class="seller-name">${v.sellerName}</span>
    <nav class="seller-nav" aria-label="Seller portal">
      <ul>
        ${NAV.map(
          ([key, label, path]) =>
            html`<li><a href="${base}${path}"${key === v.section ? html` aria-current="page"` : ''}>${label}</a></li>`,
        )}
      </ul>
    </nav>`,
    accountLinks: html`${others.map((id) => html`<a href="${sellerBase(id)}">Seller ${id}</a>`)}`,
  });
}

/** The shell as the brief names it: title, actor, CSRF token, seller id, body. */
export function sellerLayout(
  title: string,
  actor: Actor | null,
  csrf: string,
  sellerId: number,
  body: Html,
  opts: { sellerName?: string; section?: SellerSection } = {},
): Html {
  return sellerPage(
    title,
    {
      actor,
      csrf,
      sellerId,
      sellerName: opts.sellerName ?? `Seller ${sellerId}`,
      section: opts.section ?? 'dashboard',
    },
    body,
  );
}

export const csrfInput = (csrf: string) => html`<input type="hidden" name="_csrf" value="${csrf}">`;

/** Money for people, in English formatting (the portal is English). */
export function money(amountMinor: number | null | undefined, currency: string): string {
  if (amountMinor === null || amountMinor === undefined) return '—';
  return formatMoneyForDisplay(amountMinor, currency, 'en-GB');
}

/** UTC dates, unambiguous. */
export function when(d: Date | string | null | undefined): Html {
  if (!d) return html`—`;
  const iso = new Date(d).toISOString();
  return html`<time datetime="${iso}">${iso.slice(0, 16).replace('T', ' ')} UTC</time>`;
}

/** The GOV.UK error summary pattern, in English. */
export function sellerErrorSummary(form: FormState, labels: Record<string, string> = {}): Html {
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

export type IntegrationSection = 'webhooks' | 'imports' | 'team';

/** The integrations' and team's own navigation (the portal's main navigation does not list them). */
export function integrationsNav(v: SellerView, current: IntegrationSection): Html {
  const base = sellerBase(v.sellerId);
  const items: Array<[IntegrationSection | 'api-keys', string, string]> = [
    ['api-keys', 'API keys', '/api-keys'],
    ['webhooks', 'Webhooks', '/webhooks'],
    ['imports', 'CSV imports', '/imports'],
    ['team', 'Team', '/team'],
  ];
  return html`<nav class="seller-subnav" aria-label="Integrations and team"><ul>${items.map(
    ([key, label, path]) =>
      html`<li><a href="${base}${path}"${key === current ? raw(' aria-current="page"') : ''}>${label}</a></li>`,
  )}</ul></nav>`;
}

export const notice = (done?: string) => (done ? html`<p class="notice" role="status">${done}</p>` : '');
