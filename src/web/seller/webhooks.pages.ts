/** The seller portal's webhooks page: endpoints, their signing secret (shown once) and the delivery log. */
import { html, raw } from 'hono/html';
import type { DeliveryLogRow, WebhookSummary } from '../../modules/seller-webhooks/seller-webhooks.ts';
import { WEBHOOK_EVENTS } from '../../modules/seller-webhooks/seller-webhooks.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  csrfInput,
  integrationsNav,
  notice,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

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
${integrationsNav(v, 'webhooks')}
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
