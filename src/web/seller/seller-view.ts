import type { Context } from 'hono';
import type { Db } from '../../platform/db/client.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import { sellerById } from './seller.store.ts';
import type { SellerSection, SellerView } from './seller-layout.ts';

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
