import type { Context } from 'hono';
import { findSeller, type SellerRow } from '../../modules/sellers/sellers.store.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Actor } from '../../platform/http/actor.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import { readerLocale, translator } from '../../platform/i18n.ts';
import { marketByCode } from '../../platform/markets.ts';
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

/** Sellers of a country with no market of its own read the portal in English. */
const NO_MARKET = { bcp47: 'en-GB' };

/**
 * The locale a seller's portal is read in: the signed-in user's account language, else the
 * language of the seller's country market (readerLocale), in that market's region.
 */
export function portalLocale(actor: Pick<Actor, 'language'> | null, sellerCountry: string): string {
  return readerLocale(actor?.language, marketByCode(sellerCountry) ?? NO_MARKET);
}

/** What every portal page needs: who is signed in, the CSRF token, the seller and the nav section. */
export async function sellerViewOf(c: Context<AppEnv>, db: Db, section: SellerSection): Promise<SellerView> {
  const sellerId = sellerIdOf(c);
  const seller = await sellerById(db, sellerId);
  const actor = c.get('actor') ?? null;
  const locale = portalLocale(actor, seller.country);
  return {
    actor,
    csrf: c.get('csrf')(),
    sellerId,
    sellerName: seller.name,
    section,
    locale,
    t: translator(locale),
  };
}
