/**
 * The seller portal's decisions page: the statements of reasons addressed to the route's seller
 * (compliance's list-decisions.ts), for its members.
 */
import type { Deps } from '../../app/deps.ts';
import { readerStorefront } from '../../modules/accounts/recipient-locale.ts';
import { complaintPath, marketZone } from '../../modules/compliance/dsa-links.ts';
import { listSellerDecisions } from '../../modules/compliance/list-decisions.ts';
import { findSeller } from '../../modules/sellers/sellers.store.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http/app.ts';
import { sellerDecisionsPage } from './decisions.pages.ts';
import { portalView, S, SELLER_PORTAL_RULE } from './portal.ts';

export function registerSellerDecisionRoutes(app: App, deps: Deps): void {
  const view = portalView(deps);
  app.get(`${S}/decisions`, SELLER_PORTAL_RULE, async (c) => {
    const v = await view(c, 'decisions');
    const seller = await findSeller(deps.db, v.sellerId);
    if (!seller) throw AppError.notFound('Seller');
    const decisions = await listSellerDecisions(deps.db, {
      sellerId: seller.id,
      now: deps.clock.now(),
      timeZone: marketZone(seller.country),
    });
    const storefront = readerStorefront(v.locale, seller.country);
    return c.html(sellerDecisionsPage(v, decisions, (id) => complaintPath(storefront, id)));
  });
}
