import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { OnboardingDeps } from '../seller-onboarding/onboarding.deps.ts';
import { noticeRecipients } from '../seller-onboarding/seller-notices.ts';
import { suspendSeller } from '../seller-onboarding/suspend-seller.ts';
import { recordQualityReview } from '../sellers/seller-quality.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import { reviewPending } from './quality.rules.ts';
import { qualityEmails } from './quality-emails.ts';

export const QUALITY_REVIEW_OUTCOMES = {
  no_action: 'No action: the rates are explained (e.g. a carrier strike)',
  warned: 'Warn the seller by email',
  suspended: 'Suspend the seller (statement of reasons)',
} as const;
export type QualityReviewOutcome = keyof typeof QUALITY_REVIEW_OUTCOMES;

export const ZQualityReviewInputSchema = z
  .strictObject({
    outcome: z.enum(Object.keys(QUALITY_REVIEW_OUTCOMES) as [QualityReviewOutcome], {
      error: 'choose an outcome',
    }),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').default(''),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== 'no_action' && v.note === '')
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'is required: the seller reads it (facts and what to change)',
      });
  });

/**
 * An operator's decision on a seller flagged by the quality job. `warned` emails the note;
 * `suspended` suspends the seller for its quality rates (statement of reasons, offers
 * unpublished, see suspend-seller.ts) with the note as the facts. The review is recorded on the
 * seller and in the audit log; the flag itself stays until the rates are back within.
 */
export async function reviewQualityFlag(
  deps: OnboardingDeps,
  a: { operatorId: number; sellerId: number; input: unknown },
): Promise<void> {
  const input = parseOrThrow(ZQualityReviewInputSchema, a.input);
  const seller = await findSeller(deps.db, a.sellerId);
  if (!seller) throw AppError.notFound('Seller');
  if (!reviewPending(seller))
    throw new AppError('CONFLICT', 'This seller has no quality flag waiting for a review');
  if (input.outcome === 'suspended') {
    await suspendSeller(deps, {
      operatorId: a.operatorId,
      sellerId: seller.id,
      input: { reason: 'quality_criteria', details: input.note },
    });
  }
  const { recipients } =
    input.outcome === 'warned' ? await noticeRecipients(deps.db, seller) : { recipients: [] };
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await recordQualityReview(
      { db: tx },
      { sellerId: seller.id, outcome: input.outcome, note: input.note || null, at: now },
    );
    await recordAudit(tx, {
      action: 'seller.quality_reviewed',
      at: now,
      actorUserId: a.operatorId,
      details: { sellerId: seller.id, outcome: input.outcome },
      before: {
        qualityReviewedAt: seller.qualityReviewedAt,
        qualityReviewOutcome: seller.qualityReviewOutcome,
        qualityReviewNote: seller.qualityReviewNote,
        status: seller.status,
      },
      after: {
        qualityReviewedAt: now,
        qualityReviewOutcome: input.outcome,
        qualityReviewNote: input.note || null,
        status: input.outcome === 'suspended' ? 'suspended' : seller.status,
      },
    });
    for (const to of recipients) {
      await deps.mailer.send(
        tx,
        qualityEmails.warned(to.locale, to.email, {
          shopName: seller.name,
          note: input.note,
          link: deps.siteUrl(`/seller/${seller.id}`),
        }),
      );
    }
  });
}
