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
  const base = sellerBase(v.sellerId);
  const canManage = a.canManage ?? true;
  return sellerPage(
    'API keys',
    v,
    html`<h1>API keys</h1>
<p>Keys let your tools use the seller API (compatible with Back Market’s): send <code>Authorization: Basic &lt;key&gt;</code>. <a href="/api/docs">API documentation</a>.</p>
${a.done ? html`<p class="notice" role="status">${a.done}</p>` : ''}
${
  a.created
    ? html`<div class="notice token-once" role="status">
<p><strong>Key “${a.created.name}” created.</strong> Copy it now: it is shown only once and cannot be recovered.</p>
<p><label for="new-token">Your new key</label><input id="new-token" class="token" type="text" readonly value="${a.created.token}"></p>
</div>`
    : ''
}
${sellerErrorSummary(a.form, { name: 'Name' })}
${
  canManage
    ? html`<section class="panel" aria-labelledby="create-h"><h2 id="create-h">Create a key</h2>
<form method="post" action="${base}/api-keys" novalidate>${csrfInput(v.csrf)}
<input type="hidden" name="intent" value="create">
${field(a.form, { name: 'name', label: 'Name', required: true, maxlength: 80, hint: 'What uses it, e.g. “Stock sync”.' })}
<button type="submit">Create the key</button>
</form></section>`
    : html`<p class="notice">Only owners, and staff an owner allows on the Team page, create and revoke keys.</p>`
}
<section class="panel" aria-labelledby="keys-h"><h2 id="keys-h">Your keys</h2>
${
  a.keys.length === 0
    ? html`<p class="empty">No key yet.</p>`
    : html`<div class="table-scroll"><table class="data-table">
<caption class="visually-hidden">API keys</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
<tbody>${a.keys.map(
        (k) =>
          html`<tr><td>${k.name}</td><td><code>${k.prefix}…</code></td><td>${when(k.createdAt)}</td><td>${when(k.lastUsedAt)}</td><td>${k.revokedAt ? html`Revoked ${when(k.revokedAt)}` : 'Active'}</td><td>${
            k.revokedAt || !canManage
              ? ''
              : html`<form method="post" action="${base}/api-keys" class="inline">${csrfInput(v.csrf)}<input type="hidden" name="intent" value="revoke"><input type="hidden" name="keyId" value="${k.id}"><button type="submit" class="secondary">Revoke<span class="visually-hidden"> ${k.name}</span></button></form>`
          }</td></tr>`,
      )}</tbody></table></div>`
}
</section>`,
  );
}
