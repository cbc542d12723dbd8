/**
 * The seller portal's payout account: the seller's connected account at the payment provider
 * (Stripe Connect, or the sandbox's test account), its status, and the way to connect it. Every
 * route starts with the `sellerMember` rule; connecting is for owners (checked in the handler).
 */
import type { Deps } from '../../app/deps.ts';
import { connectSellerAccount } from '../../modules/seller-payments/connect-seller-account.ts';
import { refreshSellerAccount } from '../../modules/seller-payments/refresh-seller-account.ts';
import { sellerAccount } from '../../modules/seller-payments/seller-payments.store.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import type { MessageKey } from '../../platform/i18n.ts';
import { paymentsAccountPage } from './payments-account.pages.ts';
import { type C, portalView, S, SELLER_PORTAL_RULE, see } from './portal.ts';
import { sellerIdOf } from './seller-view.ts';

const DONE: Record<string, MessageKey> = { returned: 'portal.payments.returned' };

/** Register the portal's payout account page. */
export function registerSellerPaymentsAccountRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);
  const isOwner = (c: C) => c.get('actor')?.sellers.get(sellerIdOf(c)) === 'owner';
  const requireOwner = (c: C) => {
    if (!isOwner(c))
      throw new AppError('FORBIDDEN', 'Only an owner of this seller can connect a payout account');
  };

  const render = async (c: C, extra: { done?: MessageKey; error?: MessageKey } = {}) => {
    const v = await view(c, 'money');
    return paymentsAccountPage(v, {
      account: await sellerAccount(deps.db, sellerIdOf(c), deps.payments.name),
      provider: deps.payments.name,
      canConnect: isOwner(c),
      ...(extra.done ? { done: v.t(extra.done) } : {}),
      ...(extra.error ? { error: v.t(extra.error) } : {}),
    });
  };

  /** Opens (or reuses) the account and sends the owner to the provider's onboarding form. */
  const toOnboarding = async (c: C) => {
    requireOwner(c);
    const path = `/seller/${sellerIdOf(c)}/payments-account`;
    try {
      const { url } = await connectSellerAccount(deps, {
        sellerId: sellerIdOf(c),
        returnUrl: deps.siteUrl(`${path}/return`),
        refreshUrl: deps.siteUrl(`${path}/refresh`),
      });
      return c.redirect(url, 303);
    } catch (e) {
      if (e instanceof AppError && e.code === 'INTERNAL') {
        c.status(503);
        return c.html(await render(c, { error: 'portal.payments.unreachable' }));
      }
      throw e;
    }
  };

  app.get(`${S}/payments-account`, MEMBER, async (c) =>
    c.html(await render(c, ((done) => (done ? { done } : {}))(DONE[c.req.query('done') ?? '']))),
  );

  app.post(`${S}/payments-account/connect`, MEMBER, toOnboarding);

  // The provider's onboarding link expired or was used: make a new one (Stripe's refresh_url).
  app.get(`${S}/payments-account/refresh`, MEMBER, toOnboarding);

  // Back from the provider's form: read the account's status now rather than wait for the webhook.
  app.get(`${S}/payments-account/return`, MEMBER, async (c) => {
    try {
      await refreshSellerAccount(deps, { sellerId: sellerIdOf(c) });
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'INTERNAL')) throw e;
      deps.logger.warn({ err: e, sellerId: sellerIdOf(c) }, 'payout account status not refreshed');
    }
    return see(c, '/payments-account?done=returned');
  });
}
