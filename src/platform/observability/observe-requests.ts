import {
  context,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  trace,
} from '@opentelemetry/api';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../logger.ts';
import { httpRequestSeconds, httpRequestsTotal } from './metrics.ts';
import { type RequestContext, requestIdFrom, withRequestContext } from './request-context.ts';

const tracer = trace.getTracer('reloop');
const headers: TextMapGetter<Headers> = {
  keys: (h) => [...h.keys()],
  get: (h, key) => h.get(key) ?? undefined,
};
/** Any other method is one label: a client must not be able to mint series. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The route pattern that answered (`/api/v1/products/:id`), never the path. A middleware that
 * answered itself (a 429, a redirect) is counted under the route it stood before; no route at all
 * is `unmatched`.
 */
export function routeOf(c: Context): string {
  const routes = matchedRoutes(c);
  for (let i = c.req.routeIndex; i < routes.length; i++) {
    const route = routes[i]!;
    if (route.method !== 'ALL') return route.path;
  }
  return 'unmatched';
}

/**
 * The first middleware: gives the request its id (response header `x-request-id`, `requestId` on
 * every log line written meanwhile), a server span when tracing is on, its metrics, and the
 * request log line (debug, or error for a 5xx).
 */
export function observeRequests({
  logger,
}: {
  logger: Logger;
}): MiddlewareHandler<{ Variables: { requestId: string } }> {
  return async (c, next) => {
    const requestId = requestIdFrom(c.req.header('x-request-id'));
    c.set('requestId', requestId);
    const method = METHODS.has(c.req.method) ? c.req.method : 'OTHER';
    const started = performance.now();
    const parent = propagation.extract(ROOT_CONTEXT, c.req.raw.headers, headers);
    const span = tracer.startSpan(
      method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': method, 'reloop.request_id': requestId },
      },
      parent,
    );
    const spanContext = span.spanContext();
    const scope: RequestContext = isSpanContextValid(spanContext)
      ? { requestId, traceId: spanContext.traceId }
      : { requestId };
    try {
      await withRequestContext(scope, () => context.with(trace.setSpan(parent, span), next));
    } finally {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(c);
      const status = c.res.status;
      httpRequestsTotal.inc({ method, route, status });
      httpRequestSeconds.observe({ method, route, status_class: `${Math.floor(status / 100)}xx` }, seconds);
      span.updateName(`${method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': status });
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      // On the response itself: c.header() after next() copies the whole response each time.
      c.res.headers.set('x-request-id', requestId);
      c.res.headers.set('server-timing', `app;dur=${(seconds * 1000).toFixed(1)}`);
      if (logger.isLevelEnabled('debug') || status >= 500) {
        logger[status >= 500 ? 'error' : 'debug'](
          {
            requestId,
            method: c.req.method,
            path: c.req.path,
            route,
            status,
            ms: Math.round(seconds * 10_000) / 10,
          },
          'request',
        );
      }
    }
  };
}
