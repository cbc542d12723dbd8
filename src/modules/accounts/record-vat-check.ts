import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { VatVerification } from '../tax/vat-number-verifier.ts';
import { businessProfiles } from './accounts.schema.ts';

export type RecordVatCheckInput = { userId: number; check: VatVerification };

/**
 * Keep a new check of a Reloop Pro company's VAT number on its business profile (when, the answer,
 * the register's consultation number, who answered), as the evidence behind a reverse charge and so
 * checkouts within VAT_REVERIFY_AFTER_DAYS ask nobody again. Only an answer is kept: 'unavailable'
 * changes nothing (the next checkout asks again). A check of a number the profile no longer holds
 * (changed by support meanwhile) changes nothing. True when the profile was updated.
 */
export async function recordVatCheck(deps: { db: Db }, input: RecordVatCheckInput): Promise<boolean> {
  const { check } = input;
  if (check.status === 'unavailable') return false;
  const updated = await deps.db
    .update(businessProfiles)
    .set({
      vatVerifiedAt: check.checkedAt,
      vatCheckResult: check.status,
      vatConsultationRef: check.consultationRef,
      vatVerifiedBy: check.source,
    })
    .where(and(eq(businessProfiles.userId, input.userId), eq(businessProfiles.vatNumber, check.vatNumber)))
    .returning({ userId: businessProfiles.userId });
  return updated.length > 0;
}
