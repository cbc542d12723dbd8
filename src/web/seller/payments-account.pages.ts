/** The seller portal's payout account page: the seller's connected account and what it allows. */
import { html } from 'hono/html';
import type { SellerPaymentAccount } from '../../modules/seller-payments/seller-payments.store.ts';
import type { MessageKey } from '../../platform/i18n.ts';
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

/** The account's status: its name and what it means for the seller's payouts. */
function status(a: SellerPaymentAccount | null): { label: MessageKey; text: MessageKey } {
  if (!a) return { label: 'portal.payments.notConnected', text: 'portal.payments.notConnectedText' };
  if (a.transfersEnabled && a.payoutsEnabled)
    return { label: 'portal.payments.enabled', text: 'portal.payments.enabledText' };
  if (!a.detailsSubmitted)
    return { label: 'portal.payments.detailsNeeded', text: 'portal.payments.detailsNeededText' };
  return { label: 'portal.payments.underReview', text: 'portal.payments.underReviewText' };
}

export function paymentsAccountPage(v: SellerView, d: PaymentsAccountPageData): Html {
  const { t } = v;
  const base = sellerBase(v.sellerId);
  const s = status(d.account);
  const a = d.account;
  const yesNo = (b: boolean) => (b ? t('portal.yes') : t('portal.no'));
  const button = !a
    ? t('portal.payments.connect')
    : a.detailsSubmitted
      ? t('portal.payments.update')
      : t('portal.payments.continue');
  return sellerPage(
    t('portal.payments.title'),
    v,
    html`<h1>${t('portal.payments.title')}</h1>
<p>${t('portal.payments.intro', { provider: d.provider })} <a href="${base}/money">${t('portal.payments.schedule')}</a>.</p>
${notice(d.done)}
${d.error ? html`<div class="error-summary" role="alert"><p>${d.error}</p></div>` : ''}
<section class="panel" aria-labelledby="pa-status-h"><h2 id="pa-status-h">${t('portal.dashboard.status')}</h2>
<dl class="facts">
  <dt>${t('portal.dashboard.status')}</dt><dd><strong>${t(s.label)}</strong>${a?.testMode ? html` <span class="badge test-mode">${t('portal.payments.testMode')}</span>` : ''}</dd>
  ${
    a
      ? html`<dt>${t('portal.payments.account')}</dt><dd><code>${a.accountRef}</code></dd>
  <dt>${t('portal.payments.transfers')}</dt><dd>${yesNo(a.transfersEnabled)}</dd>
  <dt>${t('portal.payments.payouts')}</dt><dd>${yesNo(a.payoutsEnabled)}</dd>
  <dt>${t('portal.payments.lastChecked')}</dt><dd>${when(a.updatedAt, v.locale)}</dd>`
      : ''
  }
</dl>
<p>${t(s.text)}</p>
${
  a && a.requirementsDue.length > 0
    ? html`<h3>${t('portal.payments.stillNeeded')}</h3><ul>${a.requirementsDue.map((r) => html`<li><code>${r}</code></li>`)}</ul>`
    : ''
}
</section>
${
  d.canConnect
    ? html`<form method="post" action="${base}/payments-account/connect">${csrfInput(v.csrf)}
<button type="submit">${button}</button>
${d.provider === 'stripe' ? html`<p class="hint">${t('portal.payments.stripeHint')}</p>` : ''}
</form>`
    : html`<p>${t('portal.payments.ownerOnly')}</p>`
}`,
  );
}
