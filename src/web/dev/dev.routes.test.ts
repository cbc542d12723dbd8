import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { jobRuns } from '../../platform/jobs/jobs.schema.ts';

describe.each(ENGINES)('the development tools’ "run now", on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 }, { DEV_TOOLS: 'true' });
  });
  afterAll(() => t?.close());

  it('runs the job at once and records the run like the runner does', async () => {
    const b = new TestBrowser(t.app);
    expect((await b.get('/dev')).text).toContain('action="/dev/jobs/purge-job-runs/run"');
    const res = await b.post('/dev/jobs/purge-job-runs/run', {});
    expect(res.status).toBe(303);
    const runs = await t.deps.db.select().from(jobRuns).where(eq(jobRuns.job, 'purge-job-runs'));
    expect(runs).toMatchObject([{ outcome: 'ok', result: { deleted: 0 }, startedAt: t.clock.now() }]);
    expect((await b.post('/dev/jobs/no-such-job/run', {})).status).toBe(404);
  });
});
