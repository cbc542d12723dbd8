import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type App, createApp } from '../platform/http/app.ts';
import type { Deps } from './deps.ts';
import { type OperationsOptions, registerObservabilityRoutes } from './observability.routes.ts';

/**
 * A worker's only HTTP: its probes and its metrics (job runs and failures are counted where the
 * jobs run), on WORKER_METRICS_PORT. No pages, no sessions.
 */
export function buildWorkerHttpApp(deps: Deps, opts: OperationsOptions): App {
  const app = createApp({
    logger: deps.logger,
    renderErrorPage: (c, status, message) => c.text(message, status as ContentfulStatusCode),
  });
  registerObservabilityRoutes(app, deps, opts);
  return app;
}
