import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.ts';
import { parseOrThrow } from '../../../platform/validation.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import type { AccountsDeps, RequestMeta } from '../accounts.deps.ts';
import { businessProfiles } from '../accounts.schema.ts';
import { findUser } from '../accounts.store.ts';
import { ZBusinessSignUpInputSchema } from '../accounts.types.ts';
import { verifyCompany } from '../business-identity.ts';
import { assertOperatorMayActOn } from './operator-authority.ts';

const ZCompanySchema = ZBusinessSignUpInputSchema.pick({
  legalName: true,
  addressLine: true,
  postalCode: true,
  city: true,
  country: true,
  vatNumber: true,
}).extend({ note: z.string().trim().min(1, 'say why the company details change').max(2000) });

/**
 * Support changes a Reloop Pro company's address or VAT number (customers cannot: the seeds make
 * it an operator action). A new VAT number goes through the same checks as at sign-up.
 */
export async function updateBusinessProfile(
  deps: AccountsDeps,
  a: { operatorId: number; userId: number; input: unknown; meta: RequestMeta },
): Promise<void> {
  const input = parseOrThrow(ZCompanySchema, a.input);
  const user = await findUser(deps.db, a.userId);
  const [current] = await deps.db
    .select()
    .from(businessProfiles)
    .where(eq(businessProfiles.userId, a.userId));
  if (!user || !current) throw AppError.notFound('Business account');
  await assertOperatorMayActOn(deps.db, { operatorId: a.operatorId, subjectId: user.id });
  const sameVat = (input.vatNumber ?? '').replace(/[\s.-]/g, '').toUpperCase() === (current.vatNumber ?? '');
  const company = sameVat
    ? {
        ...input,
        vatNumber: current.vatNumber,
        vatVerifiedAt: current.vatVerifiedAt,
        vatConsultationRef: current.vatConsultationRef,
        vatVerifiedBy: current.vatVerifiedBy,
      }
    : await verifyCompany(deps, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(businessProfiles)
      .set({
        legalName: company.legalName,
        addressLine: company.addressLine,
        postalCode: company.postalCode,
        city: company.city,
        country: company.country,
        vatNumber: company.vatNumber,
        vatVerifiedAt: company.vatVerifiedAt,
        vatConsultationRef: company.vatConsultationRef,
        vatVerifiedBy: company.vatVerifiedBy,
        // A new number was just verified valid (verifyCompany refuses any other answer).
        vatCheckResult: sameVat ? current.vatCheckResult : null,
      })
      .where(eq(businessProfiles.userId, a.userId));
    await recordAudit(tx, {
      action: 'account.business_profile_changed',
      at: now,
      actorUserId: a.operatorId,
      subjectUserId: a.userId,
      ip: a.meta.ip,
      details: { note: input.note },
      before: companySnapshot(current),
      after: companySnapshot(company),
    });
  });
}

const companySnapshot = (c: {
  legalName: string;
  addressLine: string;
  postalCode: string;
  city: string;
  country: string;
  vatNumber: string | null;
  vatVerifiedAt: Date | null;
}) => ({
  legalName: c.legalName,
  addressLine: c.addressLine,
  postalCode: c.postalCode,
  city: c.city,
  country: c.country,
  vatNumber: c.vatNumber,
  vatVerifiedAt: c.vatVerifiedAt,
});
