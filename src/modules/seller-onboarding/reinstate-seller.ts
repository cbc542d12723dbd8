import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { markSellerReinstated } from '../sellers/mark-seller-reinstated.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { ZReviewNoteSchema } from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';
import { noticeRecipients } from './seller-notices.ts';

/**
 * The corrected trader information was checked: the suspension is lifted and the seller is active
 * and verified again. Offers stay unpublished: the seller publishes them again, after checking
 * them, from the seller portal (suspension does not record which ones were live).
 */
export async function reinstateSeller(
  deps: OnboardingDeps,
  a: { operatorId: number; sellerId: number; input: unknown },
): Promise<void> {
  const { note } = parseOrThrow(ZReviewNoteSchema, a.input);
  const seller = await findSeller(deps.db, a.sellerId);
  if (!seller) throw AppError.notFound('Seller');
  if (seller.status !== 'suspended')
    throw new AppError('CONFLICT', `This seller is ${seller.status}, not suspended`);
  const { recipients } = await noticeRecipients(deps.db, seller);
  await deps.db.transaction(async (tx) => {
    if (!(await markSellerReinstated({ db: tx }, { sellerId: seller.id })))
      throw new AppError('CONFLICT', 'This seller is no longer suspended');
    await recordAudit(tx, {
      action: 'seller.reinstated',
      at: deps.clock.now(),
      actorUserId: a.operatorId,
      details: { sellerId: seller.id },
      before: { status: seller.status, suspensionStatementId: seller.suspensionStatementId },
      after: { status: 'active', suspensionStatementId: null },
    });
    for (const to of recipients) {
      await deps.mailer.send(
        tx,
        onboardingEmails.reinstated(to.locale, to.email, { shopName: seller.name, note }),
      );
    }
  });
}
