import type { Module } from '../../app/module.ts';
import { pendingListingTaskIds, processListingTask } from './listing-batch.ts';
import { purgeIdempotencyKeysJob } from './purge-idempotency-keys.ts';

export const sellerApiModule: Module = {
  name: 'seller-api',
  jobs: (deps) => [
    {
      // CSV imports run in the process that received them; one left pending by a restart resumes here
      // (a task is claimed atomically, so it never runs twice).
      name: 'resume-listing-tasks',
      everyMs: 60_000,
      run: async () => {
        const ids = await pendingListingTaskIds(deps.db);
        for (const id of ids) await processListingTask(deps, id);
        return { resumed: ids.length };
      },
    },
    purgeIdempotencyKeysJob(deps),
  ],
};
