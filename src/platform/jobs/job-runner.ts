import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { Mailer } from '../mail/mailer.ts';
import { jobFailing, jobRunSeconds, jobRunsTotal } from '../observability/metrics.ts';
import type { Job } from './job.ts';
import { jobAlertMail } from './job-alert.ts';
import {
  ALERT_AFTER_FAILURES,
  nextRunAt,
  runErrorText,
  runResultRecord,
  shouldAlert,
} from './job-schedule.rules.ts';
import { jobSchedules } from './jobs.schema.ts';
import { type ClaimedRun, claimJob, ensureSchedules, finishRun, renewLease } from './jobs.store.ts';

export type JobRunnerOptions = {
  database: Database;
  logger: Logger;
  jobs: Job[];
  /** Who runs: hostname:pid:random unless given. */
  workerId?: string;
  /** How often the runner looks for a due job (ms). */
  tickMs?: number;
  /** How long a claim holds without renewal; renewed every third of it while the run lasts. */
  leaseMs?: number;
  /** Runs at once in this process (a long job does not hold the others back). */
  maxConcurrent?: number;
  /** How long `stop()` waits for the runs in flight. */
  stopTimeoutMs?: number;
  /** The time schedules and runs are kept in (the platform's clock). */
  now?: () => Date;
  /** Spreads retries (0 ≤ r < 1). */
  random?: () => number;
  /** Who is emailed when a job keeps failing (OPS_ALERT_EMAIL), through the mail outbox. */
  alerts?: { mailer: Mailer; to: string | undefined; consoleUrl: string };
};

export type JobRunner = { workerId: string; stop(): Promise<void> };

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

const DEFAULTS = { tickMs: 1_000, leaseMs: 60_000, maxConcurrent: 8, stopTimeoutMs: 10_000 };
const FAILING_REFRESH_MS = 15_000;

type Settings = Required<Omit<JobRunnerOptions, 'alerts' | 'workerId'>> &
  Pick<JobRunnerOptions, 'alerts'> & { workerId: string };

function settingsOf(o: JobRunnerOptions): Settings {
  return {
    ...DEFAULTS,
    now: () => new Date(),
    random: Math.random,
    ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
    workerId: o.workerId ?? newWorkerId(),
  } as Settings;
}

/**
 * Runs a claimed job: renews its lease while it runs, then records the outcome, the next run and,
 * when the job keeps failing, the alert (log line and email) in one transaction. Never throws for
 * the job's own failure; returns it.
 */
async function execute(
  s: Settings,
  job: Job,
  claim: ClaimedRun,
  heartbeats: Set<NodeJS.Timeout>,
): Promise<{ ok: boolean; error?: unknown }> {
  const { database, logger, workerId } = s;
  if (claim.abandoned) {
    jobRunsTotal.inc({ job: job.name, outcome: 'abandoned' });
    logger.warn(
      { job: job.name, run: claim.abandoned.runId, worker: claim.abandoned.worker },
      'job run abandoned',
    );
  }
  const heartbeat = setInterval(
    () =>
      void renewLease(database.db, { job: job.name, runId: claim.runId, now: s.now(), leaseMs: s.leaseMs })
        .then((held) => held || logger.warn({ job: job.name, run: claim.runId }, 'job lease lost'))
        .catch((err) => logger.warn({ job: job.name, err }, 'job lease not renewed')),
    Math.max(10, Math.floor(s.leaseMs / 3)),
  );
  heartbeats.add(heartbeat);
  const started = performance.now();
  let result: unknown;
  let error: unknown;
  let ok = true;
  try {
    result = await job.run();
  } catch (err) {
    ok = false;
    error = err;
  } finally {
    clearInterval(heartbeat);
    heartbeats.delete(heartbeat);
  }
  const ms = performance.now() - started;
  jobRunsTotal.inc({ job: job.name, outcome: ok ? 'ok' : 'failed' });
  jobRunSeconds.observe({ job: job.name }, ms / 1000);
  const finishedAt = s.now();
  const failures = ok ? 0 : claim.failures + 1;
  const alert = !ok && shouldAlert(failures, claim.alerted);
  const errorText = ok ? null : runErrorText(error);
  try {
    const released = await database.db.transaction(async (tx) => {
      const done = await finishRun(tx, claim, {
        outcome: ok ? 'ok' : 'failed',
        finishedAt,
        nextRunAt: nextRunAt({
          startedAt: claim.startedAt,
          finishedAt,
          everyMs: claim.everyMs,
          failures,
          jitter: s.random(),
        }),
        failures,
        error: errorText,
        result: ok ? runResultRecord(result) : null,
        alert,
      });
      if (done && alert && s.alerts?.to)
        await s.alerts.mailer.send(
          tx,
          jobAlertMail({
            to: s.alerts.to,
            job: job.name,
            failures,
            worker: workerId,
            error: errorText ?? '',
            link: s.alerts.consoleUrl,
          }),
        );
      return done;
    });
    jobFailing.set({ job: job.name }, failures >= ALERT_AFTER_FAILURES ? 1 : 0);
    if (!released)
      logger.warn({ job: job.name, run: claim.runId }, 'job finished after its lease was taken over');
    else if (alert)
      logger.error(
        { job: job.name, failures, alert: true, err: error },
        'job keeps failing: operators alerted',
      );
  } catch (err) {
    // Unrecorded: the lease expires and the next claim marks the run abandoned.
    logger.error({ job: job.name, run: claim.runId, err }, 'job outcome not recorded');
  }
  const fields = { job: job.name, run: claim.runId, attempt: claim.failures + 1, ms: Math.round(ms) };
  if (ok) logger.info({ ...fields, result }, 'job done');
  else logger.error({ ...fields, err: error }, 'job failed');
  return ok ? { ok } : { ok, error };
}

