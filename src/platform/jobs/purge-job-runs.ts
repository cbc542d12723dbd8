import { DAY_MS } from '../clock.ts';
import type { Db } from '../db/client.ts';
import type { Job } from './job.ts';
import { purgeJobRuns } from './jobs.store.ts';

/** Runs are kept two weeks: enough to see a failing streak and what preceded it. */
export const JOB_RUNS_KEPT_DAYS = 14;

/** The recurring job that deletes finished runs older than JOB_RUNS_KEPT_DAYS. */
export function purgeJobRunsJob(db: Db, now: () => Date, everyMs = 3_600_000): Job {
  return {
    name: 'purge-job-runs',
    everyMs,
    run: async () => ({
      deleted: await purgeJobRuns(db, { before: new Date(now().getTime() - JOB_RUNS_KEPT_DAYS * DAY_MS) }),
    }),
  };
}
