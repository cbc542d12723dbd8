/** The operator console under /console: users and operators, money, sellers, statements. English only. */
import type { Module } from '../../app/module.ts';
import { registerConsoleCareRoutes } from './care.routes.ts';
import { registerConsoleDocumentRoutes } from './documents.routes.ts';
import { registerConsoleJobRoutes } from './jobs.routes.ts';
import { registerConsoleMoneyRoutes } from './money.routes.ts';
import { registerConsoleRefundApprovalRoutes } from './refund-approvals.routes.ts';
import { registerConsoleSecurityRoutes } from './security.routes.ts';
import { registerConsoleSellerRoutes } from './sellers.routes.ts';
import { registerConsoleTicketRoutes } from './tickets.routes.ts';
import { registerConsoleRoutes } from './users.routes.ts';

export const consoleSurface: Module = {
  name: 'console',
  register(app, deps) {
    registerConsoleRoutes(app, deps);
    registerConsoleSecurityRoutes(app, deps);
    registerConsoleDocumentRoutes(app, deps);
    registerConsoleMoneyRoutes(app, deps);
    registerConsoleRefundApprovalRoutes(app, deps);
    registerConsoleSellerRoutes(app, deps, { storage: deps.storage });
    registerConsoleCareRoutes(app, deps);
    registerConsoleTicketRoutes(app, deps);
    registerConsoleJobRoutes(app, deps);
  },
};
