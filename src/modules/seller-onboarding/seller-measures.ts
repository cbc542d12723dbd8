import type { Db } from '../../platform/db/client.ts';
import { statementsOfReasons } from '../compliance/compliance.schema.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { unpublishSellerOffers } from './onboarding.store.ts';
import { ALL_MARKETS_SCOPE, SELLER_MEASURES, SELLER_REDRESS } from './onboarding.types.ts';

/**
 * The DSA Art. 17 statement of reasons of a measure an operator takes against a seller on
 * Reloop's own initiative, for incompatibility with the seller terms, on every market. Returns
 * its id.
 */
export async function recordSellerStatement(
  tx: Pick<Db, 'insert'>,
  s: {
    seller: { id: number; name: string };
    subjectUserId: number | null;
    measure: keyof typeof SELLER_MEASURES;
    reasonCode: string;
    details: string;
    contractualGround: string;
    explanation: string;
    operatorId: number;
    now: Date;
  },
): Promise<string> {
  const [sor] = await tx
    .insert(statementsOfReasons)
    .values({
      subjectUserId: s.subjectUserId,
      measure: SELLER_MEASURES[s.measure],
      territorialScope: ALL_MARKETS_SCOPE,
      endsAt: null,
      reasonCode: s.reasonCode,
      facts: `Seller #${s.seller.id} (${s.seller.name}): ${s.details}`,
      source: 'own_initiative',
      automatedDetection: false,
      automatedDecision: false,
      groundType: 'incompatible_terms',
      legalGround: null,
      contractualGround: s.contractualGround,
      explanation: s.explanation,
      redress: SELLER_REDRESS,
      decidedBy: s.operatorId,
      effectiveAt: s.now,
      createdAt: s.now,
    })
    .returning({ id: statementsOfReasons.id });
  return sor!.id;
}

/** Unpublish every offer of the seller and recompute the buyboxes they were in. */
export async function withdrawSellerOffers(tx: Db, sellerId: number, now: Date): Promise<string[]> {
  const productIds = await unpublishSellerOffers(tx, sellerId, now);
  await refreshBuybox({ db: tx, productIds, now });
  return productIds;
}
