import { and, count, eq, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { offers } from '../offers/offers.schema.ts';
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
  const [c] = await db
    .select({ n: count() })
    .from(offers)
    .where(and(eq(offers.sellerId, seller.id), eq(offers.published, true), gt(offers.quantity, 0)));
  return { ...seller, liveOffers: c?.n ?? 0 };
}
