/**
 * A recurring job as a module declares it: a name unique across the platform, how often it runs,
 * and what it does (a use case, safe to run again after a crash). The runner (job-runner.ts)
 * decides where and when it runs; `run`'s result is recorded with the run, so keep it small.
 */
export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };
