/** Pages of the seller portal's extras: webhooks and their delivery log, CSV imports (the team: team.pages.ts). */
import { html, raw } from 'hono/html';
import type { DeliveryLogRow, WebhookSummary } from '../../../modules/seller-webhooks/seller-webhooks.ts';
import { WEBHOOK_EVENTS } from '../../../modules/seller-webhooks/seller-webhooks.ts';
import { MARKETS } from '../../../platform/markets.ts';
import { type FormState, field } from '../../forms.ts';
import type { Html } from '../../layout.ts';
import {
  csrfInput,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from '../seller-layout.ts';

export type ExtraSection = 'webhooks' | 'imports' | 'team';

/** The extras' own navigation (the portal's main navigation does not list them). */
export function extraNav(v: SellerView, current: ExtraSection): Html {
  const base = sellerBase(v.sellerId);
  const items: Array<[ExtraSection | 'api-keys', string, string]> = [
    ['api-keys', 'API keys', '/api-keys'],
    ['webhooks', 'Webhooks', '/webhooks'],
    ['imports', 'CSV imports', '/imports'],
    ['team', 'Team', '/team'],
  ];
  return html`<nav class="seller-subnav" aria-label="Integrations and team"><ul>${items.map(
    ([key, label, path]) =>
      html`<li><a href="${base}${path}"${key === current ? raw(' aria-current="page"') : ''}>${label}</a></li>`,
  )}</ul></nav>`;
}

export const notice = (done?: string) => (done ? html`<p class="notice" role="status">${done}</p>` : '');

// Webhooks ----------------------------------------------------------------------------------------

const EVENT_HELP: Record<string, string> = {
  'order.created': 'a paid order with your offers arrives',
  'order_line.updated': 'an order line changes state (accepted, shipped, cancelled, refunded…)',
  'listing.buybox_changed': 'one of your listings wins or loses the buybox',
};

export function webhooksPage(
  v: SellerView,
  a: {
    hooks: WebhookSummary[];
    deliveries: DeliveryLogRow[];
    form: FormState;
    created?: { url: string; secret: string };
    done?: string;
  },
): Html {
  const base = sellerBase(v.sellerId);
  const checked = (e: string) => (a.form.values[`event_${e}`] ? raw(' checked') : '');
  const eventsError = a.form.errors.find((e) => e.field === 'events')?.message;
  return sellerPage(
    'Webhooks',
    v,
    html`<h1>Webhooks</h1>
${extraNav(v, 'webhooks')}
<p>Reloop POSTs a JSON event to your endpoint when something happens. Each request carries
<code>Reloop-Event</code>, <code>Reloop-Delivery</code> (the same on retries: deduplicate on it) and
<code>Reloop-Signature: t=&lt;unix time&gt;,v1=&lt;hex HMAC-SHA256 of “t.body” with your secret&gt;</code>.
Answer with a 2xx status within 5 seconds; otherwise the delivery is retried after 1, 2, 4… minutes (at most 6 hours apart), 10 times in all.</p>
${notice(a.done)}
${
  a.created
    ? html`<div class="notice token-once" role="status">
<p><strong>Webhook for ${a.created.url} created.</strong> Copy its signing secret now: it is shown only once.</p>
<p><label for="new-secret">Signing secret</label><input id="new-secret" class="token" type="text" readonly value="${a.created.secret}"></p>
</div>`
    : ''
}
${sellerErrorSummary(a.form, { url: 'Endpoint URL', events: 'Events' })}
<section class="panel" aria-labelledby="wh-create-h"><h2 id="wh-create-h">Add an endpoint</h2>
<form method="post" action="${base}/webhooks" novalidate>${csrfInput(v.csrf)}
${field(a.form, { name: 'url', label: 'Endpoint URL', type: 'url', required: true, maxlength: 2000, hint: 'https:// (http:// only for localhost while developing).' })}
<fieldset class="field" id="f-events"${eventsError ? raw(' aria-describedby="f-events-error"') : ''}><legend>Events</legend>
${eventsError ? html`<span class="error" id="f-events-error">Events: ${eventsError}</span>` : ''}
${WEBHOOK_EVENTS.map(
  (e) =>
    html`<div class="checkbox"><input type="checkbox" id="ev-${e}" name="event_${e}" value="on"${checked(e)}><label for="ev-${e}"><code>${e}</code> — ${EVENT_HELP[e]}</label></div>`,
)}
</fieldset>
<button type="submit">Add the endpoint</button>
</form></section>
<section class="panel" aria-labelledby="wh-list-h"><h2 id="wh-list-h">Your endpoints</h2>
${
  a.hooks.length === 0
    ? html`<p class="empty">No webhook yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">Webhook endpoints</caption>
<thead><tr><th scope="col">Endpoint</th><th scope="col">Events</th><th scope="col">Created</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
<tbody>${a.hooks.map(
        (h) =>
          html`<tr><td><code>${h.url}</code></td><td>${h.events.join(', ')}</td><td>${when(h.createdAt)}</td><td><form method="post" action="${base}/webhooks/${h.id}/delete" class="inline">${csrfInput(v.csrf)}<button type="submit" class="secondary">Delete<span class="visually-hidden"> ${h.url}</span></button></form></td></tr>`,
      )}</tbody></table></div>`
}
</section>
<section class="panel" aria-labelledby="wh-log-h"><h2 id="wh-log-h">Recent deliveries</h2>
${
  a.deliveries.length === 0
    ? html`<p class="empty">Nothing sent yet.</p>`
    : html`<div class="table-scroll"><table class="data-table delivery-log">
<caption class="visually-hidden">Recent deliveries, newest first</caption>
<thead><tr><th scope="col">Delivery</th><th scope="col">Event</th><th scope="col">Endpoint</th><th scope="col">Created</th><th scope="col">Status</th><th scope="col" class="num">Attempts</th><th scope="col">Last answer</th><th scope="col">Next attempt</th></tr></thead>
<tbody>${a.deliveries.map(
        (d) =>
          html`<tr><td>#${d.id}</td><td><code>${d.event}</code></td><td><code>${d.url}</code></td><td>${when(d.createdAt)}</td><td><span class="delivery-status delivery-${d.status}">${d.status}</span></td><td class="num">${d.attempts}</td><td>${d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}</td><td>${d.status === 'pending' || d.status === 'retrying' ? when(d.nextAttemptAt) : '—'}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}

// Imports -----------------------------------------------------------------------------------------

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
${extraNav(v, 'imports')}
<p>Create or update many listings at once from a CSV file (the same format as <code>POST /ws/listings</code>): a header row with at least <code>sku</code>; to create a listing also <code>product_id</code> or <code>ean</code>, <code>grade</code>, <code>price</code>, <code>quantity</code>, <code>shipper_1</code> and <code>shipping_price_1</code>. Up to 15,000 lines.</p>
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
