/** The shop's error page, and the renderer every surface's HTML errors go through (createApp). */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../../platform/http/app.ts';
import { DEFAULT_MARKET, marketByLocale } from '../../platform/markets.ts';
import { type PageContext, pageContext } from './context.ts';
import { layout } from './layout.ts';

export function errorPage(ctx: PageContext, status: number, message: string) {
  const { t } = ctx;
  return layout(
    ctx,
    { title: status === 404 ? t('error.404') : t('error.title') },
    html`<section class="error-page">
  <h1>${status === 404 ? t('error.404') : t('error.title')}</h1>
  <p>${status < 500 ? message : t('error.500')}</p>
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
  });
  return c.html(errorPage(ctx, status, message), status as 404);
}
