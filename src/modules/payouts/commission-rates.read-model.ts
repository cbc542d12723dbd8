/**
 * Read model — serves: the console's fee settings page (commission overrides with the names of
 * their category or seller) and the category check before a category rate is set.
 * Reads: category_commission_rates, seller_commission_rates (payouts), categories (catalog),
 * sellers (sellers). Never writes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { categories } from '../catalog/catalog.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { categoryCommissionRates, sellerCommissionRates } from './payouts.schema.ts';

type Reader = Pick<Db, 'select'>;

export type CategoryRateRow = { categoryId: number; categoryName: string; rateBp: number };
export type SellerRateRow = { sellerId: number; sellerName: string; rateBp: number };

export async function listCategoryRates(db: Reader): Promise<CategoryRateRow[]> {
  return db
    .select({
      categoryId: categoryCommissionRates.categoryId,
      categoryName: categories.name,
      rateBp: categoryCommissionRates.rateBp,
    })
    .from(categoryCommissionRates)
    .innerJoin(categories, eq(categories.id, categoryCommissionRates.categoryId))
    .orderBy(asc(categories.name));
}

export async function listSellerRates(db: Reader): Promise<SellerRateRow[]> {
  return db
    .select({
      sellerId: sellerCommissionRates.sellerId,
      sellerName: sellers.name,
      rateBp: sellerCommissionRates.rateBp,
    })
    .from(sellerCommissionRates)
    .innerJoin(sellers, eq(sellers.id, sellerCommissionRates.sellerId))
    .orderBy(asc(sellers.name));
}

/** Whether a category of this id exists (read straight from the table, no cache). */
export async function categoryExists(db: Reader, categoryId: number): Promise<boolean> {
  const [cat] = await db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId));
  return !!cat;
}

/** Whether a seller of this id exists (any status). */
export async function sellerExists(db: Reader, sellerId: number): Promise<boolean> {
  const [s] = await db.select({ id: sellers.id }).from(sellers).where(eq(sellers.id, sellerId));
  return !!s;
}
