/** The seller portal's CSV import pages: upload a catalog, follow a task's progress, its error report. */
import { html, raw } from 'hono/html';
import { CATALOG_LINES_PER_HOUR } from '../../modules/seller-api/catalog-budget.rules.ts';
import type { Translate } from '../../platform/i18n.ts';
import { MARKETS } from '../../platform/markets.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  count,
  csrfInput,
  integrationsNav,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

export type TaskRow = {
  id: number;
  status: 'pending' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  failed: number;
  createdAt: Date;
  finishedAt: Date | null;
};

const running = (t: { status: string }) => t.status === 'pending' || t.status === 'running';

/** The CSV columns the intro names (code, not words to translate). */
const COLUMNS = {
  sku: 'sku',
  productId: 'product_id',
  ean: 'ean',
  others: 'grade, price, quantity, shipper_1, shipping_price_1',
};

const statusName = (t: Translate, status: string) => t('portal.imports.status', { status });

export function importsPage(v: SellerView, a: { tasks: TaskRow[]; form: FormState }): Html {
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const market = a.form.values.market ?? 'fr-fr';
  const delimiter = a.form.values.delimiter ?? ',';
  const file = t('portal.imports.file');
  return sellerPage(
    t('portal.nav.imports'),
    v,
    html`<h1>${t('portal.nav.imports')}</h1>
${integrationsNav(v, 'imports')}
<p>${t('portal.imports.intro', { endpoint: 'POST /ws/listings' })}
${t('portal.imports.columns', COLUMNS)}
${t('portal.imports.limits', { limit: count(CATALOG_LINES_PER_HOUR, v.locale) })}</p>
${sellerErrorSummary(a.form, { file, market: t('portal.offer.market'), delimiter: t('portal.imports.separator'), catalog: file }, t)}
<section class="panel" aria-labelledby="imp-h"><h2 id="imp-h">${t('portal.imports.importFile')}</h2>
<form method="post" action="${base}/imports" enctype="multipart/form-data" novalidate>${csrfInput(v.csrf)}
<div class="field"><label for="f-file">${file}</label><span class="hint" id="f-file-hint">${t('portal.imports.fileHint')}</span>
<input id="f-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="f-file-hint"></div>
<div class="field"><label for="f-market">${t('portal.imports.market')}</label><select id="f-market" name="market">${MARKETS.map(
      (m) =>
        html`<option value="${m.locale}"${m.locale === market ? raw(' selected') : ''}>${m.name} (${m.locale}, ${m.currency})</option>`,
    )}</select></div>
<div class="field"><label for="f-delimiter">${t('portal.imports.separator')}</label><select id="f-delimiter" name="delimiter">${(
      [
        [',', 'portal.imports.comma'],
        [';', 'portal.imports.semicolon'],
        ['tab', 'portal.imports.tab'],
      ] as const
    ).map(
      ([value, label]) =>
        html`<option value="${value}"${value === delimiter ? raw(' selected') : ''}>${t(label)}</option>`,
    )}</select></div>
<button type="submit">${t('portal.imports.start')}</button>
</form></section>
<section class="panel" aria-labelledby="tasks-h"><h2 id="tasks-h">${t('portal.imports.past')}</h2>
${
  a.tasks.length === 0
    ? html`<p class="empty">${t('portal.imports.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.imports.caption')}</caption>
<thead><tr><th scope="col">${t('portal.imports.import')}</th><th scope="col">${t('portal.imports.started')}</th><th scope="col">${t('portal.dashboard.status')}</th><th scope="col" class="num">${t('portal.imports.lines')}</th><th scope="col" class="num">${t('portal.imports.processed')}</th><th scope="col" class="num">${t('portal.imports.errors')}</th></tr></thead>
<tbody>${a.tasks.map(
        (task) =>
          html`<tr><td><a href="${base}/imports/${task.id}">#${task.id}</a></td><td>${when(task.createdAt, v.locale)}</td><td>${statusName(t, task.status)}</td><td class="num">${count(task.total, v.locale)}</td><td class="num">${count(task.processed, v.locale)}</td><td class="num">${count(task.failed, v.locale)}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}

export function importTaskPage(
  v: SellerView,
  task: TaskRow & { errors: Array<{ line: number; sku?: string; message: string }> },
): Html {
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const live = running(task);
  const shown = task.errors.slice(0, 20);
  const title = t('portal.imports.taskTitle', { id: task.id });
  const processed = count(task.processed, v.locale);
  return sellerPage(
    title,
    v,
    html`<p><a href="${base}/imports">← ${t('portal.nav.imports')}</a></p>
<h1>${title}</h1>
<section class="panel" aria-labelledby="task-h"><h2 id="task-h">${
      live
        ? t('portal.imports.inProgress')
        : task.status === 'done'
          ? t('portal.imports.finished')
          : t('portal.imports.interrupted')
    }</h2>
<p><label for="task-progress">${t('portal.imports.linesProcessed')}</label>
<progress id="task-progress" max="${Math.max(task.total, 1)}" value="${task.processed}">${t('portal.imports.progressOf', { processed, total: count(task.total, v.locale) })}</progress>
<span role="status">${t('portal.imports.progress', { processed, total: task.total, failed: count(task.failed, v.locale) })}</span></p>
${live ? html`<p class="small muted">${t('portal.imports.refreshing')}</p>` : ''}
<dl class="facts"><dt>${t('portal.imports.started')}</dt><dd>${when(task.createdAt, v.locale)}</dd><dt>${t('portal.imports.finishedOn')}</dt><dd>${when(task.finishedAt, v.locale)}</dd><dt>${t('portal.dashboard.status')}</dt><dd>${statusName(t, task.status)}</dd></dl>
${
  live
    ? ''
    : task.errors.length === 0
      ? html`<p class="notice">${t('portal.imports.allApplied')}</p>`
      : html`<p><a href="${base}/imports/${task.id}/errors.csv" download>${t('portal.imports.download', { count: task.errors.length })}</a></p>
<div class="table-scroll" tabindex="0"><table class="data-table">
<caption>${t('portal.imports.firstErrors')}</caption>
<thead><tr><th scope="col" class="num">${t('portal.imports.line')}</th><th scope="col">${t('portal.offer.sku')}</th><th scope="col">${t('portal.imports.problem')}</th></tr></thead>
<tbody>${shown.map((e) => html`<tr><td class="num">${e.line || '—'}</td><td>${e.sku ?? '—'}</td><td>${e.message}</td></tr>`)}</tbody></table></div>`
}
</section>`,
  );
}
