import { sql } from 'drizzle-orm';
import { registerCatalogRoutes } from '../../modules/catalog/catalog.routes.ts';
import { registerWebRoutes, renderErrorPage } from '../../web/web.routes.ts';
import type { Deps } from '../deps.ts';
import { apiDocsPage } from './api-docs.ts';
import { type App, createApp } from './app.ts';

export const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'Reloop API',
    version: '1.0.0',
    description:
      'Public catalog API of Reloop, the open-source marketplace for refurbished electronics. Prices are { amount: "123.45", currency: "EUR" }.',
  },
};

/** Build the whole HTTP application: API, OpenAPI document and docs, storefront pages. */
export function buildHttpApp(deps: Deps): App {
  const app = createApp({ logger: deps.logger, renderErrorPage });
  app.get('/healthz', async (c) => {
    await deps.database.rows(sql`SELECT 1`);
    return c.json({ status: 'ok', engine: deps.database.engine });
  });
  registerCatalogRoutes(app, deps);
  app.doc31('/api/openapi.json', OPENAPI_INFO);
  app.get('/api/docs', (c) => c.html(apiDocsPage(app.getOpenAPI31Document(OPENAPI_INFO) as never)));
  registerWebRoutes(app, deps);
  return app;
}
