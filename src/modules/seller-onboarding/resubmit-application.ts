import { and, eq } from 'drizzle-orm';
import { AppError } from '../../platform/errors.ts';
import { idDocumentKey } from '../../platform/storage.ts';
import { applicationColumns, checkApplication } from './application-input.ts';
import { applicationPagePath } from './apply-as-seller.ts';
import type { OnboardingDeps, UploadedFile } from './onboarding.deps.ts';
import { sellerApplications } from './onboarding.schema.ts';
import { findApplication, findUserContact } from './onboarding.store.ts';
import { onboardingEmails } from './onboarding-emails.ts';

/**
 * The applicant sends corrected data after an operator asked for corrections (DSA Art. 30(3)).
 * Every field is checked again; a new ID document replaces the earlier one, which is then deleted,
 * and without an upload the earlier document stays. The application goes back to 'submitted'.
 */
export async function resubmitApplication(
  deps: OnboardingDeps,
  a: { userId: number; applicationId: number; input: unknown; file: UploadedFile | null },
): Promise<{ applicationId: number }> {
  const app = await findApplication(deps.db, a.applicationId);
  // Someone else's application is reported as missing, not as forbidden: ids are not disclosed.
  if (!app || app.applicantUserId !== a.userId) throw AppError.notFound('Application');
  if (app.status !== 'needs_correction') {
    throw new AppError('CONFLICT', 'This application is not waiting for corrections');
  }
  const user = await findUserContact(deps.db, a.userId);
  if (user?.status !== 'active') throw AppError.notFound('Account');
  const checked = await checkApplication(deps, a.input, a.file, { documentRequired: false });
  const doc = checked.document;
  const key = doc ? idDocumentKey(doc.ext) : null;
  if (doc && key) await deps.storage.put(key, doc.bytes, doc.contentType);
  const now = deps.clock.now();
  try {
    await deps.db.transaction(async (tx) => {
      const updated = await tx
        .update(sellerApplications)
        .set({
          status: 'submitted',
          ...applicationColumns(checked),
          ...(doc && key ? { idDocumentKey: key, idDocumentName: doc.name } : {}),
          selfCertifiedAt: now,
          updatedAt: now,
        })
        .where(and(eq(sellerApplications.id, app.id), eq(sellerApplications.status, 'needs_correction')))
        .returning({ id: sellerApplications.id });
      if (updated.length === 0) {
        throw new AppError('CONFLICT', 'This application is not waiting for corrections');
      }
      await deps.mailer.send(
        tx,
        onboardingEmails.resubmitted(user.locale, user.email, user.name, {
          shopName: checked.shopName,
          link: deps.siteUrl(applicationPagePath(user)),
        }),
      );
    });
  } catch (e) {
    if (key) await deps.storage.delete(key).catch(() => {});
    throw e;
  }
  if (key) await deps.storage.delete(app.idDocumentKey).catch(() => {});
  return { applicationId: app.id };
}
