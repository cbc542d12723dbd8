import { html } from 'hono/html';
import type { Deps } from '../../app/deps.ts';
import { jobRunnerOptions, jobsFor } from '../../app/jobs.ts';
import { AppError } from '../../platform/errors.ts';
import { PUBLIC } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { runJobNow } from '../../platform/jobs/job-runner.ts';
import { formFields } from '../ui/request-context.ts';

type Adjustable = { advance?: (ms: number) => void };

/**
 * Development tools (DEV_TOOLS=true, never in production): see the clock, move it forward, run a
 * job now. Browser journeys use them to show what happens 48 hours later.
 */
export function registerDevRoutes(app: App, deps: Deps): void {
  if (!deps.config.DEV_TOOLS || deps.config.NODE_ENV === 'production') return;
  const jobs = jobsFor(deps);
  app.get('/dev', PUBLIC, (c) =>
    c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev tools · Reloop</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><main id="main" class="wrap"><h1>Development tools</h1>
<p>Clock: <strong id="now">${deps.clock.now().toISOString()}</strong></p>
<form method="post" action="/dev/clock/advance"><input type="hidden" name="_csrf" value="${c.get('csrf')()}">
<label for="hours">Advance the clock by (hours)</label> <input id="hours" name="hours" type="number" min="1" max="10000" value="49"> <button type="submit">Advance</button></form>
<h2>Jobs</h2><ul>${jobs.map(
      (j) =>
        html`<li><form method="post" action="/dev/jobs/${j.name}/run" class="inline"><input type="hidden" name="_csrf" value="${c.get('csrf')()}"><button type="submit" class="secondary">Run ${j.name} now</button></form></li>`,
    )}</ul><p><a href="/dev/mail">Local mailbox</a></p></main></body></html>`),
  );
  app.post('/dev/clock/advance', PUBLIC, async (c) => {
    const hours = Number((await formFields(c)).hours);
    if (!Number.isInteger(hours) || hours < 1 || hours > 10_000)
      throw AppError.invalid([{ field: 'hours', message: 'must be a whole number of hours, 1 to 10000' }]);
    const clock = deps.clock as Adjustable;
    if (!clock.advance) throw new AppError('CONFLICT', 'This clock cannot be moved');
    clock.advance(hours * 3_600_000);
    return c.redirect('/dev', 303);
  });
  app.post('/dev/jobs/:name{[a-z-]+}/run', PUBLIC, async (c) => {
    const job = jobs.find((j) => j.name === c.req.param('name'));
    if (!job) throw AppError.notFound('Job');
    // Recorded like any run; waits for a run of it in progress (the in-process runner's) to end.
    await runJobNow(jobRunnerOptions(deps), job);
    return c.redirect('/dev', 303);
  });
}
