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

export type ProductDetail = { product: ProductRow; categoryPath: CategoryRow[]; grades: GradeBuybox[] };

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
  const [cats, grades] = await Promise.all([
    allCategories(db),
    getProductBuyboxes({ db, productId: product.id, market }),
  ]);
  return { product, categoryPath: categoryPath(cats, product.categoryId), grades };
}
