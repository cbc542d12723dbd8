/**
 * The console's jobs page (English only): every recurring job with its interval, next run, last
 * outcome and failures in a row (a "failing" badge at the alert threshold), "run now" for admins,
 * and the latest runs, of all jobs or of one.
 */
import { html, raw } from 'hono/html';
import { ALERT_AFTER_FAILURES } from '../../platform/jobs/job-schedule.rules.ts';
import type { JobRunRow, JobScheduleRow } from '../../platform/jobs/jobs-overview.ts';
import { notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { consoleLayout, csrfInput, t, type Viewer, when } from './console-layout.ts';

export const JOBS_DONE = { requested: 'console.jobs.done.requested' } as const;
export type JobsDone = keyof typeof JOBS_DONE;

const UNITS = [
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1_000 },
] as const;

/** "6 hr", "15 min", "5 sec", "1.2 sec", "40 ms": the largest unit that fits. */
export function durationText(ms: number): string {
  const u = UNITS.find((x) => ms >= x.ms);
  const [value, unit] = u ? [ms / u.ms, u.unit] : [ms, 'millisecond'];
  return new Intl.NumberFormat('en', {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

const outcomeClass = {
  ok: 'status-active',
  failed: 'status-closed',
  abandoned: 'status-submitted',
  running: '',
};

const outcome = (o: JobRunRow['outcome'] | null) =>
  o
    ? html`<span class="status ${outcomeClass[o]}">${t(`console.jobs.outcome.${o}`)}</span>`
    : t('console.none');

function scheduleRow(v: Viewer, j: JobScheduleRow, isAdmin: boolean): Html {
  return html`<tr id="job-${j.name}"><th scope="row"><a href="/console/jobs?job=${encodeURIComponent(j.name)}">${j.name}</a>${
    j.failing ? html` <strong class="status status-closed">${t('console.jobs.failing')}</strong>` : ''
  }</th>
<td>${durationText(j.everyMs)}</td><td>${when(j.nextRunAt)}</td>
<td>${j.runningOn ? html`<span class="status">${t('console.jobs.runningOn', { worker: j.runningOn })}</span> ` : ''}${outcome(j.lastOutcome)}${j.lastFinishedAt ? html`<br><span class="small muted">${when(j.lastFinishedAt)}</span>` : ''}</td>
<td>${j.consecutiveFailures}</td>
${isAdmin ? html`<td><form method="post" action="/console/jobs/${j.name}/run" class="inline">${csrfInput(v.csrf)}<button type="submit" class="secondary">${t('console.jobs.runNow')}</button></form></td>` : ''}</tr>`;
}

function runRow(r: JobRunRow): Html {
  const took = r.finishedAt ? durationText(r.finishedAt.getTime() - r.startedAt.getTime()) : '';
  return html`<tr id="run-${r.id}"><td>${r.job}</td><td>${when(r.startedAt)}</td><td>${when(r.finishedAt)}</td><td>${took}</td><td><code>${r.worker}</code></td><td>${r.attempt}</td><td>${outcome(r.outcome)}</td><td>${r.error ? html`<pre class="small">${r.error}</pre>` : ''}</td></tr>`;
}

export function jobsPage(
  v: Viewer,
  o: { jobs: JobScheduleRow[]; runs: JobRunRow[]; job?: string; done?: JobsDone },
): Html {
  const isAdmin = !!v.actor?.operatorRoles.has('admin');
  const runsTitle = o.job ? t('console.jobs.runsOf', { job: o.job }) : t('console.jobs.runs');
  return consoleLayout(
    t('console.jobs.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.jobs.title')}</h1>
${notice(o.done ? t(JOBS_DONE[o.done]) : undefined)}
<p>${t('console.jobs.intro', { failures: ALERT_AFTER_FAILURES })}</p>
<h2>${t('console.jobs.schedules')}</h2>
${
  o.jobs.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-label="${t('console.jobs.schedules')}">
<thead><tr><th scope="col">${t('console.jobs.col.job')}</th><th scope="col">${t('console.jobs.col.every')}</th><th scope="col">${t('console.jobs.col.next')}</th><th scope="col">${t('console.jobs.col.last')}</th><th scope="col">${t('console.jobs.col.failures')}</th>${isAdmin ? html`<th scope="col">${t('console.jobs.col.action')}</th>` : ''}</tr></thead>
<tbody>${o.jobs.map((j) => scheduleRow(v, j, isAdmin))}</tbody></table></div>`
    : html`<p class="empty">${t('console.jobs.noJobs')}</p>`
}
<h2 id="runs-h">${runsTitle}</h2>
<form class="console-filters" method="get" action="/console/jobs" role="search" aria-labelledby="runs-h">
  <div class="field"><label for="f-job">${t('console.jobs.filter')}</label>
  <select id="f-job" name="job"><option value="">${t('console.jobs.filter.all')}</option>${o.jobs.map(
    (j) => html`<option value="${j.name}"${j.name === o.job ? raw(' selected') : ''}>${j.name}</option>`,
  )}</select></div>
  <button type="submit">${t('console.jobs.filter.show')}</button>
</form>
${
  o.runs.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-label="${runsTitle}">
<thead><tr><th scope="col">${t('console.jobs.col.job')}</th><th scope="col">${t('console.jobs.col.started')}</th><th scope="col">${t('console.jobs.col.finished')}</th><th scope="col">${t('console.jobs.col.duration')}</th><th scope="col">${t('console.jobs.col.worker')}</th><th scope="col">${t('console.jobs.col.attempt')}</th><th scope="col">${t('console.jobs.col.outcome')}</th><th scope="col">${t('console.jobs.col.error')}</th></tr></thead>
<tbody>${o.runs.map(runRow)}</tbody></table></div>`
    : html`<p class="empty">${t('console.jobs.noRuns')}</p>`
}`,
  );
}
