import type { Db } from '../../platform/db/client.ts';
import type { Market } from '../../platform/markets.ts';
import { ReadCache } from '../../platform/read-cache.ts';
import type { SellerRow } from '../sellers/get-seller.ts';
import { sellersByIds } from '../sellers/sellers.store.ts';
import { presentProduct } from './catalog.present.ts';
import { getProduct, type ProductDetail } from './get-product.ts';
import { productListedMarkets } from './sitemap.read-model.ts';

/** Hot catalog reads shared by the API and the pages, cached per database for a few seconds. */
export type CatalogReads = {
  getProduct(idOrSlug: string, market: Market): Promise<ProductDetail>;
  /** The product API's response body, serialised once per cache period. */
  productJson(idOrSlug: string, market: Market): Promise<string>;
  /** The product with the trader details of every grade's winning seller, for the product page. */
  productPage(idOrSlug: string, market: Market): Promise<ProductDetail & { sellers: Map<number, SellerRow> }>;
  /** The market codes where a product is offered (its hreflang alternates). */
  productMarkets(productId: string): Promise<string[]>;
};

export function createCatalogReads(db: Db, ttlMs: number): CatalogReads {
  const details = new ReadCache<ProductDetail>({ max: 5000, ttlMs });
  const bodies = new ReadCache<string>({ max: 5000, ttlMs });
  const pages = new ReadCache<ProductDetail & { sellers: Map<number, SellerRow> }>({ max: 5000, ttlMs });
  const markets = new ReadCache<string[]>({ max: 5000, ttlMs });
  const reads: CatalogReads = {
    getProduct: (idOrSlug, market) =>
      details.get(`${market.locale}|${idOrSlug}`, () => getProduct({ db, idOrSlug, market })),
    productJson: (idOrSlug, market) =>
      bodies.get(`${market.locale}|${idOrSlug}`, async () =>
        JSON.stringify(presentProduct(await reads.getProduct(idOrSlug, market), market)),
      ),
    productPage: (idOrSlug, market) =>
      pages.get(`${market.locale}|${idOrSlug}`, async () => {
        const detail = await reads.getProduct(idOrSlug, market);
        const winners = detail.grades.flatMap((g) => (g.winner ? [g.winner.sellerId] : []));
        const sellers = await sellersByIds(db, winners);
        return { ...detail, sellers: new Map(sellers.map((s) => [s.id, s])) };
      }),
    productMarkets: (productId) => markets.get(productId, () => productListedMarkets(db, productId)),
  };
  return reads;
}
