import type { Module } from '../../app/module.ts';

/** compliance (issue 16): each capability registers its routes and jobs here, one line each. */
export const complianceModule: Module = {
  name: 'compliance',
  register(_app, _deps) {
    // routes
  },
  jobs: (_deps) => [
    // jobs
  ],
};
