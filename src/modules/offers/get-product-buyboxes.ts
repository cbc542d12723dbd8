import type { Db } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { computeBuybox, type RankedOffer } from './buybox.rules.ts';
import { GRADES, type Grade } from './grades.ts';
import { loadProductMarketOfferRows, type OfferRow } from './offer-candidates.read-model.ts';

export type OfferView = OfferRow & { ranked: RankedOffer };
export type GradeBuybox = {
  grade: Grade;
  winner: OfferView | null;
  runnersUp: OfferView[];
  ranking: OfferView[];
};

/** Every grade's buybox for one product in one market, computed live from its offers. */
export async function getProductBuyboxes({
  db,
  productId,
  market,
}: {
  db: Db;
  productId: string;
  market: Market;
}): Promise<GradeBuybox[]> {
  const rows = await loadProductMarketOfferRows(db, productId, market.code);
  return GRADES.map((grade) => {
    const group = rows.filter((r) => r.grade === grade);
    const byId = new Map(group.map((r) => [r.offerId, r]));
    const result = computeBuybox(group);
    const view = (ranked: RankedOffer): OfferView => ({ ...byId.get(ranked.offerId)!, ranked });
    return {
      grade,
      winner: result.winner ? view(result.winner) : null,
      runnersUp: result.runnersUp.map(view),
      ranking: result.ranking.map(view),
    };
  });
}
