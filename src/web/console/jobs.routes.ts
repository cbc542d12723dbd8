/**
 * `/console/jobs`: the recurring jobs and their runs, for every operator (a failing job concerns
 * whoever's work it carries: mail, refunds, statements); making one due now is for admins, audited.
 */
import type { Context } from 'hono';
import type { Deps } from '../../app/deps.ts';
import { recordAudit } from '../../modules/audit/record-audit.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App, AppEnv } from '../../platform/http/app.ts';
import { listJobRuns, listJobSchedules } from '../../platform/jobs/jobs-overview.ts';
import { requestJobRun } from '../../platform/jobs/request-job-run.ts';
import { t, type Viewer } from './console-layout.ts';
import { JOBS_DONE, type JobsDone, jobsPage } from './jobs.pages.ts';

type C = Context<AppEnv>;

export const CONSOLE_JOBS_RULES = {
  view: access({ kind: 'operator', roles: ['support', 'moderator', 'compliance'] }),
  run: access({ kind: 'operator', roles: ['admin'] }),
} as const;

const RECENT_RUNS = 100;

export function registerConsoleJobRoutes(app: App, deps: Deps): void {
  const viewer = (c: C): Viewer => ({ actor: c.get('actor') ?? null, csrf: c.get('csrf')?.() ?? '' });

  app.get('/console/jobs', CONSOLE_JOBS_RULES.view, async (c) => {
    const jobs = await listJobSchedules(deps.db, deps.clock.now());
    const asked = c.req.query('job');
    const job = jobs.some((j) => j.name === asked) ? asked : undefined;
    const runs = await listJobRuns(deps.db, { job, limit: RECENT_RUNS });
    const d = c.req.query('done') ?? '';
    return c.html(
      jobsPage(viewer(c), { jobs, runs, job, ...(d in JOBS_DONE ? { done: d as JobsDone } : {}) }),
    );
  });

  app.post('/console/jobs/:name{[a-z0-9-]+}/run', CONSOLE_JOBS_RULES.run, async (c) => {
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHORIZED', t('console.signInToContinue'));
    const name = c.req.param('name');
    await deps.db.transaction(async (tx) => {
      const r = await requestJobRun({ db: tx, clock: deps.clock }, { name });
      await recordAudit(tx, {
        action: 'jobs.run_requested',
        at: deps.clock.now(),
        actorUserId: actor.userId,
        details: { job: name },
        before: { nextRunAt: r.before.nextRunAt.toISOString() },
        after: { nextRunAt: r.after.nextRunAt.toISOString() },
      });
    });
    return c.redirect(`/console/jobs?job=${encodeURIComponent(name)}&done=requested`, 303);
  });
}
