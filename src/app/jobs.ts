import { sql } from 'drizzle-orm';
import { type JobRunner, type JobRunnerOptions, startJobRunner } from '../platform/jobs/job-runner.ts';
import { purgeJobRunsJob } from '../platform/jobs/purge-job-runs.ts';
import type { Job } from '../platform/jobs.ts';
import { deliverOutbox } from '../platform/mail/deliver-outbox.ts';
import { LogTransport, type MailTransport, SmtpTransport } from '../platform/mail/mail-transport.ts';
import { PostgresRateLimitStore } from '../platform/rate-limit/postgres-rate-limit-store.ts';
import { purgeRateLimitCountersJob } from '../platform/rate-limit/purge-rate-limit-counters.ts';
import type { Deps } from './deps.ts';
import { MODULES } from './modules.ts';

function mailTransport(deps: Deps): MailTransport {
  const { SMTP_URL, MAIL_FROM } = deps.config;
  return SMTP_URL
    ? new SmtpTransport({ transport: SMTP_URL, from: MAIL_FROM })
    : new LogTransport({ logger: deps.logger });
}

/** The platform's own jobs (mail, counters, job runs, statistics). */
function platformJobs(deps: Deps): Job[] {
  const transport = mailTransport(deps);
  return [
    {
      name: 'deliver-mail',
      everyMs: 5_000,
      run: () => deliverOutbox({ db: deps.db, transport, clock: deps.clock, logger: deps.logger }),
    },
    purgeJobRunsJob(deps.db, () => deps.clock.now()),
    ...(deps.config.REDIS_URL
      ? []
      : [purgeRateLimitCountersJob(new PostgresRateLimitStore(deps.db), deps.clock)]),
    // PGlite runs no autovacuum: without fresh statistics the planner scans whole tables.
    ...(deps.database.engine === 'pglite'
      ? [{ name: 'analyze', everyMs: 6 * 3_600_000, run: () => deps.database.rows(sql`ANALYZE`) }]
      : []),
  ];
}

/** Every recurring job: the platform's and each module's; `serve` (PGlite) or `worker` (PostgreSQL) runs them. */
export function jobsFor(deps: Deps): Job[] {
  return [...platformJobs(deps), ...MODULES.flatMap((m) => m.jobs?.(deps) ?? [])];
}

/** What the job runner takes from the deps: for `worker` and `serve` (main.ts) and /dev's "run now". */
export function jobRunnerOptions(deps: Deps): Omit<JobRunnerOptions, 'jobs'> {
  return {
    database: deps.database,
    logger: deps.logger,
    now: () => deps.clock.now(),
    alerts: {
      mailer: deps.mailer,
      to: deps.config.OPS_ALERT_EMAIL,
      consoleUrl: deps.siteUrl('/console/jobs'),
    },
  };
}

/** Start running every job in this process, shared with every other process doing the same. */
export function startJobs(deps: Deps): JobRunner {
  return startJobRunner({ ...jobRunnerOptions(deps), jobs: jobsFor(deps) });
}
