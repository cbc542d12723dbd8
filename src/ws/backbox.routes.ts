/**
 * BackBox (buybox) data for the seller's own listings:
 * - GET /ws/backbox/v1/competitors/{listingId}: one `Competitor` per market the listing is priced
 *   in — its price and floor, the winner's price, whether it wins, and its price to win;
 * - GET /ws/listings_bi: per online listing of the Accept-Language market — whether it has the
 *   buybox, the price to win it ("red price"), whether another listing of the seller wins.
 * The price to win is the highest price at which the listing would rank first, all else equal
 * (buybox.rules); for a listing that is offline it is computed as if it were online. When no
 * positive price can win (its shipping alone costs more than the winner), it is "0.00".
 * `Backbox.current` is required by the reference without a definition: always true here.
 */
import { computeBuybox, groupByBuybox } from '../modules/offers/buybox.rules.ts';
import type { Grade } from '../modules/offers/grades.ts';
import { loadOfferRows, loadProductMarketOfferRows } from '../modules/offers/offer-candidates.read-model.ts';
import { findOwnOffer, offerMarkets } from '../modules/offers/offers.store.ts';
import { listSellerListings } from '../modules/seller-api/seller-listings.read-model.ts';
import { AppError } from '../platform/errors.ts';
import { PUBLIC } from '../platform/http/access.ts';
import type { App } from '../platform/http/app.ts';
import { marketByCode } from '../platform/markets.ts';
import { formatAmount, toApiMoney } from '../platform/money.ts';
import { wsAuthOf } from './ws-auth.ts';
import type { WsContext } from './ws-context.ts';
import { pageEnvelope, pageParams } from './ws-http.ts';
import { legacyProductNumber, listingUuid, offerIdFromListingRef } from './ws-ids.ts';
import { PRODUCT_CONDITION } from './ws-present.ts';

export function registerBackboxRoutes(app: App, ctx: WsContext): void {
  const { deps } = ctx;
  const { db } = deps;

  app.get('/ws/backbox/v1/competitors/:listingId', PUBLIC, async (c) => {
    const { sellerId } = wsAuthOf(c);
    const offerId = offerIdFromListingRef(c.req.param('listingId'));
    const offer = offerId === null ? null : await findOwnOffer(db, sellerId, offerId);
    if (!offer) throw AppError.notFound('Listing');
    const markets = await offerMarkets(db, offer.id);
    const out = [];
    for (const market of markets) {
      const rows = (await loadProductMarketOfferRows(db, offer.productId, market)).filter(
        (r) => r.grade === offer.grade,
      );
      const self = rows.find((r) => r.offerId === offer.id);
      if (!self) continue;
      const actual = computeBuybox(rows);
      // As if this listing were online, to tell an offline listing what it would take to win.
      const online = computeBuybox(
        rows.map((r) =>
          r.offerId === offer.id ? { ...r, quantity: Math.max(1, r.quantity), published: true } : r,
        ),
      );
      const mine = online.ranking.find((r) => r.offerId === offer.id);
      const toWin = mine ? (mine.priceToWinMinor ?? (online.ranking.length === 1 ? self.priceMinor : 0)) : 0;
      out.push({
        listing_id: listingUuid(offer.id),
        product_id: offer.productId,
        market: marketByCode(market)?.code ?? market,
        price: toApiMoney(self.priceMinor, self.currency),
        min_price: self.minPriceMinor === null ? null : toApiMoney(self.minPriceMinor, self.currency),
        price_to_win: toApiMoney(toWin, self.currency),
        winner_price: actual.winner ? toApiMoney(actual.winner.priceMinor, self.currency) : null,
        is_winning: actual.winner?.offerId === offer.id,
      });
    }
    return c.json(out);
  });

  app.get('/ws/listings_bi', PUBLIC, async (c) => {
    const { sellerId, market } = wsAuthOf(c);
    const p = pageParams(c);
    const { count, rows } = await listSellerListings(db, {
      sellerId,
      market,
      filter: { publicationState: 2 },
      offset: p.offset,
      limit: p.pageSize,
    });
    const productIds = [...new Set(rows.map((r) => r.offer.productId))];
    const groups = groupByBuybox(await loadOfferRows(db, productIds, [market.code]));
    const results = rows.map((r) => {
      const o = r.offer;
      const group = groups.get(`${o.productId}|${market.code}|${o.grade}`) ?? [];
      const { winner, ranking } = computeBuybox(group);
      const mine = ranking.find((x) => x.offerId === o.id);
      const currency = r.terms!.currency;
      const price = r.terms!.priceMinor;
      const toWin = mine?.priceToWinMinor ?? (ranking.length <= 1 ? price : 0);
      return {
        product: legacyProductNumber(o.productId),
        product_id: o.productId,
        sku: o.sku,
        listing_id: o.id,
        price: Number(formatAmount(price, currency)),
        quantity: o.quantity,
        buybox: winner?.offerId === o.id,
        price_for_buybox: Number(formatAmount(toWin, currency)),
        currency,
        condition: PRODUCT_CONDITION[o.grade as Grade],
        same_merchant_winner: winner !== null && winner.sellerId === sellerId,
        // Required by the reference but undocumented there; every listing reported is current (online).
        current: true,
      };
    });
    return c.json(pageEnvelope(c, deps.siteUrl, p, count, results));
  });
}
