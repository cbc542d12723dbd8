/**
 * Error pages under /console: in the console's shell and in English, like the console itself. The
 * error's message comes from the use case (English), so an operator reads why (a refused role, a
 * missing second factor) rather than the storefront's generic text in its default market's language.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { AppEnv } from '../../platform/http/app.ts';
import { consoleLayout, t } from './console-layout.ts';

/** A path the console answers: /console and everything under it. */
export const isConsolePath = (path: string) => path === '/console' || path.startsWith('/console/');

export function consoleErrorPage(
  actor: Parameters<typeof consoleLayout>[1],
  csrf: string,
  status: number,
  message: string,
) {
  const title = status === 404 ? t('console.error.notFound') : t('console.error.title');
  return consoleLayout(
    title,
    actor,
    csrf,
    html`<section class="error-page">
  <h1>${title}</h1>
  <p>${status < 500 ? message : t('console.error.server')}</p>
  <p class="muted">${t('console.error.code', { status: String(status) })}</p>
  <p><a class="button" href="/console">${t('console.error.back')}</a></p>
</section>`,
  );
}

export function renderConsoleErrorPage(c: Context<AppEnv>, status: number, message: string) {
  const csrf = c.get('csrf');
  return c.html(
    consoleErrorPage(c.get('actor') ?? null, typeof csrf === 'function' ? csrf() : '', status, message),
    status as 404,
  );
}
