/** The seller portal's payout account page: the seller's connected account and what it allows. */
import { html } from 'hono/html';
import type { SellerPaymentAccount } from '../../modules/seller-payments/seller-payments.store.ts';
import type { Html } from '../ui/layout.ts';
import { csrfInput, notice, type SellerView, sellerBase, sellerPage, when } from './seller-layout.ts';

export type PaymentsAccountPageData = {
  account: SellerPaymentAccount | null;
  provider: 'sandbox' | 'stripe';
  /** Only owners connect an account; staff see its status. */
  canConnect: boolean;
  done?: string;
  error?: string;
};

const PROVIDER_NAME = { sandbox: 'the Reloop sandbox (test mode)', stripe: 'Stripe' } as const;

function status(a: SellerPaymentAccount | null): { label: string; text: string } {
  if (!a) {
    return {
      label: 'Not connected',
      text: 'You have no payout account yet. Your payouts are held until you connect one and it is enabled.',
    };
  }
  if (a.transfersEnabled && a.payoutsEnabled) {
    return { label: 'Enabled', text: 'Your payouts are sent to this account.' };
  }
  if (!a.detailsSubmitted) {
    return {
      label: 'Details needed',
      text: 'Finish the onboarding form to enable the account. Your payouts are held until then.',
    };
  }
  return {
    label: 'Under review',
    text: 'Your details were submitted and are being verified. Your payouts are held until the account is enabled.',
  };
}

export function paymentsAccountPage(v: SellerView, d: PaymentsAccountPageData): Html {
  const base = sellerBase(v.sellerId);
  const s = status(d.account);
  const a = d.account;
  const button = !a
    ? 'Connect a payout account'
    : a.detailsSubmitted
      ? 'Update account details'
      : 'Continue onboarding';
  return sellerPage(
    'Payout account',
    v,
    html`<h1>Payout account</h1>
<p>Reloop collects each payment and sends you your share (minus commission and fees) to your own
account at ${PROVIDER_NAME[d.provider]}, on the payout schedule shown on the <a href="${base}/money">Money</a> page.</p>
${notice(d.done)}
${d.error ? html`<div class="error-summary" role="alert"><p>${d.error}</p></div>` : ''}
<section class="panel" aria-labelledby="pa-status-h"><h2 id="pa-status-h">Status</h2>
<dl class="facts">
  <dt>Status</dt><dd><strong>${s.label}</strong>${a?.testMode ? html` <span class="badge test-mode">Test mode: no real money is sent</span>` : ''}</dd>
  ${
    a
      ? html`<dt>Account</dt><dd><code>${a.accountRef}</code></dd>
  <dt>Can receive transfers</dt><dd>${a.transfersEnabled ? 'Yes' : 'No'}</dd>
  <dt>Can pay out to your bank</dt><dd>${a.payoutsEnabled ? 'Yes' : 'No'}</dd>
  <dt>Last checked</dt><dd>${when(a.updatedAt)}</dd>`
      : ''
  }
</dl>
<p>${s.text}</p>
${
  a && a.requirementsDue.length > 0
    ? html`<h3>Still needed</h3><ul>${a.requirementsDue.map((r) => html`<li><code>${r}</code></li>`)}</ul>`
    : ''
}
</section>
${
  d.canConnect
    ? html`<form method="post" action="${base}/payments-account/connect">${csrfInput(v.csrf)}
<button type="submit">${button}</button>
${d.provider === 'stripe' ? html`<p class="hint">You will continue on Stripe’s secure form and come back here.</p>` : ''}
</form>`
    : html`<p>Only an owner of this seller can connect or change the payout account.</p>`
}`,
  );
}
