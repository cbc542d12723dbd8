/**
 * Erasure and consent records: a browser's consent choices made while signed in lose the link to
 * the person (the choice, its time, version and purposes stay, unattributable, as the record of
 * what was asked and answered). `recipient_activity` (month, market, account id) is left: it feeds
 * the DSA Art. 24(2) figure (a legal obligation, reproducible from it), names nobody once the
 * account is anonymised, and is purged after 13 months by this module's own job.
 */
import { eq } from 'drizzle-orm';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import { consentRecords } from './consent.schema.ts';

export const consentEraser: DataEraser = {
  module: 'consent',
  async erase({ db }, { userId }) {
    const rows = await db
      .update(consentRecords)
      .set({ userId: null })
      .where(eq(consentRecords.userId, userId))
      .returning({ id: consentRecords.id });
    return { tallies: [tally('consent_records', { anonymised: rows.length })], held: [] };
  },
};
