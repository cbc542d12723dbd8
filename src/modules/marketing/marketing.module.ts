import type { Module } from '../../app/module.ts';

/** marketing (issue 16): each capability registers its routes and jobs here, one line each. */
export const marketingModule: Module = {
  name: 'marketing',
  register(_app, _deps) {
    // routes
  },
  jobs: (_deps) => [
    // jobs
  ],
};