/**
 * Recurring jobs shared by every process running this (each `worker` on PostgreSQL, `serve` on
 * PGlite): each tick claims due jobs from `job_schedules` (FOR UPDATE SKIP LOCKED, then a lease),
 * so each due run happens in one process, once; every run is recorded in `job_runs`. A process
 * killed mid-run stops renewing its lease: when it expires, the next claimer marks the run
 * abandoned and runs the job (docs/decisions/0017-durable-jobs.md).
 */
export function startJobRunner(options: JobRunnerOptions): JobRunner {
  const s = settingsOf(options);
  const byName = new Map(s.jobs.map((j) => [j.name, j]));
  const inFlight = new Map<string, Promise<unknown>>();
  const heartbeats = new Set<NodeJS.Timeout>();
  let scheduled = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let failingReadAt = 0;
  let ticking: Promise<void> = Promise.resolve();

  const refreshFailing = async () => {
    if (Date.now() - failingReadAt < FAILING_REFRESH_MS) return;
    failingReadAt = Date.now();
    const rows = await s.database.db
      .select({ name: jobSchedules.name, failures: jobSchedules.consecutiveFailures })
      .from(jobSchedules);
    for (const r of rows)
      if (byName.has(r.name)) jobFailing.set({ job: r.name }, r.failures >= ALERT_AFTER_FAILURES ? 1 : 0);
  };

  const tick = async () => {
    if (!scheduled) {
      await ensureSchedules(s.database.db, s.jobs, s.now());
      scheduled = true;
    }
    while (!stopped && inFlight.size < s.maxConcurrent) {
      const names = [...byName.keys()].filter((n) => !inFlight.has(n));
      const claim = await claimJob(s.database.db, {
        names,
        worker: s.workerId,
        now: s.now(),
        leaseMs: s.leaseMs,
      });
      if (!claim) break;
      const job = byName.get(claim.job)!;
      inFlight.set(
        claim.job,
        execute(s, job, claim, heartbeats).finally(() => inFlight.delete(claim.job)),
      );
    }
    await refreshFailing();
  };

  const loop = () => {
    ticking = tick()
      .catch((err) => s.logger.error({ err, worker: s.workerId }, 'job runner tick failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, s.tickMs);
      });
  };
  timer = setTimeout(loop, 0);
  s.logger.info({ worker: s.workerId, jobs: s.jobs.length }, 'job runner started');

  return {
    workerId: s.workerId,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      let bound: NodeJS.Timeout | undefined;
      // The tick in progress may still claim one more run: wait for it, then for every run.
      const drained = ticking.then(() => Promise.allSettled(inFlight.values()));
      const gaveUp = await Promise.race([
        drained.then(() => false),
        new Promise<boolean>((r) => {
          bound = setTimeout(() => r(true), s.stopTimeoutMs);
        }),
      ]);
      clearTimeout(bound);
      if (gaveUp) {
        // As if the process died now: the leases expire and another worker takes the jobs over.
        for (const h of heartbeats) clearInterval(h);
        heartbeats.clear();
        s.logger.warn(
          { worker: s.workerId, running: [...inFlight.keys()] },
          'job runner stopped with runs in flight',
        );
      } else s.logger.info({ worker: s.workerId }, 'job runner stopped');
    },
  };
}

/**
 * Run one job now, here, and wait for it (the development tools' "run now"): recorded like any
 * run; waits for a run of it elsewhere to finish first. Throws the job's own error.
 */
export async function runJobNow(
  options: Omit<JobRunnerOptions, 'jobs'>,
  job: Job,
  waitMs = 60_000,
): Promise<void> {
  const s = settingsOf({ ...options, jobs: [job] });
  await ensureSchedules(s.database.db, [job], s.now());
  const deadline = Date.now() + waitMs;
  for (;;) {
    const claim = await claimJob(s.database.db, {
      names: [job.name],
      worker: s.workerId,
      now: s.now(),
      leaseMs: s.leaseMs,
      force: true,
    });
    if (claim) {
      const r = await execute(s, job, claim, new Set());
      if (!r.ok) throw r.error;
      return;
    }
    if (Date.now() > deadline) throw new Error(`Job ${job.name} is still running elsewhere`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
