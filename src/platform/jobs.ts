/** Modules import the job type from here; the durable runner lives in `./jobs/`. */
export type { Job } from './jobs/job.ts';
