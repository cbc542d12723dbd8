import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { liveOfferCount } from '../offers/offers.store.ts';
import { sellers } from './sellers.schema.ts';

export type SellerRow = typeof sellers.$inferSelect;

export async function getSeller({
  db,
  slug,
}: {
  db: Db;
  slug: string;
}): Promise<SellerRow & { liveOffers: number }> {
  const [seller] = await db.select().from(sellers).where(eq(sellers.slug, slug)).limit(1);
  if (!seller || seller.status === 'closed') throw AppError.notFound('Seller');
  return { ...seller, liveOffers: await liveOfferCount(db, seller.id) };
}

/** The seller's commercial return window in days (30 unless the seller chose another). */
export async function sellerReturnWindowDays(db: Db, sellerId: number): Promise<number> {
  const [s] = await db
    .select({ days: sellers.returnWindowDays })
    .from(sellers)
    .where(eq(sellers.id, sellerId))
    .limit(1);
  return s?.days ?? 30;
}
