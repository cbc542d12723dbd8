import type { Db } from '../../platform/db/client.ts';
import { qualityFlaggedSellers } from '../sellers/seller-quality.ts';
import type { SellerRow } from '../sellers/sellers.store.ts';
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
  const rows = await qualityFlaggedSellers(db);
  return rows
    .map((s) => ({ seller: s, flags: qualityFlags(s), pending: reviewPending(s) }))
    .sort((a, b) => Number(b.pending) - Number(a.pending));
}
