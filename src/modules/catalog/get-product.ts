import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Market } from '../../platform/markets.ts';
import { type GradeBuybox, getProductBuyboxes } from '../offers/get-product-buyboxes.ts';
import {
  allCategories,
  type CategoryRow,
  categoryPath,
  findProduct,
  type ProductRow,
} from './catalog.store.ts';
import {
  catalogDictionary,
  catalogLanguage,
  localizeAttributes,
  localizeCategories,
  productDescriptionIn,
} from './translations/catalog-content.ts';

export type ProductDetail = { product: ProductRow; categoryPath: CategoryRow[]; grades: GradeBuybox[] };

/**
 * A product with its buyboxes in a market, its category path, attributes and description in the
 * market locale's language (English where a translation is missing).
 */
export async function getProduct({
  db,
  idOrSlug,
  market,
}: {
  db: Db;
  idOrSlug: string;
  market: Market;
}): Promise<ProductDetail> {
  const product = await findProduct(db, idOrSlug);
  if (!product) throw AppError.notFound('Product');
  const language = catalogLanguage(market.locale);
  const [cats, dict, description, grades] = await Promise.all([
    allCategories(db),
    catalogDictionary(db),
    productDescriptionIn(db, product.id, language),
    getProductBuyboxes({ db, productId: product.id, market }),
  ]);
  return {
    product: {
      ...product,
      description: description ?? product.description,
      attributes: localizeAttributes(product.attributes, dict, language),
    },
    categoryPath: localizeCategories(categoryPath(cats, product.categoryId), dict, language),
    grades,
  };
}
