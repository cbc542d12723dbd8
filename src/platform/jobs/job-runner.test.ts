import { Writable } from 'node:stream';
import { asc, eq, sql } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import { type Database, openPostgres } from '../db/client.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { createMailer } from '../mail/mailer.ts';
import { metricsRegistry } from '../observability/metrics.ts';
import type { Job } from './job.ts';
import { type JobRunner, runJobNow, startJobRunner } from './job-runner.ts';
import { jobRuns, jobSchedules } from './jobs.schema.ts';
import { ensureSchedules, makeJobDue } from './jobs.store.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 8_000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A logger whose lines the test reads. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe.each(ENGINES)('durable recurring jobs on %s', (engine) => {
  let database: Database;
  /** A second connection pool to the same database on PostgreSQL (a second process's); the same instance on PGlite. */
  let other: Database;
  const runners: JobRunner[] = [];
  const silent = process.env.JOBS_DEBUG
    ? pino({ level: 'debug' }, pino.destination({ dest: 2, sync: true }))
    : pino({ level: 'silent' });
  const start = (o: Parameters<typeof startJobRunner>[0]) => {
    const r = startJobRunner(o);
    runners.push(r);
    return r;
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    if (engine === 'postgres') {
      const [row] = await database.rows<{ name: string }>(sql`SELECT current_database() AS name`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${row!.name}`;
      other = await openPostgres(url.toString(), 5);
    } else other = database;
  });
  afterAll(async () => {
    await Promise.all(runners.map((r) => r.stop()));
    if (other !== database) await other.close();
    await database?.close();
  });

  const runsOf = (job: string) =>
    database.db.select().from(jobRuns).where(eq(jobRuns.job, job)).orderBy(asc(jobRuns.id));
  const scheduleOf = async (job: string) =>
    (await database.db.select().from(jobSchedules).where(eq(jobSchedules.name, job)))[0]!;

  it('two runners ticking together run each due run once, never two at a time, and record every run', async () => {
    const everyMs = 60;
    const names = ['shared-a', 'shared-b', 'shared-c'];
    const effects = new Map(names.map((n) => [n, 0]));
    let active = 0;
    const overlaps: string[] = [];
    const activeByJob = new Map<string, number>();
    const jobs: Job[] = names.map((name) => ({
      name,
      everyMs,
      run: async () => {
        if (activeByJob.get(name)) overlaps.push(name);
        activeByJob.set(name, 1);
        active++;
        effects.set(name, effects.get(name)! + 1);
        await sleep(5);
        active--;
        activeByJob.set(name, 0);
        return { n: effects.get(name) };
      },
    }));
    // Due at once: both runners race for the first runs too.
    await ensureSchedules(database.db, jobs, new Date(Date.now() - everyMs));
    const a = start({ database, logger: silent, jobs, tickMs: 5, workerId: 'host-a:1:aaa', leaseMs: 2_000 });
    const b = start({
      database: other,
      logger: silent,
      jobs,
      tickMs: 5,
      workerId: 'host-b:2:bbb',
      leaseMs: 2_000,
    });
    await waitFor('four runs of each job', () => [...effects.values()].every((n) => n >= 4), 15_000);
    await Promise.all([a.stop(), b.stop()]);
    expect(overlaps).toEqual([]);
    expect(active).toBe(0);
    for (const name of names) {
      const runs = await runsOf(name);
      // Every side effect has its run, recorded as done, and no due run was taken twice: a run
      // is due one interval after the previous one started, so two runs of one due time would
      // start together.
      expect(runs.length).toBe(effects.get(name));
      expect(runs.length).toBeGreaterThanOrEqual(4);
      expect(runs.every((r) => r.outcome === 'ok' && r.finishedAt && r.attempt === 1)).toBe(true);
      for (let i = 1; i < runs.length; i++)
        expect(runs[i]!.startedAt.getTime() - runs[i - 1]!.startedAt.getTime()).toBeGreaterThanOrEqual(
          everyMs,
        );
      expect(runs.at(-1)!.result).toEqual({ n: runs.length });
      const s = await scheduleOf(name);
      expect(s).toMatchObject({ leaseUntil: null, lastOutcome: 'ok', consecutiveFailures: 0 });
    }
    // On PostgreSQL both workers took part (on PGlite one connection serialises them: either may win).
    const workers = new Set((await database.db.select().from(jobRuns)).map((r) => r.worker));
    if (engine === 'postgres') expect([...workers].sort()).toEqual(['host-a:1:aaa', 'host-b:2:bbb']);
  }, 30_000);

  it('a run longer than its lease keeps it by renewing it: the other runner waits', async () => {
    let runs = 0;
    const slow: Job = {
      name: 'slow-renewed',
      everyMs: 60_000,
      run: async () => {
        runs++;
        await sleep(1_000);
      },
    };
    await ensureSchedules(database.db, [slow], new Date(Date.now() - 60_000));
    const a = start({ database, logger: silent, jobs: [slow], tickMs: 10, leaseMs: 400, workerId: 'a' });
    await waitFor('the run to start', () => runs === 1);
    const b = start({
      database: other,
      logger: silent,
      jobs: [slow],
      tickMs: 10,
      leaseMs: 400,
      workerId: 'b',
    });
    await sleep(1_200);
    await Promise.all([a.stop(), b.stop()]);
    expect(runs).toBe(1);
    expect((await runsOf('slow-renewed')).map((r) => [r.worker, r.outcome])).toEqual([['a', 'ok']]);
  });

  it('a runner that dies mid-run leaves its lease to expire: the next one marks the run abandoned and runs the job', async () => {
    let release!: () => void;
    let started = false;
    const hung: Job = {
      name: 'crashy',
      everyMs: 60_000,
      run: () => {
        started = true;
        return new Promise<void>((r) => {
          release = r;
        });
      },
    };
    await ensureSchedules(database.db, [hung], new Date(Date.now() - 60_000));
    const dying = start({
      database,
      logger: silent,
      jobs: [hung],
      tickMs: 10,
      leaseMs: 150,
      stopTimeoutMs: 20,
      workerId: 'dying:1:x',
    });
    await waitFor('the hung run', () => started);
    // Stopping gives up after 20 ms and stops renewing the lease, as a killed process would.
    await dying.stop();
    let reruns = 0;
    const healthy: Job = { name: 'crashy', everyMs: 60_000, run: async () => void reruns++ };
    const { logger, lines } = capturedLogger();
    const next = start({
      database: other,
      logger,
      jobs: [healthy],
      tickMs: 10,
      leaseMs: 150,
      workerId: 'next:2:y',
    });
    await waitFor('the re-run', async () => (await runsOf('crashy')).some((r) => r.outcome === 'ok'));
    await next.stop();
    expect(reruns).toBe(1);
    const runs = await runsOf('crashy');
    expect(runs.map((r) => [r.worker, r.outcome, r.attempt])).toEqual([
      ['dying:1:x', 'abandoned', 1],
      ['next:2:y', 'ok', 2],
    ]);
    expect(runs[0]!.error).toContain('next:2:y');
    expect(lines.some((l) => l.msg === 'job run abandoned' && l.worker === 'dying:1:x')).toBe(true);
    // The dead run finishing late changes nothing: its lease is gone.
    release();
    await sleep(50);
    expect((await runsOf('crashy')).map((r) => r.outcome)).toEqual(['abandoned', 'ok']);
    expect(await scheduleOf('crashy')).toMatchObject({
      lastOutcome: 'ok',
      consecutiveFailures: 0,
      leaseUntil: null,
    });
  });

  it('a failing job backs off, alerts once per streak at three failures, and recovers', async () => {
    const clock = fixedClock('2026-11-21T12:00:00Z');
    const { logger, lines } = capturedLogger();
    let failing = true;
    let calls = 0;
    const flaky: Job = {
      name: 'flaky',
      everyMs: 3_600_000,
      run: async () => {
        calls++;
        if (failing) throw new Error(`upstream refused (${calls})`);
        return 'fine';
      },
    };
    await ensureSchedules(database.db, [flaky], clock.now());
    await makeJobDue(database.db, { name: 'flaky', now: clock.now() });
    const alertMails = () =>
      database.db.select().from(mailOutbox).where(eq(mailOutbox.template, 'platform.job-failing'));
    start({
      database,
      logger,
      jobs: [flaky],
      tickMs: 10,
      now: () => clock.now(),
      random: () => 0,
      alerts: {
        mailer: createMailer({ clock }),
        to: 'ops@reloop.example',
        consoleUrl: 'http://reloop.test/console/jobs',
      },
    });
    const afterRun = async (n: number) => {
      await waitFor(`run ${n}`, async () => (await runsOf('flaky')).filter((r) => r.finishedAt).length === n);
      return scheduleOf('flaky');
    };
    const t0 = clock.now().getTime();
    // 30 s, then 60 s, then 120 s after each failure; nothing runs before.
    expect((await afterRun(1)).nextRunAt.getTime()).toBe(t0 + 30_000);
    await sleep(60);
    expect(calls).toBe(1);
    clock.advance(30_000);
    expect((await afterRun(2)).nextRunAt.getTime()).toBe(t0 + 30_000 + 60_000);
    expect(await alertMails()).toHaveLength(0);
    clock.advance(60_000);
    const third = await afterRun(3);
    expect(third).toMatchObject({ consecutiveFailures: 3, lastOutcome: 'failed' });
    expect(third.alertedAt).toEqual(clock.now());
    expect(third.lastError).toContain('upstream refused (3)');
    const [mail] = await alertMails();
    expect(mail).toMatchObject({
      toAddress: 'ops@reloop.example',
      subject: 'Reloop job flaky keeps failing',
    });
    expect(mail!.textBody).toContain('failed 3 times in a row');
    expect(mail!.textBody).toContain('http://reloop.test/console/jobs');
    expect(lines.filter((l) => l.alert === true)).toMatchObject([{ job: 'flaky', failures: 3, level: 50 }]);
    expect(await metricsRegistry.getSingleMetricAsString('reloop_job_failing')).toContain('job="flaky"} 1');
    // A fourth failure in the same streak: no second alert.
    clock.advance(120_000);
    expect((await afterRun(4)).consecutiveFailures).toBe(4);
    expect(await alertMails()).toHaveLength(1);
    // Success resets the streak; the next streak alerts again.
    failing = false;
    clock.advance(240_000);
    const recovered = await afterRun(5);
    expect(recovered).toMatchObject({
      consecutiveFailures: 0,
      lastOutcome: 'ok',
      alertedAt: null,
      lastError: null,
    });
    expect(recovered.nextRunAt.getTime()).toBe(clock.now().getTime() + 3_600_000);
    expect(await metricsRegistry.getSingleMetricAsString('reloop_job_failing')).toContain('job="flaky"} 0');
    failing = true;
    for (const n of [6, 7, 8]) {
      await makeJobDue(database.db, { name: 'flaky', now: clock.now() });
      await afterRun(n);
    }
    expect(await alertMails()).toHaveLength(2);
    expect((await runsOf('flaky')).map((r) => [r.outcome, r.attempt])).toEqual([
      ['failed', 1],
      ['failed', 2],
      ['failed', 3],
      ['failed', 4],
      ['ok', 5],
      ['failed', 1],
      ['failed', 2],
      ['failed', 3],
    ]);
  });

  it('stop() waits for the run in flight, which is recorded', async () => {
    let started = false;
    let finished = false;
    const job: Job = {
      name: 'stopping',
      everyMs: 60_000,
      run: async () => {
        started = true;
        await sleep(300);
        finished = true;
        return { done: true };
      },
    };
    await ensureSchedules(database.db, [job], new Date(Date.now() - 60_000));
    const r = start({ database, logger: silent, jobs: [job], tickMs: 10 });
    await waitFor('the run', () => started);
    await r.stop();
    expect(finished).toBe(true);
    expect(await runsOf('stopping')).toMatchObject([{ outcome: 'ok', result: { done: true } }]);
  });

  it('"run now" during a run is kept; running a job at once records it and throws its error', async () => {
    let runs = 0;
    const job: Job = {
      name: 'on-demand',
      everyMs: 3_600_000,
      run: async () => {
        runs++;
        await sleep(100);
      },
    };
    await ensureSchedules(database.db, [job], new Date(Date.now() - 3_600_000));
    const r = start({ database, logger: silent, jobs: [job], tickMs: 10 });
    await waitFor('the first run', () => runs === 1);
    await makeJobDue(database.db, { name: 'on-demand', now: new Date() });
    await waitFor('the requested run', () => runs === 2);
    await r.stop();
    expect((await runsOf('on-demand')).map((x) => x.outcome)).toEqual(['ok', 'ok']);

    const boom: Job = { name: 'dev-run', everyMs: 3_600_000, run: () => Promise.reject(new Error('boom')) };
    await expect(runJobNow({ database, logger: silent }, boom)).rejects.toThrow('boom');
    await runJobNow({ database, logger: silent }, { ...boom, run: async () => 42 });
    expect((await runsOf('dev-run')).map((x) => [x.outcome, x.attempt, x.result])).toEqual([
      ['failed', 1, null],
      ['ok', 2, 42],
    ]);
  });

  it('schedules follow the code: a new job appears, a shorter interval brings the next run forward', async () => {
    const now = new Date('2026-11-21T12:00:00Z');
    await ensureSchedules(database.db, [{ name: 'resized', everyMs: 3_600_000 }], now);
    expect((await scheduleOf('resized')).nextRunAt).toEqual(new Date('2026-11-21T13:00:00Z'));
    await ensureSchedules(database.db, [{ name: 'resized', everyMs: 600_000 }], now);
    expect(await scheduleOf('resized')).toMatchObject({
      everyMs: 600_000,
      nextRunAt: new Date('2026-11-21T12:10:00Z'),
    });
    await ensureSchedules(database.db, [{ name: 'resized', everyMs: 7_200_000 }], now);
    expect(await scheduleOf('resized')).toMatchObject({
      everyMs: 7_200_000,
      nextRunAt: new Date('2026-11-21T12:10:00Z'),
    });
  });
});
