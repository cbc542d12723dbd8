/** The operator console under /console: users and operators, money, sellers, statements. English only. */
import type { Module } from '../../app/module.ts';
import { registerConsoleDocumentRoutes } from './documents.routes.ts';
import { registerConsoleMoneyRoutes } from './money.routes.ts';
import { registerConsoleSellerRoutes } from './sellers.routes.ts';
import { registerConsoleRoutes } from './users.routes.ts';

export const consoleSurface: Module = {
  name: 'console',
  register(app, deps) {
    registerConsoleRoutes(app, deps);
    registerConsoleDocumentRoutes(app, deps);
    registerConsoleMoneyRoutes(app, deps);
    registerConsoleSellerRoutes(app, deps, { storage: deps.storage });
  },
};
