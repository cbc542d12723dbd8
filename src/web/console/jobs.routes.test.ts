import { and, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor } from '../../../test/actors.ts';
import { TestBrowser } from '../../../test/browser.ts';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { jobsFor } from '../../app/jobs.ts';
import { auditEvents } from '../../modules/audit/audit.schema.ts';
import type { Job } from '../../platform/jobs/job.ts';
import { runJobNow } from '../../platform/jobs/job-runner.ts';
import { jobRuns, jobSchedules } from '../../platform/jobs/jobs.schema.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const PAGE = '/console/jobs';

describe.each(ENGINES)('the console’s jobs page, on %s', (engine) => {
  let t: T;
  let support: TestBrowser;
  let admin: TestBrowser;
  let adminId: number;

  const browserOf = async (actor: Awaited<ReturnType<typeof createActor>>) => {
    const b = new TestBrowser(t.app);
    b.cookies.set('rl_session', (await actor.cookie()).replace(/^rl_session=/, ''));
    return b;
  };
  const run = (job: Job, worker: string) =>
    runJobNow(
      { database: t.database, logger: pino({ level: 'silent' }), now: () => t.clock.now(), workerId: worker },
      job,
    ).catch(() => {});

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
    support = await browserOf(
      await createActor(t.deps, { email: 'ops@reloop.example', buyerType: null, operator: ['support'] }),
    );
    const a = await createActor(t.deps, {
      email: 'root@reloop.example',
      buyerType: null,
      operator: ['admin'],
    });
    adminId = a.userId;
    admin = await browserOf(a);
    const steady: Job = { name: 'count-things', everyMs: 15 * 60_000, run: async () => ({ counted: 3 }) };
    const broken: Job = {
      name: 'call-upstream',
      everyMs: 3_600_000,
      run: async () => {
        t.clock.advance(1_500);
        throw new Error('upstream answered 503 <html>');
      },
    };
    await run(steady, 'web-1:101:aaa');
    for (let i = 0; i < 3; i++) await run(broken, 'worker-2:202:bbb');
  });
  afterAll(() => t?.close());

  it('shows every operator the jobs, their state, a failing badge, and the recent runs', async () => {
    const page = await support.get(PAGE);
    expect(page.status).toBe(200);
    const text = page.text;
    expect(text).toContain(`<a href="${PAGE}">Jobs</a>`);
    const steady = /<tr id="job-count-things">[\s\S]*?<\/tr>/.exec(text)![0];
    expect(steady).toContain('<td>15 min</td>');
    expect(steady).toContain('>ok<');
    expect(steady).not.toContain('failing');
    const broken = /<tr id="job-call-upstream">[\s\S]*?<\/tr>/.exec(text)![0];
    expect(broken).toContain('<td>1 hr</td>');
    expect(broken).toContain('failing');
    expect(broken).toContain('<td>3</td>');
    // Runs: start, end, duration, worker, attempt, outcome and the error, escaped.
    const runs = await t.deps.db.select().from(jobRuns).where(eq(jobRuns.job, 'call-upstream'));
    expect(runs).toHaveLength(3);
    const last = new RegExp(`<tr id="run-${runs[2]!.id}">[\\s\\S]*?</tr>`).exec(text)![0];
    expect(last).toContain('<code>worker-2:202:bbb</code>');
    expect(last).toContain('<td>1.5 sec</td>');
    expect(last).toContain('<td>3</td>');
    expect(last).toContain('>failed<');
    expect(last).toContain('upstream answered 503 &lt;html&gt;');
    expect(text).toContain(`id="run-${runs[0]!.id}"`);
    expect(text).toMatch(/<tr id="run-\d+"><td>count-things<\/td>/);
    // The failing job comes first; only admins get "run now".
    expect(text.indexOf('job-call-upstream')).toBeLessThan(text.indexOf('job-count-things'));
    expect(text).not.toContain('/run"');
  });

  it('filters the runs by job', async () => {
    const page = await support.get(`${PAGE}?job=count-things`);
    expect(page.text).toContain('Recent runs of count-things');
    expect(page.text).toMatch(/<tr id="run-\d+"><td>count-things<\/td>/);
    expect(page.text).not.toMatch(/<tr id="run-\d+"><td>call-upstream<\/td>/);
    expect(page.text).toContain('<option value="count-things" selected>');
    // An unknown job shows all runs.
    expect((await support.get(`${PAGE}?job=nope`)).text).toContain('Recent runs</h2>');
  });

  it('lets an admin make a job due now, audited; nobody else', async () => {
    expect((await support.post(`${PAGE}/call-upstream/run`, {})).status).toBe(403);
    expect((await new TestBrowser(t.app).get(PAGE)).status).toBe(303);
    const before = (
      await t.deps.db.select().from(jobSchedules).where(eq(jobSchedules.name, 'call-upstream'))
    )[0]!;
    expect(before.nextRunAt.getTime()).toBeGreaterThan(t.clock.now().getTime());
    const page = await admin.get(PAGE);
    expect(page.text).toContain(`action="${PAGE}/call-upstream/run"`);
    const res = await admin.post(`${PAGE}/call-upstream/run`, {});
    expect(res.status).toBe(303);
    expect(res.location).toBe(`${PAGE}?job=call-upstream&done=requested`);
    const after = (
      await t.deps.db.select().from(jobSchedules).where(eq(jobSchedules.name, 'call-upstream'))
    )[0]!;
    expect(after.nextRunAt).toEqual(t.clock.now());
    const [audit] = await t.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'jobs.run_requested'), eq(auditEvents.actorUserId, adminId)));
    expect(audit).toMatchObject({
      details: { job: 'call-upstream' },
      before: { nextRunAt: before.nextRunAt.toISOString() },
      after: { nextRunAt: t.clock.now().toISOString() },
    });
    expect((await admin.get(res.location!)).text).toContain('The job is due now');
    expect((await admin.post(`${PAGE}/no-such-job/run`, {})).status).toBe(404);
  });

  it('every job of the application has a unique name the run-now route accepts', () => {
    const names = jobsFor(t.deps).map((j) => j.name);
    expect(names.length).toBeGreaterThan(20);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !/^[a-z0-9-]+$/.test(n))).toEqual([]);
    expect(names).toContain('purge-job-runs');
  });
});
