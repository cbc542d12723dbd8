import type { Db } from '../../platform/db/client.ts';
import { refreshBuybox } from './refresh-buybox.ts';

/**
 * Buybox refreshes gathered over many offer writes (a CSV batch): the writes (createOffer,
 * updateOfferTerms) hand their product to `defer` instead of refreshing one by one, and `flush`
 * refreshes every gathered product at once. Whoever opens a batch flushes it.
 */
export type BuyboxBatch = {
  defer: (productId: string) => void;
  flush: () => Promise<void>;
};

export function openBuyboxBatch(db: Db): BuyboxBatch {
  const touched = new Set<string>();
  return {
    defer: (productId) => {
      touched.add(productId);
    },
    flush: async () => {
      if (!touched.size) return;
      const productIds = [...touched];
      touched.clear();
      await refreshBuybox({ db, productIds });
    },
  };
}
