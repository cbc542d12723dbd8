/**
 * The seller portal: server-rendered pages under /seller/:sellerId that work without JavaScript
 * (portal.ts: the access rule and form policy every page shares), and the invitee's public page.
 */
import type { Module } from '../../app/module.ts';
import type { App } from '../../platform/http/app.ts';
import { registerSellerApiKeyRoutes } from './api-keys.routes.ts';
import { registerSellerCareRoutes } from './care.routes.ts';
import { registerSellerDashboardRoutes } from './dashboard.routes.ts';
import { registerSellerDecisionRoutes } from './decisions.routes.ts';
import { registerSellerImportRoutes } from './imports.routes.ts';
import { registerSellerMoneyRoutes } from './money.routes.ts';
import { registerSellerOfferRoutes } from './offers.routes.ts';
import { registerSellerOrderRoutes } from './orders.routes.ts';
import { registerSellerPaymentsAccountRoutes } from './payments-account.routes.ts';
import { registerSellerSettingsRoutes } from './settings.routes.ts';
import { registerSellerTeamRoutes } from './team.routes.ts';
import { registerSellerWebhookRoutes } from './webhooks.routes.ts';

const registered = new WeakSet<App>();

export const sellerSurface: Module = {
  name: 'seller',
  /** Safe to call twice on the same app (the second is a no-op). */
  register(app, deps) {
    if (registered.has(app)) return;
    registered.add(app);
    registerSellerDashboardRoutes(app, deps);
    registerSellerOfferRoutes(app, deps);
    registerSellerOrderRoutes(app, deps);
    registerSellerCareRoutes(app, deps);
    registerSellerDecisionRoutes(app, deps);
    registerSellerMoneyRoutes(app, deps);
    registerSellerPaymentsAccountRoutes(app, deps);
    registerSellerSettingsRoutes(app, deps);
    registerSellerApiKeyRoutes(app, deps);
    registerSellerWebhookRoutes(app, deps);
    registerSellerImportRoutes(app, deps);
    registerSellerTeamRoutes(app, deps);
  },
};
