/** The shop's error page, and the renderer every surface's HTML errors go through (createApp). */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../../platform/http/app.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import { DEFAULT_MARKET, marketByLocale } from '../../platform/markets.ts';
import { en } from '../../platform/messages/catalogs.ts';
import { PSEUDO_LOCALE } from '../../platform/pseudo-locale.ts';
import { type PageContext, pageContext } from './context.ts';
import { layout } from './layout.ts';

/** What a status means for the visitor, in the page's language. */
const STATUS_TEXT: Partial<Record<number, MessageKey>> = {
  400: 'error.400',
  401: 'error.401',
  403: 'error.403',
  404: 'error.404.text',
  409: 'error.409',
  429: 'error.429',
};

/**
 * The error page. The error's own message is English (it comes from the use case or the API): an
 * English storefront shows it (and so do the English surfaces: seller portal, console), every
 * other storefront says what the status means in its language.
 */
export function errorPage(
  ctx: PageContext,
  status: number,
  message: string,
  opts: { storefront?: boolean } = {},
) {
  const { t } = ctx;
  // Off the storefront (seller portal, console: English surfaces) the message is shown as it is.
  const english =
    opts.storefront === false ||
    (ctx.market.bcp47.startsWith('en') && ctx.t('error.title') === en['error.title']);
  const text = status >= 500 ? t('error.500') : english ? message : t(STATUS_TEXT[status] ?? 'error.other');
  return layout(
    ctx,
    { title: status === 404 ? t('error.404') : t('error.title') },
    html`<section class="error-page">
  <h1>${status === 404 ? t('error.404') : t('error.title')}</h1>
  <p>${text}</p>
  <p class="muted">${t('error.code', { status })}</p>
  <p><a class="button" href="${ctx.base}">${t('error.back')}</a></p>
</section>`,
  );
}

/** The error page in the market of the path (the default market elsewhere), Pro when under /pro. */
export function renderErrorPage(c: Context<AppEnv>, status: number, message: string) {
  const m = /^(\/pro)?\/([a-z]{2}-[a-z]{2})(\/|$)/.exec(c.req.path);
  const ctx = pageContext(marketByLocale(m?.[2] ?? '') ?? DEFAULT_MARKET, c.req.path, '', {
    pro: !!m?.[1],
    actor: c.get('actor') ?? null,
    csrf: c.get('csrf'),
    locale: c.get('pseudoLocale') ? PSEUDO_LOCALE : undefined,
  });
  return c.html(errorPage(ctx, status, message, { storefront: !!m }), status as 404);
}
