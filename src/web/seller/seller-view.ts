import type { Context } from 'hono';
import { findSeller, type SellerRow } from '../../modules/sellers/sellers.store.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import type { SellerSection, SellerView } from './seller-layout.ts';

/** Rows per page of the portal's lists. */
export const PAGE_SIZE = 50;

/** The route's seller, or 404. */
export async function sellerById(db: Db, sellerId: number): Promise<SellerRow> {
  const s = await findSeller(db, sellerId);
  if (!s) throw AppError.notFound('Seller');
  return s;
}

/** The seller of a `/seller/:sellerId/…` route. */
export const sellerIdOf = (c: Context<AppEnv>) => Number(c.req.param('sellerId'));

/** What every portal page needs: who is signed in, the CSRF token, the seller and the nav section. */
export async function sellerViewOf(c: Context<AppEnv>, db: Db, section: SellerSection): Promise<SellerView> {
  const sellerId = sellerIdOf(c);
  const seller = await sellerById(db, sellerId);
  return {
    actor: c.get('actor') ?? null,
    csrf: c.get('csrf')(),
    sellerId,
    sellerName: seller.name,
    section,
  };
}
