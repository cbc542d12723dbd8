import { and, asc, eq, inArray, isNull, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { Job } from './job.ts';
import { type JobOutcome, jobRuns, jobSchedules } from './jobs.schema.ts';

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * Make every job known: a new one is first due one interval from now (as a timer would have run
 * it); a changed interval is taken, and brings the next run forward when it got shorter.
 */
export async function ensureSchedules(
  db: Db,
  jobs: Pick<Job, 'name' | 'everyMs'>[],
  now: Date,
): Promise<void> {
  if (!jobs.length) return;
  await db
    .insert(jobSchedules)
    .values(
      jobs.map((j) => ({ name: j.name, everyMs: j.everyMs, nextRunAt: new Date(now.getTime() + j.everyMs) })),
    )
    .onConflictDoUpdate({
      target: jobSchedules.name,
      set: {
        everyMs: sql`excluded.every_ms`,
        nextRunAt: sql`LEAST(${jobSchedules.nextRunAt}, ${at(now)} + excluded.every_ms * interval '1 millisecond')`,
      },
    });
}

export type ClaimedRun = {
  job: string;
  runId: number;
  everyMs: number;
  startedAt: Date;
  /** Failures in a row before this run (an abandoned run counts as one). */
  failures: number;
  alerted: boolean;
  /** The run a dead worker left running, now marked abandoned. */
  abandoned: { runId: number; worker: string } | null;
};

/**
 * Claim one due job among `names` (or `name`, due or not, with `force`) for `worker`: the row is
 * locked with SKIP LOCKED and leased in one statement, so two workers never claim the same run.
 * A previous run still marked running lost its worker (its lease expired): it becomes abandoned.
 * The claim, the abandonment and the new run's row commit together.
 */
export async function claimJob(
  db: Db,
  o: { names: string[]; worker: string; now: Date; leaseMs: number; force?: boolean },
): Promise<ClaimedRun | null> {
  if (!o.names.length) return null;
  return db.transaction(async (tx) => {
    const free = and(
      inArray(jobSchedules.name, o.names),
      or(isNull(jobSchedules.leaseUntil), lt(jobSchedules.leaseUntil, o.now)),
      o.force ? undefined : lte(jobSchedules.nextRunAt, o.now),
    );
    const pick = tx
      .select({ name: jobSchedules.name })
      .from(jobSchedules)
      .where(free)
      .orderBy(asc(jobSchedules.nextRunAt))
      .limit(1)
      .for('update', { skipLocked: true });
    const [row] = await tx
      .update(jobSchedules)
      .set({ leaseUntil: new Date(o.now.getTime() + o.leaseMs), leasedBy: o.worker })
      // `= (…)`, a scalar subquery run once: `IN (… LIMIT 1)` may be run again per row, leasing several.
      .where(and(eq(jobSchedules.name, sql`(${pick})`), free))
      .returning();
    if (!row) return null;
    let failures = row.consecutiveFailures;
    let abandoned: ClaimedRun['abandoned'] = null;
    if (row.runId !== null) {
      const [left] = await tx
        .update(jobRuns)
        .set({
          outcome: 'abandoned',
          finishedAt: o.now,
          error: `Abandoned: its worker stopped renewing the lease (found by ${o.worker})`,
        })
        .where(and(eq(jobRuns.id, row.runId), eq(jobRuns.outcome, 'running')))
        .returning({ id: jobRuns.id, worker: jobRuns.worker });
      if (left) {
        failures++;
        abandoned = { runId: left.id, worker: left.worker };
      }
    }
    const [run] = await tx
      .insert(jobRuns)
      .values({
        job: row.name,
        worker: o.worker,
        attempt: failures + 1,
        startedAt: o.now,
        outcome: 'running',
      })
      .returning({ id: jobRuns.id });
    await tx
      .update(jobSchedules)
      .set({
        runId: run!.id,
        lastStartedAt: o.now,
        consecutiveFailures: failures,
        ...(abandoned
          ? { lastOutcome: 'abandoned' as const, lastError: 'Abandoned: its worker stopped' }
          : {}),
      })
      .where(eq(jobSchedules.name, row.name));
    return {
      job: row.name,
      runId: run!.id,
      everyMs: row.everyMs,
      startedAt: o.now,
      failures,
      alerted: row.alertedAt !== null,
      abandoned,
    };
  });
}

/** Extend the lease of a run still holding it; false when another worker took the job over. */
export async function renewLease(
  db: Db,
  o: { job: string; runId: number; now: Date; leaseMs: number },
): Promise<boolean> {
  const rows = await db
    .update(jobSchedules)
    .set({ leaseUntil: new Date(o.now.getTime() + o.leaseMs) })
    .where(
      and(
        eq(jobSchedules.name, o.job),
        eq(jobSchedules.runId, o.runId),
        sql`${jobSchedules.leaseUntil} IS NOT NULL`,
      ),
    )
    .returning({ name: jobSchedules.name });
  return rows.length > 0;
}

export type FinishedRun = {
  outcome: Exclude<JobOutcome, 'running' | 'abandoned'>;
  finishedAt: Date;
  nextRunAt: Date;
  failures: number;
  error: string | null;
  result: unknown;
  /** Set the schedule's alert mark for this streak (the caller sends the alert in `tx`). */
  alert: boolean;
};

/**
 * Record a run's end and release the job, in the caller's transaction. Only the lease holder may:
 * false when the run lost its lease (its worker was taken for dead and the run abandoned).
 * An operator's "run now" during the run (a next run later than the run's start) is kept.
 */
export async function finishRun(db: Db, claim: ClaimedRun, f: FinishedRun): Promise<boolean> {
  const ok = f.outcome === 'ok';
  const released = await db
    .update(jobSchedules)
    .set({
      leaseUntil: null,
      leasedBy: null,
      consecutiveFailures: f.failures,
      lastOutcome: f.outcome,
      lastError: f.error,
      lastFinishedAt: f.finishedAt,
      nextRunAt: sql`CASE WHEN ${jobSchedules.nextRunAt} > ${at(claim.startedAt)} THEN LEAST(${jobSchedules.nextRunAt}, ${at(f.nextRunAt)}) ELSE ${at(f.nextRunAt)} END`,
      ...(ok ? { alertedAt: null } : f.alert ? { alertedAt: f.finishedAt } : {}),
    })
    .where(and(eq(jobSchedules.name, claim.job), eq(jobSchedules.runId, claim.runId)))
    .returning({ name: jobSchedules.name });
  if (!released.length) return false;
  await db
    .update(jobRuns)
    .set({ outcome: f.outcome, finishedAt: f.finishedAt, error: f.error, result: f.result })
    .where(and(eq(jobRuns.id, claim.runId), eq(jobRuns.outcome, 'running')));
  return true;
}

/** Make a job due now (the console's "run now"); the next tick of any worker runs it. */
export async function makeJobDue(db: Db, o: { name: string; now: Date }): Promise<boolean> {
  const rows = await db
    .update(jobSchedules)
    .set({ nextRunAt: o.now })
    .where(eq(jobSchedules.name, o.name))
    .returning({ name: jobSchedules.name });
  return rows.length > 0;
}

/** Delete finished runs started before `before`, in batches; returns how many. */
export async function purgeJobRuns(db: Db, o: { before: Date; batch?: number }): Promise<number> {
  const batch = o.batch ?? 10_000;
  let deleted = 0;
  for (;;) {
    const old = db
      .select({ id: jobRuns.id })
      .from(jobRuns)
      .where(and(lt(jobRuns.startedAt, o.before), ne(jobRuns.outcome, 'running')))
      .limit(batch);
    const rows = await db.delete(jobRuns).where(inArray(jobRuns.id, old)).returning({ id: jobRuns.id });
    deleted += rows.length;
    if (rows.length < batch) return deleted;
  }
}
