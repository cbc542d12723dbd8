import type { Db } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import { getProduct, type ProductDetail } from './get-product.ts';

/** Hot catalog reads shared by the API and the pages, cached per database for a few seconds. */
export type CatalogReads = { getProduct(idOrSlug: string, market: Market): Promise<ProductDetail> };

export function createCatalogReads(db: Db, ttlMs: number): CatalogReads {
  const products = new ReadCache<ProductDetail>({ max: 5000, ttlMs });
  return {
    getProduct: (idOrSlug, market) =>
      products.get(`${market.code}|${idOrSlug}`, () => getProduct({ db, idOrSlug, market })),
  };
}
