import type { Module } from '../../app/module.ts';
import { registerDataExportRoutes } from './data-export.routes.ts';
import { registerPrivacyRequests } from './privacy-requests.routes.ts';
import { purgeExpiredHoldsJob } from './purge-expired-holds.ts';
import { accountRetentionJob, traderDataPurgeJob } from './retention-jobs.ts';

/** privacy (issue 16): each capability registers its routes and jobs here, one line each. */
export const privacyModule: Module = {
  name: 'privacy',
  register(app, deps) {
    registerDataExportRoutes(app, deps);
    registerPrivacyRequests(app, deps);
    // routes
  },
  jobs: (deps) => [
    // Erasure and retention (H1b)
    purgeExpiredHoldsJob(deps),
    accountRetentionJob(deps),
    traderDataPurgeJob(deps),
    // jobs
  ],
};
