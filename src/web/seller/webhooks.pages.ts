/** The seller portal's webhooks page: endpoints, their signing secret (shown once) and the delivery log. */
import { html, raw } from 'hono/html';
import type { DeliveryLogRow, WebhookSummary } from '../../modules/seller-webhooks/seller-webhooks.ts';
import { WEBHOOK_EVENTS } from '../../modules/seller-webhooks/seller-webhooks.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  count,
  csrfInput,
  integrationsNav,
  notice,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

const EVENT_HELP: Record<string, MessageKey> = {
  'order.created': 'portal.webhooks.help.orderCreated',
  'order_line.updated': 'portal.webhooks.help.orderLineUpdated',
  'listing.buybox_changed': 'portal.webhooks.help.buyboxChanged',
};

/** The headers every delivery carries (their names are code, not words to translate). */
const HEADERS = {
  event: 'Reloop-Event',
  delivery: 'Reloop-Delivery',
  signature: 'Reloop-Signature: t=…,v1=…',
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
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const checked = (e: string) => (a.form.values[`event_${e}`] ? raw(' checked') : '');
  const eventsError = a.form.errors.find((e) => e.field === 'events')?.message;
  const eventsLabel = t('portal.webhooks.events');
  return sellerPage(
    t('portal.nav.webhooks'),
    v,
    html`<h1>${t('portal.nav.webhooks')}</h1>
${integrationsNav(v, 'webhooks')}
<p>${t('portal.webhooks.intro')}</p>
<ul>
<li><code>${HEADERS.event}</code>: ${t('portal.webhooks.headerEvent')}</li>
<li><code>${HEADERS.delivery}</code>: ${t('portal.webhooks.headerDelivery')}</li>
<li><code>${HEADERS.signature}</code>: ${t('portal.webhooks.headerSignature', { t: 't', v1: 'v1' })}</li>
</ul>
<p>${t('portal.webhooks.retries')}</p>
${notice(a.done)}
${
  a.created
    ? html`<div class="notice token-once" role="status">
<p><strong>${t('portal.webhooks.created', { url: a.created.url })}</strong> ${t('portal.webhooks.copyNow')}</p>
<p><label for="new-secret">${t('portal.webhooks.secret')}</label><input id="new-secret" class="token" type="text" readonly value="${a.created.secret}"></p>
</div>`
    : ''
}
${sellerErrorSummary(a.form, { url: t('portal.webhooks.url'), events: eventsLabel }, t)}
<section class="panel" aria-labelledby="wh-create-h"><h2 id="wh-create-h">${t('portal.webhooks.add')}</h2>
<form method="post" action="${base}/webhooks" novalidate>${csrfInput(v.csrf)}
${field(a.form, { name: 'url', label: t('portal.webhooks.url'), type: 'url', required: true, maxlength: 2000, hint: t('portal.webhooks.urlHint') })}
<fieldset class="field" id="f-events"${eventsError ? raw(' aria-describedby="f-events-error"') : ''}><legend>${eventsLabel}</legend>
${eventsError ? html`<span class="error" id="f-events-error">${eventsLabel}: ${eventsError}</span>` : ''}
${WEBHOOK_EVENTS.map(
  (e) =>
    html`<div class="checkbox"><input type="checkbox" id="ev-${e}" name="event_${e}" value="on"${checked(e)}><label for="ev-${e}"><code>${e}</code> — ${t(EVENT_HELP[e]!)}</label></div>`,
)}
</fieldset>
<button type="submit">${t('portal.webhooks.addButton')}</button>
</form></section>
<section class="panel" aria-labelledby="wh-list-h"><h2 id="wh-list-h">${t('portal.webhooks.yours')}</h2>
${
  a.hooks.length === 0
    ? html`<p class="empty">${t('portal.webhooks.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.webhooks.caption')}</caption>
<thead><tr><th scope="col">${t('portal.webhooks.endpoint')}</th><th scope="col">${eventsLabel}</th><th scope="col">${t('portal.money.created')}</th><th scope="col"><span class="visually-hidden">${t('portal.action')}</span></th></tr></thead>
<tbody>${a.hooks.map(
        (h) =>
          html`<tr><td><code>${h.url}</code></td><td>${h.events.join(', ')}</td><td>${when(h.createdAt, v.locale)}</td><td><form method="post" action="${base}/webhooks/${h.id}/delete" class="inline">${csrfInput(v.csrf)}<button type="submit" class="secondary">${t('portal.webhooks.delete')}<span class="visually-hidden"> ${h.url}</span></button></form></td></tr>`,
      )}</tbody></table></div>`
}
</section>
<section class="panel" aria-labelledby="wh-log-h"><h2 id="wh-log-h">${t('portal.webhooks.deliveries')}</h2>
${
  a.deliveries.length === 0
    ? html`<p class="empty">${t('portal.webhooks.noDelivery')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table delivery-log">
<caption class="visually-hidden">${t('portal.webhooks.deliveriesCaption')}</caption>
<thead><tr><th scope="col">${t('portal.webhooks.delivery')}</th><th scope="col">${t('portal.webhooks.event')}</th><th scope="col">${t('portal.webhooks.endpoint')}</th><th scope="col">${t('portal.money.created')}</th><th scope="col">${t('portal.dashboard.status')}</th><th scope="col" class="num">${t('portal.webhooks.attempts')}</th><th scope="col">${t('portal.webhooks.lastAnswer')}</th><th scope="col">${t('portal.webhooks.nextAttempt')}</th></tr></thead>
<tbody>${a.deliveries.map(
        (d) =>
          html`<tr><td>#${d.id}</td><td><code>${d.event}</code></td><td><code>${d.url}</code></td><td>${when(d.createdAt, v.locale)}</td><td><span class="delivery-status delivery-${d.status}">${t('portal.webhooks.status', { status: d.status })}</span></td><td class="num">${count(d.attempts, v.locale)}</td><td>${d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}</td><td>${d.status === 'pending' || d.status === 'retrying' ? when(d.nextAttemptAt, v.locale) : '—'}</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}
