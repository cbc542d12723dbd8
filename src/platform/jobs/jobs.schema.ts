import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per recurring job: when it is due, and who holds it while it runs. A worker claims a due
 * row by setting a lease (FOR UPDATE SKIP LOCKED), renews it while the run lasts, and on finishing
 * sets the next run and clears it; an expired lease means the holder died (docs/decisions/0017).
 */
export const jobSchedules = pgTable(
  'job_schedules',
  {
    name: text('name').primaryKey(),
    everyMs: integer('every_ms').notNull(),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }),
    leasedBy: text('leased_by'),
    /** The run holding the lease, or the last one; a new claim abandons it if still running. */
    runId: bigint('run_id', { mode: 'number' }),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    lastOutcome: text('last_outcome').$type<'ok' | 'failed' | 'abandoned'>(),
    lastError: text('last_error'),
    lastStartedAt: timestamp('last_started_at', { withTimezone: true }),
    lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
    /** Set when the operators were alerted for the current failing streak; cleared by a success. */
    alertedAt: timestamp('alerted_at', { withTimezone: true }),
  },
  (t) => [index('job_schedules_due_idx').on(t.nextRunAt)],
);

export type JobOutcome = 'running' | 'ok' | 'failed' | 'abandoned';

/** Every run of every job, kept 14 days (`purge-job-runs`). */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    job: text('job').notNull(),
    /** hostname:pid:random of the process that ran it. */
    worker: text('worker').notNull(),
    /** 1 for a run after a success, n for the n-th try of a failing streak. */
    attempt: integer('attempt').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    outcome: text('outcome').$type<JobOutcome>().notNull(),
    error: text('error'),
    result: jsonb('result'),
  },
  (t) => [
    index('job_runs_job_idx').on(t.job, t.startedAt.desc()),
    index('job_runs_started_idx').on(t.startedAt),
  ],
);
