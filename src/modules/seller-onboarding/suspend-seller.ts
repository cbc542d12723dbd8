import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { complaintPath } from '../compliance/dsa-links.ts';
import { withdrawSellerOffers } from '../offers/withdraw-seller-offers.ts';
import { markSellerSuspended } from '../sellers/mark-seller-suspended.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { SUSPENSION_REASONS, suspensionLasts, ZSuspendSellerInputSchema } from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';
import { recordSellerStatement } from './seller-measures.ts';
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
  const { recipients, subjectUserId } = await noticeRecipients(deps.db, seller);
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const statement = await recordSellerStatement(
      { db: tx, clock: deps.clock },
      {
        seller,
        subjectUserId,
        measure: 'suspension',
        reasonCode: input.reason,
        details: input.details,
        contractualGround: reason.contractual,
        explanation: `${reason.label}. ${input.details} The suspension lasts ${suspensionLasts(input.reason)}.`,
        operatorId: a.operatorId,
        now,
      },
    );
    const statementId = statement.id;
    if (!(await markSellerSuspended({ db: tx }, { sellerId: seller.id, statementId })))
      throw new AppError('CONFLICT', 'This seller is no longer active');
    const { productIds } = await withdrawSellerOffers({ db: tx, clock: deps.clock }, { sellerId: seller.id });
    await recordAudit(tx, {
      action: 'seller.suspended',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId,
      details: { sellerId: seller.id, reason: input.reason },
      before: { status: seller.status, suspensionStatementId: seller.suspensionStatementId },
      after: {
        status: 'suspended',
        suspensionStatementId: statementId,
        unpublishedProducts: productIds.length,
      },
    });
    for (const to of recipients) {
      await deps.mailer.send(
        tx,
        onboardingEmails.suspended(to.locale, to.email, {
          shopName: seller.name,
          date: now,
          reason: input.reason,
          details: input.details,
          statementId,
          complaintLink: deps.siteUrl(
            complaintPath(readerStorefront(to.locale, seller.country), statementId),
          ),
        }),
      );
    }
    return { statementId, unpublishedProducts: productIds.length };
  });
}
