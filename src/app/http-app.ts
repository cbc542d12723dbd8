import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { sessionMiddleware, termsGate } from '../modules/accounts/session.middleware.ts';
import { readSessionCookies } from '../modules/accounts/session-cookie.ts';
import { AppError } from '../platform/errors.ts';
import { access, PUBLIC } from '../platform/http/access.ts';
import { apiDocsPage } from '../platform/http/api-docs.ts';
import { type App, createApp } from '../platform/http/app.ts';
import { registerOutboxRoutes } from '../platform/mail/outbox.pages.ts';
import type { RateLimitStore } from '../platform/rate-limit/rate-limit-store.ts';
import { csrfProtection } from '../platform/security/csrf.ts';
import { consoleSurface } from '../web/console/console.surface.ts';
import { devSurface } from '../web/dev/dev.surface.ts';
import { isSellerImportUpload, SELLER_IMPORT_MAX_BODY_BYTES } from '../web/seller/imports.routes.ts';
import { sellerSurface } from '../web/seller/seller.surface.ts';
import { isSellerApplicationUpload, SELLER_APPLICATION_MAX_BODY_BYTES } from '../web/shop/sell.routes.ts';
import { shopSurface } from '../web/shop/shop.surface.ts';
import { renderErrorPage } from '../web/ui/error.pages.ts';
import { registerWsRoutes } from '../ws/ws.routes.ts';
import type { Deps } from './deps.ts';
import type { Module } from './module.ts';
import { MODULES } from './modules.ts';
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

const SELLER_INVOICE_UPLOAD = /^\/seller\/\d+\/orders\/\d+\/invoice$/;

/** Request bodies above this are refused with 413 before any parsing (uploads get their own limit). */
export const MAX_BODY_BYTES = 256 * 1024;

/** Build the whole HTTP application: security layers, API, OpenAPI document and docs, pages. */
export function buildHttpApp(deps: Deps, opts: { rateLimitStore?: RateLimitStore } = {}): App {
  const secure = deps.config.NODE_ENV === 'production';
  const app = createApp({ logger: deps.logger, renderErrorPage });
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          `Request bodies are limited to ${Math.round(maxSize / 1024)} KiB`,
        );
      },
    });
  const small = limit(MAX_BODY_BYTES);
  const upload = limit(SELLER_APPLICATION_MAX_BODY_BYTES);
  const importUpload = limit(SELLER_IMPORT_MAX_BODY_BYTES);
  // Uploads (a seller's ID document) get their own, larger limit; everything else 256 KiB.
  // /ws has its own limit (large CSV batches and invoices).
  app.use('*', (c, next) =>
    c.req.path.startsWith('/ws/')
      ? next()
      : isSellerApplicationUpload(c.req.method, c.req.path) || SELLER_INVOICE_UPLOAD.test(c.req.path)
        ? upload(c, next)
        : isSellerImportUpload(c.req.method, c.req.path)
          ? importUpload(c, next)
          : small(c, next),
  );
  app.use(
    '*',
    csrfProtection({
      secret: deps.secret,
      secure,
      // An API call without the session cookie has no ambient credential to abuse (guest carts
      // are addressed by their unguessable id); forms always need the token (login CSRF).
      exempt: (c) => c.req.path.startsWith('/api/') && !readSessionCookies(c, secure).session,
    }),
  );
  app.use('*', sessionMiddleware(deps, secure));
  installRateLimits(app, deps, opts.rateLimitStore);
  app.use('*', termsGate());
  // The Back Market–compatible seller API answers its own error shapes and limits per API key.
  registerWsRoutes(app, deps, { rateLimitStore: opts.rateLimitStore });

  app.get('/healthz', PUBLIC, async (c) => {
    await deps.database.rows(sql`SELECT 1`);
    return c.json({ status: 'ok', engine: deps.database.engine });
  });
  for (const m of MODULES) m.register?.(app, deps);
  app.get('/api/openapi.json', PUBLIC, (c) => c.json(app.getOpenAPI31Document(OPENAPI_INFO)));
  app.get('/api/docs', PUBLIC, (c) => c.html(apiDocsPage(app.getOpenAPI31Document(OPENAPI_INFO) as never)));
  if (!deps.config.SMTP_URL) {
    // The local mailbox: open in development and demos, admins only if production runs without SMTP.
    const guard = secure ? access({ kind: 'operator', roles: ['admin'] }) : PUBLIC;
    registerOutboxRoutes(app, { db: deps.db, guard });
  }
  for (const surface of SURFACES) surface.register?.(app, deps);
  return app;
}
