import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { getPath } from 'hono/utils/url';
import { AppError, httpStatusOf, isAppError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { observeRequests } from '../observability/observe-requests.ts';
import { fieldIssues } from '../validation.ts';
import type { Actor } from './actor.ts';
import { genericCode, problem, problemOf, sendProblem } from './problem.ts';

export type AppEnv = {
  Variables: {
    requestId: string;
    cspNonce: string;
    actor: Actor | null /** The CSRF token for forms; the first call issues the browser's CSRF cookie. */;
    csrf: () => string;
    /** Pages render in the en-XA pseudo-locale (?locale=en-XA, development tools only). */
    pseudoLocale: boolean;
  };
};
export type App = OpenAPIHono<AppEnv>;

export type ErrorPageRenderer = (
  c: Context<AppEnv>,
  status: number,
  message: string,
) => Response | Promise<Response>;

const OPERATIONS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
const wantsJson = (c: Context) => c.req.path.startsWith('/api/') || OPERATIONS_PATHS.has(c.req.path);

/** A form body that cannot be parsed (undici's FormData parser) is the client's error, not ours. */
export function malformedBodyError(err: unknown): AppError | null {
  return err instanceof TypeError && err.message.startsWith('Failed to parse body as FormData')
    ? new AppError('INVALID_INPUT', 'The form data is malformed')
    : null;
}

/**
 * The HTTP shell: request ids, metrics and traces, security headers, request logs, and the one place where errors
 * become responses (problem+json under /api, an HTML page elsewhere).
 */
/**
 * The routed path. Back Market documents its seller API with trailing slashes (`/ws/orders/`,
 * `/ws/listings_bi/?page=1`) and its clients call it so: under `/ws/` the slash is dropped before
 * routing (a redirect would lose a POST's body). Elsewhere the path is kept as it is.
 */
function sellerApiPath(request: Request): string {
  const path = getPath(request);
  return path.length > 4 && path.startsWith('/ws/') && path.endsWith('/') ? path.replace(/\/+$/, '') : path;
}

export function createApp({
  logger,
  renderErrorPage,
}: {
  logger: Logger;
  renderErrorPage: ErrorPageRenderer;
}): App {
  const app = new OpenAPIHono<AppEnv>({
    getPath: sellerApiPath,
    defaultHook: (result, c) => {
      if (!result.success) {
        return sendProblem(
          c,
          problem(400, 'Some parameters are invalid', fieldIssues(result.error), undefined, 'INVALID_INPUT'),
        );
      }
    },
  });
  app.use('*', observeRequests({ logger }));
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
    // Hono's own refusals (a body of a media type the route does not take, malformed JSON) are the
    // client's error, not ours: the generic code of their status, else 400 INVALID_INPUT (a code
    // always answers with its own status).
    if (err instanceof HTTPException && err.status >= 400 && err.status < 500) {
      const generic = genericCode(err.status);
      const code = generic === 'INTERNAL' ? 'INVALID_INPUT' : generic;
      const message =
        err.status === 415
          ? 'Unsupported media type: send the body as the route declares (application/json)'
          : err.message || 'The request cannot be processed';
      if (wantsJson(c))
        return sendProblem(c, problem(httpStatusOf(code), message, undefined, c.req.path, code));
      return renderErrorPage(c, httpStatusOf(code), message);
    }
    const malformed = malformedBodyError(err);
    if (malformed) {
      if (wantsJson(c)) return sendProblem(c, problemOf(malformed, c.req.path));
      return renderErrorPage(c, 400, malformed.message);
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
