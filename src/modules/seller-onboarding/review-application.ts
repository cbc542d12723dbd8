import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { AppError } from '../../platform/errors.ts';
import { parseOrThrow } from '../../platform/validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { addTeamMember } from '../seller-team/add-team-member.ts';
import { createSeller } from '../sellers/create-seller.ts';
import { applicationPagePath, storefrontBase } from './apply-as-seller.ts';
import type { OnboardingDeps } from './onboarding.deps.ts';
import { sellerApplications } from './onboarding.schema.ts';
import { findApplication, findUserContact, type SellerApplication } from './onboarding.store.ts';
import { ZReviewNoteSchema, ZReviewReasonsSchema } from './onboarding.types.ts';
import { onboardingEmails } from './onboarding-emails.ts';

type Review = { operatorId: number; applicationId: number; input: unknown };

const NOT_PENDING = 'This application is not waiting for a review (someone may have reviewed it already)';

/** The application, if it waits for a review by someone other than its applicant. */
async function pendingApplication(db: Db, operatorId: number, id: number) {
  const app = await findApplication(db, id);
  if (!app) throw AppError.notFound('Application');
  if (app.status !== 'submitted') throw new AppError('CONFLICT', NOT_PENDING);
  if (app.applicantUserId === operatorId) {
    throw new AppError('CONFLICT', 'Operators cannot review their own seller application');
  }
  const user = await findUserContact(db, app.applicantUserId);
  if (!user) throw AppError.notFound('Account');
  return { app, user };
}

/** Move a submitted application to its decision, or fail if another operator got there first. */
async function decide(
  tx: Db,
  app: SellerApplication,
  set: Partial<typeof sellerApplications.$inferInsert>,
): Promise<void> {
  const updated = await tx
    .update(sellerApplications)
    .set(set)
    .where(and(eq(sellerApplications.id, app.id), eq(sellerApplications.status, 'submitted')))
    .returning({ id: sellerApplications.id });
  if (updated.length === 0) throw new AppError('CONFLICT', NOT_PENDING);
  await recordAudit(tx, {
    action: DECISION_AUDIT[set.status as keyof typeof DECISION_AUDIT],
    at: set.reviewedAt ?? new Date(),
    actorUserId: set.reviewerId ?? null,
    subjectUserId: app.applicantUserId,
    details: { applicationId: app.id },
    before: { status: app.status, sellerId: app.sellerId, reviewNote: app.reviewNote },
    after: { status: set.status, sellerId: set.sellerId ?? app.sellerId, reviewNote: set.reviewNote ?? null },
  });
}

const DECISION_AUDIT = {
  approved: 'seller.application_approved',
  rejected: 'seller.application_rejected',
  needs_correction: 'seller.application_correction_requested',
} as const;

/**
 * Approve: the trader information was checked (DSA Art. 30(2)). The seller organisation is
 * created verified and active with the application's trader details and payout account, under a
 * unique slug from the shop name, and the applicant becomes its owner.
 */
export async function approveApplication(
  deps: OnboardingDeps,
  a: Review,
): Promise<{ sellerId: number; slug: string }> {
  const { note } = parseOrThrow(ZReviewNoteSchema, a.input);
  const { app, user } = await pendingApplication(deps.db, a.operatorId, a.applicationId);
  if (user.status !== 'active') {
    throw new AppError('CONFLICT', 'The applicant’s account is closed: reject the application instead');
  }
  const now = deps.clock.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.db.transaction(async (tx) => {
        const { sellerId, slug } = await createSeller(
          { db: tx, now },
          {
            shopName: app.shopName,
            legalName: app.legalName,
            addressLine: app.addressLine,
            postalCode: app.postalCode,
            city: app.city,
            country: app.country,
            tradeRegister: app.tradeRegister,
            tradeRegisterNumber: app.tradeRegisterNumber,
            vatNumber: app.vatNumber,
            email: app.email,
            phone: app.phone,
            iban: app.iban,
            accountHolder: app.accountHolder,
            verified: true,
          },
        );
        await addTeamMember({ db: tx }, { sellerId, userId: app.applicantUserId, role: 'owner', now });
        await decide(tx, app, {
          status: 'approved',
          sellerId,
          reviewerId: a.operatorId,
          reviewNote: note || null,
          reviewedAt: now,
          updatedAt: now,
        });
        await deps.mailer.send(
          tx,
          onboardingEmails.approved(user.locale, user.email, user.name, {
            shopName: app.shopName,
            slug,
            note,
            link: deps.siteUrl(`${storefrontBase(user)}/s/${slug}`),
          }),
        );
        return { sellerId, slug };
      });
    } catch (e) {
      // Two approvals of shops with the same name at once: the loser takes the next slug.
      if (attempt < 3 && isUniqueViolation(e)) continue;
      throw e;
    }
  }
}

/** Reject with reasons, emailed to the applicant with how to contest; they may apply again later. */
export async function rejectApplication(deps: OnboardingDeps, a: Review): Promise<void> {
  const { reasons } = parseOrThrow(ZReviewReasonsSchema, a.input);
  const { app, user } = await pendingApplication(deps.db, a.operatorId, a.applicationId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await decide(tx, app, {
      status: 'rejected',
      reviewerId: a.operatorId,
      reviewNote: reasons,
      reviewedAt: now,
      updatedAt: now,
    });
    await deps.mailer.send(
      tx,
      onboardingEmails.rejected(user.locale, user.email, user.name, {
        shopName: app.shopName,
        reasons,
        link: deps.siteUrl(applicationPagePath(user)),
      }),
    );
  });
}

/** Ask for corrections (DSA Art. 30(3)): the applicant is told what to fix and may resubmit. */
export async function requestCorrection(deps: OnboardingDeps, a: Review): Promise<void> {
  const { reasons } = parseOrThrow(ZReviewReasonsSchema, a.input);
  const { app, user } = await pendingApplication(deps.db, a.operatorId, a.applicationId);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await decide(tx, app, {
      status: 'needs_correction',
      reviewerId: a.operatorId,
      reviewNote: reasons,
      reviewedAt: now,
      updatedAt: now,
    });
    await deps.mailer.send(
      tx,
      onboardingEmails.correctionRequested(user.locale, user.email, user.name, {
        shopName: app.shopName,
        reasons,
        link: deps.siteUrl(applicationPagePath(user)),
      }),
    );
  });
}
