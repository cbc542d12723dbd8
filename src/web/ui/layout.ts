import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { MARKETS, storefrontsOf } from '../../platform/markets.ts';
import { consentBanner, cookiePreferencesLink } from './consent-banner.ts';
import type { PageContext } from './context.ts';
import { displayNames } from './intl-cache.ts';
import { type SeoHead, seoHeadTags } from './seo-head.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The page shell shared by every storefront page, including error pages. */
export function layout(
  ctx: PageContext,
  opts: { title: string; description?: string; q?: string; seo?: SeoHead },
  body: Html,
): Html {
  const { t, market } = ctx;
  const base = ctx.base;
  return html`<!doctype html>
<html lang="${market.bcp47}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · ${t('site.name')}</title>
<meta name="description" content="${opts.description ?? t('site.tagline')}">
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
${opts.seo ? seoHeadTags(opts.seo) : ''}
</head>
<body>
<a class="skip" href="#main">${t('nav.skip')}</a>
${consentBanner(ctx)}
<header class="site-header">
  <div class="wrap header-row">
    <a class="logo" href="${base}" aria-label="${t('nav.home')}"><span aria-hidden="true">↻</span> ${t('site.name')}</a>
    <form class="search" role="search" action="${base}/search" method="get">
      <label class="visually-hidden" for="q">${t('search.label')}</label>
      <input id="q" name="q" type="search" value="${opts.q ?? ''}" placeholder="${t('search.placeholder')}" autocomplete="off" maxlength="200">
      <button type="submit">${t('search.submit')}</button>
    </form>
    <form class="market" action="/market" method="get">
      <label for="market-select">${t('nav.market')}</label>
      <select id="market-select" name="to">
        ${MARKETS.map((m) => html`<option value="${m.code === market.code ? market.locale : m.locale}"${m.code === market.code ? raw(' selected') : ''}>${countryName(ctx, m.code)} (${m.currency})</option>`)}
      </select>
      <input type="hidden" name="from" value="${ctx.path}">
      <button type="submit" class="secondary">${t('nav.marketChange')}</button>
    </form>
    ${languageSwitch(ctx)}
    ${accountNav(ctx)}
  </div>
  ${ctx.pro ? html`<p class="pro-banner">${t('pro.banner')}</p>` : ''}
</header>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t('footer.about')}</p>
    <nav aria-label="${t('nav.footer')}"><a href="${base}/how-offers-are-ranked">${t('nav.ranking')}</a> · <a href="/api/docs">${t('nav.apiDocs')}</a> · <a href="/${market.locale}/legal/terms">${t('footer.terms')}</a> · <a href="/${market.locale}/legal/privacy">${t('footer.privacy')}</a> · ${cookiePreferencesLink(ctx)} · <a href="/${market.locale}/legal/information">${t('footer.information')}</a> · <a href="/${market.locale}/legal/transparency-report">${t('dsa.report.link')}</a> · <a href="${base}/dsa/notices/new" rel="nofollow">${t('dsa.reportLink')}</a> · <a href="/${market.locale}/contact">${t('footer.contact')}</a> · <a href="/${market.locale}/privacy/request">${t('privacy.request.title')}</a> · ${market.code === 'US' ? html`<a href="/en-us/privacy/do-not-sell">${t('marketing.dns.footer')}</a> · ` : ''}${ctx.pro ? html`<a href="/${market.locale}">${t('footer.shop')}</a>` : html`<a href="/pro/${market.locale}">${t('footer.pro')}</a>`}</nav>
  </div>
</footer>
</body>
</html>`;
}

/** A country's name in the page's language (never the English or French name on another page). */
export function countryName(ctx: PageContext, code: string): string {
  return displayNames(ctx.market.bcp47, 'region').of(code) ?? code;
}

/**
 * Where a market speaks more than one language (Belgium: French and Dutch), links to this same
 * page in each of them, whatever the delivery country chosen; nothing elsewhere.
 */
export function languageSwitch(ctx: PageContext): Html | '' {
  const storefronts = storefrontsOf(ctx.market);
  if (storefronts.length < 2) return '';
  const here = `/${ctx.market.locale}`;
  const at = ctx.path.indexOf(here);
  return html`<nav class="language-switch" aria-label="${ctx.t('nav.language')}"><ul>${storefronts.map(
    (s) => {
      const lang = s.bcp47.split('-')[0] ?? s.bcp47;
      const name = displayNames(s.bcp47, 'language').of(lang) ?? lang;
      const href =
        at >= 0
          ? `${ctx.path.slice(0, at)}/${s.locale}${ctx.path.slice(at + here.length)}${ctx.query}`
          : `/${s.locale}`;
      return s.locale === ctx.market.locale
        ? html`<li><span aria-current="true" lang="${s.bcp47}">${lang.toUpperCase()}<span class="visually-hidden"> ${name}</span></span></li>`
        : html`<li><a href="${href}" hreflang="${s.bcp47}" lang="${s.bcp47}">${lang.toUpperCase()}<span class="visually-hidden"> ${name}</span></a></li>`;
    },
  )}</ul></nav>`;
}

/** Sign in / account links, and sign-out as a real form (a POST with the CSRF token). */
export function accountNav(ctx: PageContext): Html {
  const { t, actor } = ctx;
  const cart = html`<a href="${ctx.base}/cart">${t('cart.title')}</a>`;
  if (!actor) {
    return html`<nav class="account-nav" aria-label="${t('nav.account')}">${cart}<a href="${ctx.base}/sign-in">${t('nav.signIn')}</a></nav>`;
  }
  return html`<nav class="account-nav" aria-label="${t('nav.account')}">
  ${actor.operatorRoles.size ? html`<a href="/console">${t('nav.console')}</a>` : ''}
  ${cart}
  ${[...actor.sellers.keys()].slice(0, 1).map((id) => html`<a href="/seller/${id}">${t('nav.sellerPortal')}</a>`)}
  <a href="${ctx.base}/account">${actor.name}</a>
  <form method="post" action="/sign-out" class="inline">${csrfField(ctx)}<button type="submit" class="link">${t('nav.signOut')}</button></form>
</nav>`;
}

export const csrfField = (ctx: PageContext) => html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
