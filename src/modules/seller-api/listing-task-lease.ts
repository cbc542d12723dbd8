/**
 * Who runs a CSV listing task, with several processes. The process that received the upload
 * starts it at once; a task it never started (pending past START_GRACE_MS) or stopped running
 * (its lease, renewed after every batch, expired: the process died) is taken over by the
 * `resume-listing-tasks` job on any worker. Leases are in database time, so processes whose
 * clocks disagree still agree on them; a claim is one conditional UPDATE … RETURNING, so a task
 * has one run at a time, and every write of a run is fenced by its attempt number.
 */
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellerTasks } from './seller-api.schema.ts';

/** How long a run holds its task without renewing (a batch of 200 lines takes a few seconds). */
export const TASK_LEASE_MS = 2 * 60_000;
/** How long a new task waits for the process that received it before the job may start it. */
export const START_GRACE_MS = 30_000;
/** Runs a task gets: one that kills its process every time is failed, not retried forever. */
export const MAX_TASK_ATTEMPTS = 3;

const later = (ms: number) => sql`now() + ${ms} * interval '1 millisecond'`;
const expired = sql`coalesce(${sellerTasks.leaseUntil}, '-infinity') < now()`;

export type TaskRow = typeof sellerTasks.$inferSelect;
/** A run's hold on its task: `attempt` fences its writes. */
export type TaskClaim = { task: TaskRow; attempt: number };

/** When a just-created task becomes the job's to start (database time). */
export const startGrace = () => later(START_GRACE_MS);

/**
 * Claim a task for this run: a pending one (the receiving process, at once), or with
 * `takeOver` one whose lease has expired, pending or running. Null when another run holds it,
 * it has ended, or it has had its MAX_TASK_ATTEMPTS.
 */
export async function claimListingTask(
  db: Db,
  taskId: number,
  opts: { takeOver?: boolean } = {},
): Promise<TaskClaim | null> {
  const open = opts.takeOver
    ? and(inArray(sellerTasks.status, ['pending', 'running']), expired)
    : eq(sellerTasks.status, 'pending');
  const [task] = await db
    .update(sellerTasks)
    .set({ status: 'running', attempts: sql`${sellerTasks.attempts} + 1`, leaseUntil: later(TASK_LEASE_MS) })
    .where(and(eq(sellerTasks.id, taskId), open, lt(sellerTasks.attempts, MAX_TASK_ATTEMPTS)))
    .returning();
  return task ? { task, attempt: task.attempts } : null;
}

/**
 * Write a run's progress and renew its lease, or end the task (`status`). False when the run
 * no longer holds the task (its lease expired and another run took it): it must stop.
 */
export async function recordTaskProgress(
  db: Db,
  claim: TaskClaim,
  values: Partial<Pick<TaskRow, 'processed' | 'failed' | 'errors' | 'status' | 'finishedAt'>>,
): Promise<boolean> {
  const ending = values.status === 'done' || values.status === 'failed';
  const rows = await db
    .update(sellerTasks)
    .set({ ...values, leaseUntil: ending ? null : later(TASK_LEASE_MS) })
    .where(
      and(
        eq(sellerTasks.id, claim.task.id),
        eq(sellerTasks.attempts, claim.attempt),
        eq(sellerTasks.status, 'running'),
      ),
    )
    .returning({ id: sellerTasks.id });
  return rows.length === 1;
}

/** Open tasks of a kind whose lease has expired (left behind by a process that died or never started them), oldest first. */
export async function abandonedTaskIds(db: Db, kind: string, limit = 20): Promise<number[]> {
  const rows = await db
    .select({ id: sellerTasks.id })
    .from(sellerTasks)
    .where(and(eq(sellerTasks.kind, kind), sql`${sellerTasks.status} in ('pending', 'running')`, expired))
    .orderBy(asc(sellerTasks.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Fail a task that has used its attempts and lost its last lease: its lines applied so far stay,
 * its report says it was interrupted. False when it is not in that state (any more).
 */
export async function failExhaustedTask(db: Db, taskId: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(sellerTasks)
    .set({
      status: 'failed',
      finishedAt: now,
      leaseUntil: null,
      failed: sql`${sellerTasks.failed} + 1`,
      errors: sql`${sellerTasks.errors} || ${JSON.stringify([
        {
          line: 0,
          message: `Task has been interrupted ${MAX_TASK_ATTEMPTS} times and was stopped; lines before the last saved one were applied`,
        },
      ])}::jsonb`,
    })
    .where(
      and(
        eq(sellerTasks.id, taskId),
        inArray(sellerTasks.status, ['pending', 'running']),
        expired,
        sql`${sellerTasks.attempts} >= ${MAX_TASK_ATTEMPTS}`,
      ),
    )
    .returning({ id: sellerTasks.id });
  return rows.length === 1;
}
