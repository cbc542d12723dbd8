import { html } from 'hono/html';
import type { PageContext } from '../context.ts';
import { layout } from '../layout.ts';

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
