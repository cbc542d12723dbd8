import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { httpStatusOf, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { fieldIssues } from '../validation.ts';
import type { Actor } from './actor.ts';
import { problem, problemOf, sendProblem } from './problem.ts';

export type AppEnv = {
  Variables: {
    requestId: string;
    cspNonce: string;
    actor: Actor | null /** The CSRF token for forms; the first call issues the browser's CSRF cookie. */;
    csrf: () => string;
  };
};
export type App = OpenAPIHono<AppEnv>;

export type ErrorPageRenderer = (
  c: Context<AppEnv>,
  status: number,
  message: string,
) => Response | Promise<Response>;

const wantsJson = (c: Context) => c.req.path.startsWith('/api/') || c.req.path === '/healthz';

/**
 * The HTTP shell: request ids, security headers, request logs, and the one place where errors
 * become responses (problem+json under /api, an HTML page elsewhere).
 */
export function createApp({
  logger,
  renderErrorPage,
}: {
  logger: Logger;
  renderErrorPage: ErrorPageRenderer;
}): App {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return sendProblem(
          c,
          problem(400, 'Some parameters are invalid', fieldIssues(result.error), undefined, 'INVALID_INPUT'),
        );
      }
    },
  });
  let seq = 0;
  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id') ?? `${Date.now().toString(36)}-${(seq++).toString(36)}`;
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    const ms = performance.now() - started;
    // On the response itself: c.header() after next() copies the whole response each time.
    c.res.headers.set('x-request-id', requestId);
    c.res.headers.set('server-timing', `app;dur=${ms.toFixed(1)}`);
    if (logger.isLevelEnabled('debug') || c.res.status >= 500) {
      logger[c.res.status >= 500 ? 'error' : 'debug'](
        {
          requestId,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(ms * 10) / 10,
        },
        'request',
      );
    }
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      strictTransportSecurity:
        process.env.NODE_ENV === 'production' ? 'max-age=31536000; includeSubDomains' : false,
      xFrameOptions: 'DENY',
    }),
  );

  app.onError((err, c) => {
    if (isAppError(err)) {
      const status = httpStatusOf(err.code);
      if (err.retryAfterSeconds) c.header('retry-after', String(err.retryAfterSeconds));
      if (wantsJson(c)) return sendProblem(c, problemOf(err, c.req.path));
      return renderErrorPage(c, status, err.message);
    }
    logger.error({ err, requestId: c.get('requestId'), path: c.req.path }, 'unhandled error');
    if (wantsJson(c)) {
      return sendProblem(
        c,
        problem(500, 'Something went wrong on our side', undefined, c.req.path, 'INTERNAL'),
      );
    }
    return renderErrorPage(c, 500, 'Something went wrong on our side');
  });
  app.notFound((c) => {
    if (wantsJson(c)) {
      return sendProblem(
        c,
        problem(404, `No route for ${c.req.method} ${c.req.path}`, undefined, undefined, 'NOT_FOUND'),
      );
    }
    return renderErrorPage(c, 404, 'This page does not exist');
  });
  return app;
}
