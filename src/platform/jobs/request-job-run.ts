import { eq } from 'drizzle-orm';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { jobSchedules } from './jobs.schema.ts';
import { makeJobDue } from './jobs.store.ts';

/**
 * An operator asks for a job to run now: it becomes due, and the next worker to tick runs it
 * (after the run in progress, if any). Returns the next run before and after, for the audit log.
 */
export async function requestJobRun(
  deps: { db: Db; clock: Clock },
  input: { name: string },
): Promise<{ before: { nextRunAt: Date }; after: { nextRunAt: Date } }> {
  const [row] = await deps.db
    .select({ nextRunAt: jobSchedules.nextRunAt })
    .from(jobSchedules)
    .where(eq(jobSchedules.name, input.name));
  if (!row) throw AppError.notFound('Job');
  const now = deps.clock.now();
  await makeJobDue(deps.db, { name: input.name, now });
  return { before: { nextRunAt: row.nextRunAt }, after: { nextRunAt: now } };
}
