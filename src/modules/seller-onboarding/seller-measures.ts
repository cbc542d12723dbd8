import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { type IssuedStatement, issueStatementOfReasons } from '../compliance/issue-statement-of-reasons.ts';
import { SELLER_MEASURES } from './onboarding.types.ts';

/**
 * The DSA Art. 17 statement of reasons of a measure an operator takes against a seller on
 * Reloop's own initiative, for incompatibility with the seller terms, on every market, issued
 * through the compliance module.
 */
export async function recordSellerStatement(
  deps: { db: Db; clock: Clock },
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
): Promise<IssuedStatement> {
  return issueStatementOfReasons(deps, {
    subjectUserId: s.subjectUserId,
    subjectSellerId: s.seller.id,
    measure: SELLER_MEASURES[s.measure],
    endsAt: null,
    reasonCode: s.reasonCode,
    facts: `Seller #${s.seller.id} (${s.seller.name}): ${s.details}`,
    source: 'own_initiative',
    automatedDetection: false,
    automatedDecision: false,
    ground: { type: 'incompatible_terms', contractualGround: s.contractualGround },
    explanation: s.explanation,
    audience: 'seller',
    decidedBy: s.operatorId,
    effectiveAt: s.now,
  });
}
