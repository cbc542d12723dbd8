import type { Module } from '../../app/module.ts';
import { registerAccountApiRoutes } from './accounts.routes.ts';
import { registerTokenRoutes } from './token.routes.ts';

export const accountsModule: Module = {
  name: 'accounts',
  register: (app, deps) => {
    registerAccountApiRoutes(app, deps);
    registerTokenRoutes(app, deps);
  },
};
