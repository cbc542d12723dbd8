import type { Module } from '../../app/module.ts';
import { registerCatalogRoutes } from './catalog.routes.ts';
import { rebuildSearchTerms, refreshPopularity } from './refresh-popularity.ts';

export const catalogModule: Module = {
  name: 'catalog',
  register: registerCatalogRoutes,
  jobs: (deps) => [
    {
      name: 'refresh-popularity',
      everyMs: 15 * 60_000,
      run: () => refreshPopularity({ db: deps.db, clock: deps.clock }),
    },
    { name: 'rebuild-search-terms', everyMs: 60 * 60_000, run: () => rebuildSearchTerms({ db: deps.db }) },
  ],
};
