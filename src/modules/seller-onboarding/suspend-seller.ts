import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { statementsOfReasons } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { findSeller, unpublishSellerOffers } from './onboarding.store.ts';
import {
  ALL_MARKETS_SCOPE,
  SELLER_MEASURES,
  SELLER_REDRESS,
  SUSPENSION_REASONS,
  suspensionLasts,
  ZSuspendSellerInputSchema,
} from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';
import { noticeRecipients } from './seller-notices.ts';

/**
 * Trader information found incomplete or inaccurate after onboarding (DSA Art. 30(3)): the seller
 * is suspended until it is corrected. In one transaction: a statement of reasons (Art. 17) is
 * stored, the seller's status becomes 'suspended', all its offers are unpublished and their
 * buyboxes recomputed, and the statement is emailed to the trader and the owners.
 */
export async function suspendSeller(
  deps: OnboardingDeps,
  a: { operatorId: number; sellerId: number; input: unknown },
): Promise<{ statementId: string; unpublishedProducts: number }> {
  const input = parseOrThrow(ZSuspendSellerInputSchema, a.input);
  const seller = await findSeller(deps.db, a.sellerId);
  if (!seller) throw AppError.notFound('Seller');
  if (seller.status !== 'active')
    throw new AppError('CONFLICT', `This seller is ${seller.status}, not active`);
  const reason = SUSPENSION_REASONS[input.reason];
  const { emails, subjectUserId } = await noticeRecipients(deps.db, seller);
  const now = deps.clock.now();
  const ground = `Incompatible with our terms — ${reason.contractual}`;
  return deps.db.transaction(async (tx) => {
    const [sor] = await tx
      .insert(statementsOfReasons)
      .values({
        subjectUserId,
        measure: SELLER_MEASURES.suspension,
        territorialScope: ALL_MARKETS_SCOPE,
        endsAt: null,
        reasonCode: input.reason,
        facts: `Seller #${seller.id} (${seller.name}): ${input.details}`,
        source: 'own_initiative',
        automatedDetection: false,
        automatedDecision: false,
        groundType: 'incompatible_terms',
        legalGround: null,
        contractualGround: reason.contractual,
        explanation: `${reason.label}. ${input.details} The suspension lasts ${suspensionLasts(input.reason)}.`,
        redress: SELLER_REDRESS,
        decidedBy: a.operatorId,
        effectiveAt: now,
        createdAt: now,
      })
      .returning({ id: statementsOfReasons.id });
    const statementId = sor!.id;
    const updated = await tx
      .update(sellers)
      .set({ status: 'suspended', suspensionStatementId: statementId })
      .where(and(eq(sellers.id, seller.id), eq(sellers.status, 'active')))
      .returning({ id: sellers.id });
    if (updated.length === 0) throw new AppError('CONFLICT', 'This seller is no longer active');
    const productIds = await unpublishSellerOffers(tx, seller.id, now);
    await refreshBuybox({ db: tx, productIds });
    await recordAudit(tx, {
      action: 'seller.suspended',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId,
      details: { sellerId: seller.id },
    });
    for (const to of emails) {
      await deps.mailer.send(
        tx,
        onboardingEmails.suspended(to, {
          shopName: seller.name,
          date: now.toISOString().slice(0, 10),
          reason: reason.label,
          details: input.details,
          ground,
          lasts: suspensionLasts(input.reason),
          statementId,
          redress: SELLER_REDRESS,
        }),
      );
    }
    return { statementId, unpublishedProducts: productIds.length };
  });
}
