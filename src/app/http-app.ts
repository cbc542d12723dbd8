import { sessionMiddleware, termsGate } from '../modules/accounts/session.middleware.ts';
import { readSessionCookies } from '../modules/accounts/session-cookie.ts';
import { PUBLIC } from '../platform/http/access.ts';
import { apiDocsPage } from '../platform/http/api-docs.ts';
import { type App, createApp } from '../platform/http/app.ts';
import { streamingBodyLimit } from '../platform/http/body-limit.ts';
import { registerOutboxRoutes } from '../platform/mail/outbox.pages.ts';
import { PSEUDO_LOCALE } from '../platform/pseudo-locale.ts';
import type { RateLimitStore } from '../platform/rate-limit/rate-limit-store.ts';
import { csrfProtection } from '../platform/security/csrf.ts';
import { consoleSurface } from '../web/console/console.surface.ts';
import { isConsolePath, renderConsoleErrorPage } from '../web/console/console-error.pages.ts';
import { devSurface } from '../web/dev/dev.surface.ts';
import { sellerSurface } from '../web/seller/seller.surface.ts';
import { isOneClickUnsubscribe } from '../web/shop/marketing.routes.ts';
import { shopSurface } from '../web/shop/shop.surface.ts';
import { renderErrorPage } from '../web/ui/error.pages.ts';
import { registerWsRoutes } from '../ws/ws.routes.ts';
import { bodyLimitOf, refuseTooLarge } from './body-limits.ts';
import type { Deps } from './deps.ts';
import type { Module } from './module.ts';
import { MODULES } from './modules.ts';
import { type OperationsOptions, registerObservabilityRoutes } from './observability.routes.ts';
import { installRateLimits } from './rate-limits.ts';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Reloop API',
    version: '1.0.0',
    description:
      'Public catalog API of Reloop, the open-source marketplace for refurbished electronics. Prices are { amount: "123.45", currency: "EUR" }.',
  },
};

/**
 * The server-rendered surfaces (src/web/*), in mounting order: the shop last, its storefront pages
 * match /:market…. (Here, not in modules.ts: the worker loads modules.ts, and needs no pages.)
 */
export const SURFACES: readonly Module[] = [devSurface, consoleSurface, sellerSurface, shopSurface];

/** Build the whole HTTP application: security layers, API, OpenAPI document and docs, pages. */
export function buildHttpApp(
  deps: Deps,
  opts: { rateLimitStore?: RateLimitStore; operations?: OperationsOptions } = {},
): App {
  const secure = deps.config.NODE_ENV === 'production';
  const app = createApp({
    logger: deps.logger,
    // The console's errors in its own English shell; every other page's in its market's language.
    renderErrorPage: (c, status, message) =>
      (isConsolePath(c.req.path) ? renderConsoleErrorPage : renderErrorPage)(c, status, message),
  });
  // Every body is bounded before anything reads it, /ws included: 256 KiB, more for the uploads
  // of an authenticated caller (body-limits.ts). Then who is asking and how often, and only then
  // the CSRF check, which may parse a form: an anonymous flood is counted before any parsing.
  app.use('*', streamingBodyLimit({ limitOf: bodyLimitOf, refuse: refuseTooLarge }));
  // Probes and scrapes answer before sessions, rate limits and the terms gate.
  registerObservabilityRoutes(app, deps, opts.operations);
  app.use('*', sessionMiddleware(deps, secure));
  installRateLimits(app, deps, opts.rateLimitStore);
  app.use(
    '*',
    csrfProtection({
      secret: deps.secret,
      secure,
      // An API call without the session cookie has no ambient credential to abuse (guest carts
      // are addressed by their unguessable id); forms always need the token (login CSRF). The
      // seller API reads no cookie (API key in its Basic header), but a browser's cross-site
      // request to it is still refused.
      exempt: (c) =>
        (c.req.path.startsWith('/api/') && !readSessionCookies(c, secure).session) ||
        (c.req.path.startsWith('/ws/') && c.req.header('sec-fetch-site') !== 'cross-site') ||
        // One-click unsubscribe (RFC 8058): a mail client's POST, authorised by its signed token only.
        isOneClickUnsubscribe(c),
    }),
  );
  app.use('*', termsGate());
  if (deps.config.DEV_TOOLS && !secure) {
    // Untranslated literals stand out in the en-XA pseudo-locale (docs/translations.md).
    app.use('*', async (c, next) => {
      if (c.req.query('locale') === PSEUDO_LOCALE) c.set('pseudoLocale', true);
      await next();
    });
  }
  // The Back Market–compatible seller API answers its own error shapes and limits per API key.
  registerWsRoutes(app, deps, { rateLimitStore: opts.rateLimitStore });

  for (const m of MODULES) m.register?.(app, deps);
  app.get('/api/openapi.json', PUBLIC, (c) => c.json(app.getOpenAPI31Document(OPENAPI_INFO)));
  app.get('/api/docs', PUBLIC, (c) => c.html(apiDocsPage(app.getOpenAPI31Document(OPENAPI_INFO) as never)));
  if (!deps.config.SMTP_URL && deps.config.DEV_TOOLS && !secure) {
    // The local mailbox (emailed links in clear): only with the development tools switched on.
    registerOutboxRoutes(app, { db: deps.db, guard: PUBLIC });
  }
  for (const surface of SURFACES) surface.register?.(app, deps);
  return app;
}
