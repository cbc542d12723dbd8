/** The seller portal's CSV import pages: upload a catalog, follow a task's progress, its error report. */
import { html, raw } from 'hono/html';
import { MARKETS } from '../../platform/markets.ts';
import type { FormState } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
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

export function importsPage(v: SellerView, a: { tasks: TaskRow[]; form: FormState }): Html {
  const base = sellerBase(v.sellerId);
  const market = a.form.values.market ?? 'fr-fr';
  const delimiter = a.form.values.delimiter ?? ',';
  return sellerPage(
    'CSV imports',
    v,
    html`<h1>CSV imports</h1>
${integrationsNav(v, 'imports')}
<p>Create or update many listings at once from a CSV file (the same format as <code>POST /ws/listings</code>): a header row with at least <code>sku</code>; to create a listing also <code>product_id</code> or <code>ean</code>, <code>grade</code>, <code>price</code>, <code>quantity</code>, <code>shipper_1</code> and <code>shipping_price_1</code>. One import at a time, and at most 2,000 lines an hour for this seller (imports here and through the seller API together).</p>
${sellerErrorSummary(a.form, { file: 'CSV file', market: 'Market', delimiter: 'Separator', catalog: 'CSV file' })}
<section class="panel" aria-labelledby="imp-h"><h2 id="imp-h">Import a file</h2>
<form method="post" action="${base}/imports" enctype="multipart/form-data" novalidate>${csrfInput(v.csrf)}
<div class="field"><label for="f-file">CSV file</label><span class="hint" id="f-file-hint">UTF-8, first line is the header.</span>
<input id="f-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="f-file-hint"></div>
<div class="field"><label for="f-market">Market of prices, comment and shipping</label><select id="f-market" name="market">${MARKETS.map(
      (m) =>
        html`<option value="${m.locale}"${m.locale === market ? raw(' selected') : ''}>${m.name} (${m.locale}, ${m.currency})</option>`,
    )}</select></div>
<div class="field"><label for="f-delimiter">Separator</label><select id="f-delimiter" name="delimiter">${[
      [',', 'Comma ( , )'],
      [';', 'Semicolon ( ; )'],
      ['tab', 'Tab'],
    ].map(
      ([value, label]) =>
        html`<option value="${value}"${value === delimiter ? raw(' selected') : ''}>${label}</option>`,
    )}</select></div>
<button type="submit">Start the import</button>
</form></section>
<section class="panel" aria-labelledby="tasks-h"><h2 id="tasks-h">Past imports</h2>
${
  a.tasks.length === 0
    ? html`<p class="empty">No import yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Imports, newest first</caption>
<thead><tr><th scope="col">Import</th><th scope="col">Started</th><th scope="col">Status</th><th scope="col" class="num">Lines</th><th scope="col" class="num">Processed</th><th scope="col" class="num">Errors</th></tr></thead>
<tbody>${a.tasks.map(
        (t) =>
          html`<tr><td><a href="${base}/imports/${t.id}">#${t.id}</a></td><td>${when(t.createdAt)}</td><td>${t.status}</td><td class="num">${t.total}</td><td class="num">${t.processed}</td><td class="num">${t.failed}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}

export function importTaskPage(
  v: SellerView,
  task: TaskRow & { errors: Array<{ line: number; sku?: string; message: string }> },
): Html {
  const base = sellerBase(v.sellerId);
  const live = running(task);
  const shown = task.errors.slice(0, 20);
  return sellerPage(
    `Import #${task.id}`,
    v,
    html`<p><a href="${base}/imports">← CSV imports</a></p>
<h1>Import #${task.id}</h1>
<section class="panel" aria-labelledby="task-h"><h2 id="task-h">${
      live ? 'In progress' : task.status === 'done' ? 'Finished' : 'Interrupted'
    }</h2>
<p><label for="task-progress">Lines processed</label>
<progress id="task-progress" max="${Math.max(task.total, 1)}" value="${task.processed}">${task.processed} of ${task.total}</progress>
<span role="status">${task.processed} of ${task.total} lines processed, ${task.failed} with errors.</span></p>
${live ? html`<p class="small muted">This page refreshes itself every 2 seconds until the import ends.</p>` : ''}
<dl class="facts"><dt>Started</dt><dd>${when(task.createdAt)}</dd><dt>Finished</dt><dd>${when(task.finishedAt)}</dd><dt>Status</dt><dd>${task.status}</dd></dl>
${
  live
    ? ''
    : task.errors.length === 0
      ? html`<p class="notice">Every line was applied.</p>`
      : html`<p><a href="${base}/imports/${task.id}/errors.csv" download>Download the error report (CSV, ${task.errors.length} ${task.errors.length === 1 ? 'line' : 'lines'})</a></p>
<div class="table-scroll"><table class="data-table">
<caption>First errors</caption>
<thead><tr><th scope="col" class="num">Line</th><th scope="col">SKU</th><th scope="col">Problem</th></tr></thead>
<tbody>${shown.map((e) => html`<tr><td class="num">${e.line || '—'}</td><td>${e.sku ?? '—'}</td><td>${e.message}</td></tr>`)}</tbody></table></div>`
}
</section>`,
  );
}
