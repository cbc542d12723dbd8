/**
 * The DSA Transparency Database desk in the console (English only): how many statements of
 * reasons wait, were logged, stored or refused, whether the database's credentials are set, and
 * each refused statement with the database's errors and a button to send it again.
 */
import { html } from 'hono/html';
import {
  type RejectedStatement,
  TDB_STATUSES,
  type TdbStatus,
} from '../../modules/compliance/tdb-overview.ts';
import { notice } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import { consoleLayout, csrfInput, t, type Viewer, when } from './console-layout.ts';

export const TDB_DONE = { resent: 'console.dsa.tdb.done.resent' } as const;
export type TdbDone = keyof typeof TDB_DONE;

const STATUS_LABEL = {
  pending: 'console.dsa.tdb.status.pending',
  logged: 'console.dsa.tdb.status.logged',
  submitted: 'console.dsa.tdb.status.submitted',
  rejected: 'console.dsa.tdb.status.rejected',
} as const satisfies Record<TdbStatus, string>;

export function tdbPage(
  v: Viewer,
  o: {
    counts: Record<TdbStatus, number>;
    rejected: RejectedStatement[];
    credentials: boolean;
    done?: TdbDone;
    error?: string;
  },
): Html {
  return consoleLayout(
    t('console.dsa.tdb.title'),
    v.actor,
    v.csrf,
    html`<h1>${t('console.dsa.tdb.title')}</h1>
${notice(o.done ? t(TDB_DONE[o.done]) : undefined)}
${o.error ? html`<p class="error" role="alert">${o.error}</p>` : ''}
<p>${t('console.dsa.tdb.intro')}</p>
<p class="${o.credentials ? 'notice' : 'notice warning'}">${o.credentials ? t('console.dsa.tdb.credentials.set') : t('console.dsa.tdb.credentials.missing')}</p>
<h2>${t('console.dsa.tdb.countsTitle')}</h2>
<dl class="figures">${TDB_STATUSES.map(
      (s) => html`<div><dt>${t(STATUS_LABEL[s])}</dt><dd id="tdb-count-${s}">${o.counts[s]}</dd></div>`,
    )}</dl>
<h2>${t('console.dsa.tdb.rejectedTitle')}</h2>
${
  o.rejected.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table" aria-label="${t('console.dsa.tdb.rejectedTitle')}">
<thead><tr><th scope="col">${t('console.dsa.tdb.col.puid')}</th><th scope="col">${t('console.dsa.tdb.col.measure')}</th><th scope="col">${t('console.dsa.tdb.col.effective')}</th><th scope="col">${t('console.dsa.tdb.col.attempts')}</th><th scope="col">${t('console.dsa.tdb.col.error')}</th><th scope="col">${t('console.dsa.tdb.col.action')}</th></tr></thead>
<tbody>${o.rejected.map(
        (
          r,
        ) => html`<tr id="tdb-${r.id}"><td><code>${r.puid}</code></td><td>${r.measure}</td><td>${when(r.effectiveAt)}</td><td>${r.attempts}${r.lastAttemptAt ? html`<br><span class="small muted">${when(r.lastAttemptAt)}</span>` : ''}</td><td>${r.error ?? ''}</td>
<td><form method="post" action="/console/dsa/transparency-database/${r.id}/resend">${csrfInput(v.csrf)}<button type="submit">${t('console.dsa.tdb.resend')}</button></form></td></tr>`,
      )}</tbody></table></div>`
    : html`<p class="empty">${t('console.dsa.tdb.noneRejected')}</p>`
}`,
  );
}
