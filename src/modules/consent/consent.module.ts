import type { Module } from '../../app/module.ts';

/** consent (issue 16): each capability registers its routes and jobs here, one line each. */
export const consentModule: Module = {
  name: 'consent',
  register(_app, _deps) {
    // routes
  },
  jobs: (_deps) => [
    // jobs
  ],
};
