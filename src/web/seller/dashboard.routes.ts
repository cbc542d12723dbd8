/** The seller portal's dashboard: orders per day, buybox win rates, quality, money due. */
import type { Deps } from '../../app/deps.ts';
import { buyboxWinRates } from '../../modules/offers/seller-offers.read-model.ts';
import { ordersPerDay, ordersWaiting } from '../../modules/orders/seller-orders.read-model.ts';
import { amountsDue, nextPayoutEstimates } from '../../modules/payouts/seller-money.read-model.ts';
import { qualityHistory } from '../../modules/quality/quality-history.ts';
import type { App } from '../../platform/http/app.ts';
import { dashboardPage } from './dashboard.pages.ts';
import { portalView, S, SELLER_PORTAL_RULE } from './portal.ts';
import { sellerById } from './seller-view.ts';

/** Register the portal's dashboard (its home page). */
export function registerSellerDashboardRoutes(app: App, deps: Deps): void {
  const MEMBER = SELLER_PORTAL_RULE;
  const view = portalView(deps);

  app.get(S, MEMBER, async (c) => {
    const v = await view(c, 'dashboard');
    const now = deps.clock.now();
    const seller = await sellerById(deps.db, v.sellerId);
    const payout = await nextPayoutEstimates(deps.db, v.sellerId, now);
    return c.html(
      dashboardPage(v, {
        ordersPerDay: await ordersPerDay(deps.db, v.sellerId, now),
        winRates: await buyboxWinRates(deps.db, v.sellerId),
        rates: seller,
        qualityHistory: await qualityHistory(deps.db, v.sellerId, now),
        due: await amountsDue(deps.db, v.sellerId),
        payout,
        openOrders: await ordersWaiting(deps.db, v.sellerId),
      }),
    );
  });
}
