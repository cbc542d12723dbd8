import { AppError } from '../../platform/errors.ts';
import { idDocumentKey } from '../../platform/storage.ts';
import { readerStorefront } from '../accounts/recipient-locale.ts';
import { applicationColumns, checkApplication } from './application-input.ts';
import type { OnboardingDeps, UploadedFile } from './onboarding.deps.ts';
import { sellerApplications } from './onboarding.schema.ts';
import { findUserContact, openApplicationOf } from './onboarding.store.ts';
import { onboardingEmails } from './onboarding-emails.ts';

/** The storefront a user's email links open: their market's, in their language (`/nl-be`, `/fr-fr`). */
export function storefrontBase(user: { locale: string; market: string }): string {
  return `/${readerStorefront(user.locale, user.market)}`;
}

/** The applicant's status page, in the storefront of their market and language. */
export function applicationPagePath(user: { locale: string; market: string }): string {
  return `${storefrontBase(user)}/sell`;
}

/**
 * A signed-in user applies to sell (DSA Art. 30(1)): trader identity and contact, ID document,
 * payment account, trade register, VAT number (EU: checked in VIES) and self-certification.
 * The document is stored before the row that points at it; nothing is stored when a check fails.
 * One application at a time per user; the applicant is emailed a receipt.
 */
export async function applyAsSeller(
  deps: OnboardingDeps,
  a: { userId: number; input: unknown; file: UploadedFile | null },
): Promise<{ applicationId: number }> {
  const user = await findUserContact(deps.db, a.userId);
  if (user?.status !== 'active') throw AppError.notFound('Account');
  // The applicant becomes the shop's owner at approval: a role, granted only to a verified address.
  if (!user.emailVerified)
    throw new AppError(
      'NOT_ELIGIBLE',
      'Confirm your email address first (open the link we emailed you), then apply to sell.',
    );
  if (await openApplicationOf(deps.db, a.userId)) {
    throw new AppError('CONFLICT', 'You already have a seller application in progress');
  }
  const checked = await checkApplication(deps, a.input, a.file, { documentRequired: true });
  const doc = checked.document!;
  const key = idDocumentKey(doc.ext);
  await deps.storage.put(key, doc.bytes, doc.contentType);
  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(sellerApplications)
        .values({
          applicantUserId: a.userId,
          status: 'submitted',
          ...applicationColumns(checked),
          idDocumentKey: key,
          idDocumentName: doc.name,
          selfCertifiedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: sellerApplications.id });
      await deps.mailer.send(
        tx,
        onboardingEmails.received(user.locale, user.email, user.name, {
          shopName: checked.shopName,
          link: deps.siteUrl(applicationPagePath(user)),
        }),
      );
      return { applicationId: row!.id };
    });
  } catch (e) {
    await deps.storage.delete(key).catch(() => {});
    throw e;
  }
}
