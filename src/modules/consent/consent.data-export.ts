/**
 * "Download my data": the consent choices made while signed in, and the months the person was
 * counted active (DSA Art. 24(2) figure). Audience events carry no identifier (a day's salted hash,
 * the salt deleted after the day): they cannot be tied to anyone, so there is nothing to export.
 */
import { asc, eq } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { consentRecords, recipientActivity } from './consent.schema.ts';

export const consentDataExport: PersonalDataExporter = {
  module: 'consent',
  describe: {
    consent_records:
      'Your cookie and storage choices made while signed in: when, policy version, purposes, withdrawal.',
    active_months: 'The months and markets you were counted as an active recipient (DSA Art. 24(2)).',
  },
  async datasets(db, userId) {
    const records = await db
      .select({
        givenAt: consentRecords.givenAt,
        policyVersion: consentRecords.policyVersion,
        purposes: consentRecords.purposes,
        market: consentRecords.market,
        method: consentRecords.method,
        withdrawnAt: consentRecords.withdrawnAt,
      })
      .from(consentRecords)
      .where(eq(consentRecords.userId, userId))
      .orderBy(asc(consentRecords.givenAt));
    const months = await db
      .select({ month: recipientActivity.month, market: recipientActivity.market })
      .from(recipientActivity)
      .where(eq(recipientActivity.userId, userId))
      .orderBy(asc(recipientActivity.month), asc(recipientActivity.market));
    return { consent_records: records, active_months: months };
  },
};
