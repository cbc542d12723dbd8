import { asc, isNotNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { SellerRow } from '../seller-onboarding/onboarding.store.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { type QualityFlag, qualityFlags, reviewPending } from './quality.rules.ts';

export type FlaggedSeller = {
  seller: Pick<
    SellerRow,
    'id' | 'name' | 'slug' | 'status' | 'qualityFlaggedAt' | 'qualityReviewedAt' | 'qualityReviewOutcome'
  >;
  flags: QualityFlag[];
  pending: boolean;
};

/** Sellers flagged by the quality job: those waiting for a review first, oldest flag first. */
export async function flaggedSellers(db: Db): Promise<FlaggedSeller[]> {
  const rows = await db
    .select()
    .from(sellers)
    .where(isNotNull(sellers.qualityFlaggedAt))
    .orderBy(asc(sellers.qualityFlaggedAt), asc(sellers.id));
  return rows
    .map((s) => ({ seller: s, flags: qualityFlags(s), pending: reviewPending(s) }))
    .sort((a, b) => Number(b.pending) - Number(a.pending));
}
