/** The seller portal's API keys page: create a key (shown once), list and revoke them. */
import { html } from 'hono/html';
import type { ApiKeySummary } from '../../modules/seller-api/api-keys.ts';
import { type FormState, field } from '../ui/forms.ts';
import type { Html } from '../ui/layout.ts';
import {
  csrfInput,
  type SellerView,
  sellerBase,
  sellerErrorSummary,
  sellerPage,
  when,
} from './seller-layout.ts';

/** The header an integration sends: code, the same in every language. */
const AUTHORIZATION_EXAMPLE = 'Authorization: Basic <key>';

export function apiKeysPage(
  v: SellerView,
  a: {
    keys: ApiKeySummary[];
    form: FormState;
    created?: { token: string; name: string };
    done?: string;
    /** Owners, and staff an owner allowed to, create and revoke keys (default true). */
    canManage?: boolean;
  },
): Html {
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const canManage = a.canManage ?? true;
  return sellerPage(
    t('portal.nav.apiKeys'),
    v,
    html`<h1>${t('portal.nav.apiKeys')}</h1>
<p>${t('portal.apiKeys.intro')} <code>${AUTHORIZATION_EXAMPLE}</code>. <a href="/api/docs">${t('portal.apiKeys.docs')}</a>.</p>
${a.done ? html`<p class="notice" role="status">${a.done}</p>` : ''}
${
  a.created
    ? html`<div class="notice token-once" role="status">
<p><strong>${t('portal.apiKeys.created', { name: a.created.name })}</strong> ${t('portal.apiKeys.copyNow')}</p>
<p><label for="new-token">${t('portal.apiKeys.newKey')}</label><input id="new-token" class="token" type="text" readonly value="${a.created.token}"></p>
</div>`
    : ''
}
${sellerErrorSummary(a.form, { name: t('portal.apiKeys.name') }, t)}
${
  canManage
    ? html`<section class="panel" aria-labelledby="create-h"><h2 id="create-h">${t('portal.apiKeys.create')}</h2>
<form method="post" action="${base}/api-keys" novalidate>${csrfInput(v.csrf)}
<input type="hidden" name="intent" value="create">
${field(a.form, { name: 'name', label: t('portal.apiKeys.name'), required: true, maxlength: 80, hint: t('portal.apiKeys.nameHint') })}
<button type="submit">${t('portal.apiKeys.createButton')}</button>
</form></section>`
    : html`<p class="notice">${t('portal.apiKeys.ownersOnly')}</p>`
}
<section class="panel" aria-labelledby="keys-h"><h2 id="keys-h">${t('portal.apiKeys.yourKeys')}</h2>
${
  a.keys.length === 0
    ? html`<p class="empty">${t('portal.apiKeys.none')}</p>`
    : html`<div class="table-scroll" tabindex="0"><table class="data-table">
<caption class="visually-hidden">${t('portal.nav.apiKeys')}</caption>
<thead><tr><th scope="col">${t('portal.apiKeys.name')}</th><th scope="col">${t('portal.apiKeys.startsWith')}</th><th scope="col">${t('portal.money.created')}</th><th scope="col">${t('portal.apiKeys.lastUsed')}</th><th scope="col">${t('portal.dashboard.status')}</th><th scope="col"><span class="visually-hidden">${t('portal.action')}</span></th></tr></thead>
<tbody>${a.keys.map(
        (k) =>
          html`<tr><td>${k.name}</td><td><code>${k.prefix}…</code></td><td>${when(k.createdAt, v.locale)}</td><td>${when(k.lastUsedAt, v.locale)}</td><td>${k.revokedAt ? html`${t('portal.apiKeys.revokedOn')} ${when(k.revokedAt, v.locale)}` : t('portal.apiKeys.active')}</td><td>${
            k.revokedAt || !canManage
              ? ''
              : html`<form method="post" action="${base}/api-keys" class="inline">${csrfInput(v.csrf)}<input type="hidden" name="intent" value="revoke"><input type="hidden" name="keyId" value="${k.id}"><button type="submit" class="secondary">${t('portal.apiKeys.revoke')}<span class="visually-hidden"> ${k.name}</span></button></form>`
          }</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}
