import type { Module } from '../../app/module.ts';

/** privacy (issue 16): each capability registers its routes and jobs here, one line each. */
export const privacyModule: Module = {
  name: 'privacy',
  register(_app, _deps) {
    // routes
  },
  jobs: (_deps) => [
    // jobs
  ],
};
