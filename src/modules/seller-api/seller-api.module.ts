import type { Module } from '../../app/module.ts';
import { purgeIdempotencyKeysJob } from './purge-idempotency-keys.ts';
import { resumeListingTasks } from './resume-listing-tasks.ts';

export const sellerApiModule: Module = {
  name: 'seller-api',
  jobs: (deps) => [
    {
      // CSV imports start in the process that received them; one that process never started or
      // stopped running (it died: its lease expired) is taken over here, by one worker only.
      name: 'resume-listing-tasks',
      everyMs: 30_000,
      run: () => resumeListingTasks(deps),
    },
    purgeIdempotencyKeysJob(deps),
  ],
};
