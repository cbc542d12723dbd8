import type { Module } from '../../app/module.ts';
import { registerConsoleTdbRoutes } from '../../web/console/transparency-database.routes.ts';
import { registerDsaNotices } from './dsa-notices.routes.ts';
import { registerDsaReporting } from './dsa-reporting.routes.ts';
import { submitStatementsToTdbJob } from './submit-statements-to-tdb.ts';

/** compliance (issue 16): each capability registers its routes and jobs here, one line each. */
export const complianceModule: Module = {
  name: 'compliance',
  register(app, deps) {
    // routes
    registerDsaReporting(app, deps);
    registerDsaNotices(app, deps);
    registerConsoleTdbRoutes(app, deps);
  },
  jobs: (deps) => [
    // jobs
    submitStatementsToTdbJob(deps),
  ],
};
