/**
 * The shop (and Reloop Pro, the same pages under /pro): catalog, account, cart, checkout, orders
 * and their documents, and the application to sell on Reloop. Server-rendered, localised per market.
 */
import type { Module } from '../../app/module.ts';
import { registerAccountRoutes } from './account.routes.ts';
import { registerAfterSalesPages } from './after-sales.routes.ts';
import { registerCartPages } from './cart.routes.ts';
import { registerCatalogPages } from './catalog.routes.ts';
import { registerCheckoutPages } from './checkout.routes.ts';
import { registerContactRoutes } from './contact.routes.ts';
import { registerBuyerDocumentRoutes } from './documents.routes.ts';
import { registerInsuranceClaimPages } from './insurance-claims.routes.ts';
import { registerSellerOnboardingRoutes } from './sell.routes.ts';
import { redirectTrailingSlash, registerSeoRoutes } from './seo/seo.routes.ts';

export const shopSurface: Module = {
  name: 'shop',
  register(app, deps) {
    // Before any page: a trailing-slash URL (`/fr-fr/`) is sent to its canonical form at once.
    app.use('*', redirectTrailingSlash());
    registerSeoRoutes(app, deps);
    registerAccountRoutes(app, deps);
    registerCartPages(app, deps);
    registerCheckoutPages(app, deps);
    registerBuyerDocumentRoutes(app, deps);
    registerAfterSalesPages(app, deps);
    registerInsuranceClaimPages(app, deps);
    registerSellerOnboardingRoutes(app, deps, { storage: deps.storage });
    registerContactRoutes(app, deps);
    // Last, as before the surfaces: the storefronts' market pages (/:market…, /pro/:market…).
    registerCatalogPages(app, deps);
  },
};
