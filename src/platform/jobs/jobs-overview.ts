import { and, desc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ALERT_AFTER_FAILURES } from './job-schedule.rules.ts';
import { type JobOutcome, jobRuns, jobSchedules } from './jobs.schema.ts';

/** What the console's jobs page shows: every scheduled job and the latest runs. */
export type JobScheduleRow = {
  name: string;
  everyMs: number;
  nextRunAt: Date;
  /** The worker holding it while a run is in progress. */
  runningOn: string | null;
  lastOutcome: 'ok' | 'failed' | 'abandoned' | null;
  lastError: string | null;
  lastFinishedAt: Date | null;
  consecutiveFailures: number;
  failing: boolean;
};

export type JobRunRow = {
  id: number;
  job: string;
  worker: string;
  attempt: number;
  startedAt: Date;
  finishedAt: Date | null;
  outcome: JobOutcome;
  error: string | null;
};

export async function listJobSchedules(db: Db, now: Date): Promise<JobScheduleRow[]> {
  const rows = await db
    .select({
      name: jobSchedules.name,
      everyMs: jobSchedules.everyMs,
      nextRunAt: jobSchedules.nextRunAt,
      runningOn: sql<
        string | null
      >`CASE WHEN ${and(isNotNull(jobSchedules.leaseUntil), gt(jobSchedules.leaseUntil, now))} THEN ${jobSchedules.leasedBy} END`,
      lastOutcome: jobSchedules.lastOutcome,
      lastError: jobSchedules.lastError,
      lastFinishedAt: jobSchedules.lastFinishedAt,
      consecutiveFailures: jobSchedules.consecutiveFailures,
    })
    .from(jobSchedules)
    .orderBy(desc(sql`${jobSchedules.consecutiveFailures} >= ${ALERT_AFTER_FAILURES}`), jobSchedules.name);
  return rows.map((r) => ({ ...r, failing: r.consecutiveFailures >= ALERT_AFTER_FAILURES }));
}

/** The latest runs, newest first, of one job or of all. */
export async function listJobRuns(db: Db, o: { job?: string; limit: number }): Promise<JobRunRow[]> {
  return db
    .select({
      id: jobRuns.id,
      job: jobRuns.job,
      worker: jobRuns.worker,
      attempt: jobRuns.attempt,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
      outcome: jobRuns.outcome,
      error: jobRuns.error,
    })
    .from(jobRuns)
    .where(o.job ? eq(jobRuns.job, o.job) : undefined)
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(o.limit);
}
