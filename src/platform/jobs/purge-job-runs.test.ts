import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../../test/db.ts';
import type { Database } from '../db/client.ts';
import { jobRuns } from './jobs.schema.ts';
import { purgeJobRuns } from './jobs.store.ts';
import { purgeJobRunsJob } from './purge-job-runs.ts';

describe.each(ENGINES)('purge-job-runs on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
  });
  afterAll(() => database?.close());

  it('deletes finished runs started more than 14 days ago, in batches, and keeps a run still marked running', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    const run = (startedAt: Date, outcome: 'ok' | 'failed' | 'running' | 'abandoned') => ({
      job: 'x',
      worker: 'w',
      attempt: 1,
      startedAt,
      finishedAt: outcome === 'running' ? null : startedAt,
      outcome,
    });
    await database.db
      .insert(jobRuns)
      .values([
        run(daysAgo(30), 'ok'),
        run(daysAgo(15), 'failed'),
        run(daysAgo(14.01), 'abandoned'),
        run(daysAgo(20), 'running'),
        run(daysAgo(13.99), 'ok'),
        run(daysAgo(1), 'ok'),
      ]);
    const job = purgeJobRunsJob(database.db, () => now);
    expect(job).toMatchObject({ name: 'purge-job-runs', everyMs: 3_600_000 });
    expect(await job.run()).toEqual({ deleted: 3 });
    const left = await database.db.select().from(jobRuns).orderBy(asc(jobRuns.id));
    expect(left.map((r) => r.outcome)).toEqual(['running', 'ok', 'ok']);
    expect(await job.run()).toEqual({ deleted: 0 });
    // Batches follow each other until none is full.
    await database.db.insert(jobRuns).values([1, 2, 3, 4, 5].map((i) => run(daysAgo(20 + i), 'ok')));
    expect(await purgeJobRuns(database.db, { before: daysAgo(14), batch: 2 })).toBe(5);
    expect(await database.db.select().from(jobRuns)).toHaveLength(3);
  });
});
