import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { MARKETS } from '../platform/markets.ts';
import type { PageContext } from './context.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The page shell shared by every storefront page, including error pages. */
export function layout(
  ctx: PageContext,
  opts: { title: string; description?: string; q?: string },
  body: Html,
): Html {
  const { t, market } = ctx;
  const base = `/${market.locale}`;
  return html`<!doctype html>
<html lang="${market.bcp47}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · ${t('site.name')}</title>
<meta name="description" content="${opts.description ?? t('site.tagline')}">
<link rel="stylesheet" href="/assets/app.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip" href="#main">${t('nav.skip')}</a>
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
        ${MARKETS.map((m) => html`<option value="${m.locale}"${m.code === market.code ? raw(' selected') : ''}>${m.name} (${m.currency})</option>`)}
      </select>
      <input type="hidden" name="from" value="${ctx.path}">
      <button type="submit" class="secondary">${t('nav.marketChange')}</button>
    </form>
  </div>
</header>
<main id="main" class="wrap" tabindex="-1">
${body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${t('footer.about')}</p>
    <nav aria-label="${t('nav.footer')}"><a href="${base}/how-offers-are-ranked">${t('nav.ranking')}</a> · <a href="/api/docs">${t('nav.apiDocs')}</a></nav>
  </div>
</footer>
</body>
</html>`;
}
