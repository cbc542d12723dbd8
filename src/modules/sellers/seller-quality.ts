/**
 * The sellers module's side of quality (the quality module measures; sellers store the rates,
 * the flag and the operators' reviews on the seller): the reads the quality job and queue need
 * and the writes they make, so only this module writes the sellers table.
 */
import { asc, eq, isNotNull, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';
import type { SellerRow } from './sellers.store.ts';

export type SellerQualityRates = Pick<
  SellerRow,
  | 'aestheticDefectBp'
  | 'wrongProductBp'
  | 'defectiveProductBp'
  | 'wrongAccessoriesBp'
  | 'lateDeliveryBp'
  | 'cancellationBp'
>;

/** Every seller but the closed ones, by id (the quality job's population). */
export async function openSellers(db: Db): Promise<SellerRow[]> {
  return db.select().from(sellers).where(ne(sellers.status, 'closed')).orderBy(asc(sellers.id));
}

/** Sellers the quality job flagged (reviewed or not), oldest flag first. */
export async function qualityFlaggedSellers(db: Db): Promise<SellerRow[]> {
  return db
    .select()
    .from(sellers)
    .where(isNotNull(sellers.qualityFlaggedAt))
    .orderBy(asc(sellers.qualityFlaggedAt), asc(sellers.id));
}

/**
 * Store measured quality rates and raise or clear the quality flag, in the caller's
 * transaction. The caller refreshes the seller's buyboxes when rates changed (the buybox weighs
 * them: offers/refresh-seller-buyboxes.ts).
 */
export async function updateSellerQuality(
  deps: { db: Db },
  a: { sellerId: number; rates: Partial<SellerQualityRates>; flag: 'raise' | 'clear' | null; now: Date },
): Promise<void> {
  await deps.db
    .update(sellers)
    .set({
      ...a.rates,
      ...(a.flag ? { qualityFlaggedAt: a.flag === 'raise' ? a.now : null } : {}),
    })
    .where(eq(sellers.id, a.sellerId));
}

/** Record an operator's review of the quality flag on the seller, in the caller's transaction. */
export async function recordQualityReview(
  deps: { db: Db },
  a: { sellerId: number; outcome: 'no_action' | 'warned' | 'suspended'; note: string | null; at: Date },
): Promise<void> {
  await deps.db
    .update(sellers)
    .set({ qualityReviewedAt: a.at, qualityReviewOutcome: a.outcome, qualityReviewNote: a.note })
    .where(eq(sellers.id, a.sellerId));
}
