import { html, raw } from 'hono/html';
import type { Actor } from '../../platform/http/actor.ts';
import { type MessageKey, type Translate, translator } from '../../platform/i18n.ts';
import { formatMoneyForDisplay } from '../../platform/money.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';

export type SellerSection =
  | 'dashboard'
  | 'offers'
  | 'orders'
  | 'care'
  | 'reviews'
  | 'decisions'
  | 'money'
  | 'settings'
  | 'api-keys';

const NAV: ReadonlyArray<readonly [SellerSection, MessageKey, string]> = [
  ['dashboard', 'portal.nav.dashboard', ''],
  ['offers', 'portal.nav.offers', '/offers'],
  ['orders', 'portal.nav.orders', '/orders'],
  ['care', 'portal.nav.care', '/care'],
  ['reviews', 'portal.nav.reviews', '/reviews'],
  ['decisions', 'portal.nav.decisions', '/decisions'],
  ['money', 'portal.nav.money', '/money'],
  ['settings', 'portal.nav.settings', '/settings'],
  ['api-keys', 'portal.nav.apiKeys', '/api-keys'],
];

/** What every seller page knows: who looks, for which seller, and the form token. */
export type SellerView = {
  actor: Actor | null;
  csrf: string;
  sellerId: number;
  sellerName: string;
  section: SellerSection;
  /** The locale the portal is read in (portalLocale): its messages, dates, numbers and money. */
  locale: string;
  t: Translate;
};

export const sellerBase = (sellerId: number) => `/seller/${sellerId}`;

/**
 * The seller portal's page shell: its own header, in the reader's locale (`lang`), no scripts. `inHeader` sits between
 * the logo and the account links (the seller's name and navigation); `accountLinks` before the
 * user's name (links to the user's other sellers).
 */
export function portalShell(o: {
  title: string;
  locale: string;
  t: Translate;
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
<html lang="${o.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
${o.noReferrer ? html`<meta name="referrer" content="no-referrer">\n` : ''}<title>${o.t('portal.shell.title', { title: o.title })}</title>
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body class="seller-portal">
<a class="skip" href="#main">${o.t('portal.shell.skip')}</a>
<header class="site-header seller-header">
  <div class="wrap header-row">
    <a class="logo" href="${o.home}"><span aria-hidden="true">↻</span> ${o.t('portal.shell.logo')}</a>
    ${o.inHeader ?? ''}
    ${
      o.actor
        ? html`<div class="account-nav">
    ${o.accountLinks ?? ''}
    <span>${o.actor.name}</span>
    <form method="post" action="/sign-out" class="inline">${csrfInput(o.csrf)}<button type="submit" class="link">${o.t('portal.shell.signOut')}</button></form>
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
    locale: v.locale,
    t: v.t,
    actor: v.actor,
    csrf: v.csrf,
    home: base,
    body,
    inHeader: html`<span class="seller-name">${v.sellerName}</span>
    <nav class="seller-nav" aria-label="${v.t('portal.nav.label')}">
      <ul>
        ${NAV.map(
          ([key, label, path]) =>
            html`<li><a href="${base}${path}"${key === v.section ? raw(' aria-current="page"') : ''}>${v.t(label)}</a></li>`,
        )}
      </ul>
    </nav>`,
    accountLinks: html`${others.map((id) => html`<a href="${sellerBase(id)}">${v.t('portal.shell.otherSeller', { id })}</a>`)}`,
  });
}

/** The shell as the brief names it: title, actor, CSRF token, seller id, body. */
export function sellerLayout(
  title: string,
  actor: Actor | null,
  csrf: string,
  sellerId: number,
  body: Html,
  opts: { sellerName?: string; section?: SellerSection; locale?: string; t?: Translate } = {},
): Html {
  const locale = opts.locale ?? 'en-GB';
  const t = opts.t ?? translator(locale);
  return sellerPage(
    title,
    {
      actor,
      csrf,
      sellerId,
      sellerName: opts.sellerName ?? t('portal.shell.otherSeller', { id: sellerId }),
      section: opts.section ?? 'dashboard',
      locale,
      t,
    },
    body,
  );
}

export const csrfInput = (csrf: string) => html`<input type="hidden" name="_csrf" value="${csrf}">`;

/** Money for people, formatted in the portal's locale. */
export function money(amountMinor: number | null | undefined, currency: string, locale: string): string {
  if (amountMinor === null || amountMinor === undefined) return '—';
  return formatMoneyForDisplay(amountMinor, currency, locale);
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
/** A date and time in the portal's locale, in UTC (said so), unambiguous. */
export function when(d: Date | string | null | undefined, locale: string): Html {
  if (!d) return html`—`;
  const date = new Date(d);
  let f = dateTimeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    });
    dateTimeFormats.set(locale, f);
  }
  return html`<time datetime="${date.toISOString()}">${f.format(date)}</time>`;
}

/** A whole number in the portal's locale ("1 234" in fr). */
export const count = (n: number, locale: string) => new Intl.NumberFormat(locale).format(n);

/** The GOV.UK error summary pattern, in the portal's language. */
export function sellerErrorSummary(form: FormState, labels: Record<string, string>, t: Translate): Html {
  if (!form.errors.length && !form.message) return html``;
  return html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
  <h2>${form.message ?? t('portal.error.summary')}</h2>
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
  const items: Array<[IntegrationSection | 'api-keys', MessageKey, string]> = [
    ['api-keys', 'portal.nav.apiKeys', '/api-keys'],
    ['webhooks', 'portal.nav.webhooks', '/webhooks'],
    ['imports', 'portal.nav.imports', '/imports'],
    ['team', 'portal.nav.team', '/team'],
  ];
  return html`<nav class="seller-subnav" aria-label="${v.t('portal.nav.integrationsLabel')}"><ul>${items.map(
    ([key, label, path]) =>
      html`<li><a href="${base}${path}"${key === current ? raw(' aria-current="page"') : ''}>${v.t(label)}</a></li>`,
  )}</ul></nav>`;
}

export const notice = (done?: string) => (done ? html`<p class="notice" role="status">${done}</p>` : '');
