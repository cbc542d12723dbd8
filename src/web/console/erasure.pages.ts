/**
 * The console user page's erasure section (issue 16): for an erased person, the erasure report
 * (when, why, who asked, what was deleted, anonymised and held) and each legal hold with its
 * reason, end and purge. English, as the whole console.
 */
import { html } from 'hono/html';
import { isErasureDataset } from '../../modules/privacy/data-erasure.types.ts';
import type { ErasureView } from '../../modules/privacy/erasure-view.ts';
import type { Html } from '../ui/layout.ts';
import { t, when } from './console-layout.ts';

const dataset = (d: string) => (isErasureDataset(d) ? t(`privacy.erasure.dataset.${d}`) : d);
const sum = (rows: Array<{ count: number }>) => String(rows.reduce((n, r) => n + r.count, 0));

export function erasureSection(e: ErasureView): Html {
  const { report, holds } = e;
  const done = [
    ...report.deleted.map((r) => ({ ...r, outcome: t('console.privacy.erasure.deleted') })),
    ...report.anonymised.map((r) => ({ ...r, outcome: t('console.privacy.erasure.anonymised') })),
  ];
  return html`<section aria-labelledby="erasure-h"><h2 id="erasure-h">${t('console.privacy.erasure.title')}</h2>
<dl class="specs">
  <dt>${t('console.privacy.erasure.erasedAt')}</dt><dd>${when(report.erasedAt)}</dd>
  <dt>${t('console.privacy.erasure.reason')}</dt><dd>${t(`console.privacy.erasure.reason.${report.reason}`)}</dd>
  <dt>${t('console.privacy.erasure.requestedBy')}</dt><dd>${report.requestedBy ? html`<a href="/console/users/${report.requestedBy}">#${report.requestedBy}</a>` : t('console.privacy.erasure.system')}</dd>
</dl>
<p>${t('console.privacy.erasure.summary', { deleted: sum(report.deleted), anonymised: sum(report.anonymised), held: sum(report.held) })}</p>
${
  done.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table"><caption>${t('console.privacy.erasure.done')}</caption>
<thead><tr><th scope="col">${t('console.privacy.erasure.col.module')}</th><th scope="col">${t('console.privacy.erasure.col.dataset')}</th><th scope="col">${t('console.privacy.erasure.col.outcome')}</th><th scope="col" class="num">${t('console.privacy.erasure.col.count')}</th></tr></thead>
<tbody>${done.map((r) => html`<tr><td>${r.module}</td><td>${dataset(r.dataset)}</td><td>${r.outcome}</td><td class="num">${r.count}</td></tr>`)}</tbody></table></div>`
    : ''
}
${
  holds.length
    ? html`<div class="table-scroll" tabindex="0"><table class="data-table"><caption>${t('console.privacy.erasure.holds')}</caption>
<thead><tr><th scope="col">${t('console.privacy.erasure.col.module')}</th><th scope="col">${t('console.privacy.erasure.col.dataset')}</th><th scope="col">${t('console.privacy.erasure.col.record')}</th><th scope="col">${t('console.privacy.erasure.col.reason')}</th><th scope="col">${t('console.privacy.erasure.col.until')}</th><th scope="col">${t('console.privacy.erasure.col.purged')}</th></tr></thead>
<tbody>${holds.map(
        (h) =>
          html`<tr><td>${h.module}</td><td>${dataset(h.dataset)}</td><td><code>${h.recordRef}</code></td><td>${t(`privacy.erasure.reason.${h.reason}`)}</td><td>${h.until ? when(h.until) : t('console.privacy.erasure.untilClosed')}</td><td>${h.purgedAt ? when(h.purgedAt) : t('console.privacy.erasure.notPurged')}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('console.privacy.erasure.noHold')}</p>`
}
</section>`;
}
