/**
 * Erasure of the privacy module's own records about a person: post-mortem directives,
 * restrictions and objections go (they served the account that is going); a data-subject request
 * still being worked is held (its answer is owed, possibly this very erasure's) and anonymised once
 * answered, like an answered one at once — its kind and dates stay, as proof that requests are
 * answered in time (GDPR Art. 5(2)). The erasure reports and legal holds are this module's record
 * of the erasure itself, about an anonymised account: kept.
 */
import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { type DataEraser, erasedEmail, type HeldRecord, tally } from './data-erasure.types.ts';
import { claimHold } from './legal-holds.rules.ts';
import {
  postmortemDirectives,
  privacyRequests,
  processingObjections,
  processingRestrictions,
} from './privacy-requests.schema.ts';

async function anonymiseRequests(db: Db, userId: number, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .update(privacyRequests)
    .set({ name: '', email: erasedEmail(userId), details: '', identityNote: null })
    .where(inArray(privacyRequests.id, ids))
    .returning({ id: privacyRequests.id });
  return rows.length;
}

export const privacyEraser: DataEraser = {
  module: 'privacy',
  async erase({ db }, { userId, email }) {
    const directives = await db
      .delete(postmortemDirectives)
      .where(eq(postmortemDirectives.userId, userId))
      .returning({ id: postmortemDirectives.userId });
    const restrictions = await db
      .delete(processingRestrictions)
      .where(eq(processingRestrictions.userId, userId))
      .returning({ id: processingRestrictions.userId });
    const objections = await db
      .delete(processingObjections)
      .where(eq(processingObjections.userId, userId))
      .returning({ id: processingObjections.userId });
    const requests = await db
      .select({ id: privacyRequests.id, status: privacyRequests.status })
      .from(privacyRequests)
      .where(or(eq(privacyRequests.userId, userId), eq(privacyRequests.email, email)));
    const held: HeldRecord[] = [];
    const done: number[] = [];
    for (const r of requests) {
      const hold = claimHold('privacy_request', r.status);
      if (hold) held.push({ dataset: 'privacy_requests', recordRef: String(r.id), ...hold });
      else done.push(r.id);
    }
    // A held request sent from the form is tied to the account, so the purge finds it.
    if (held.length)
      await db
        .update(privacyRequests)
        .set({ userId })
        .where(
          inArray(
            privacyRequests.id,
            held.map((h) => Number(h.recordRef)),
          ),
        );
    return {
      tallies: [
        tally('postmortem_directives', { deleted: directives.length }),
        tally('processing_restrictions', { deleted: restrictions.length }),
        tally('processing_objections', { deleted: objections.length }),
        tally('privacy_requests', { anonymised: await anonymiseRequests(db, userId, done) }),
      ],
      held,
    };
  },
  async releaseHolds({ db }, { userId, holds }) {
    const asked = new Set(holds.filter((h) => h.dataset === 'privacy_requests').map((h) => h.recordRef));
    const rows = await db
      .select({ id: privacyRequests.id, status: privacyRequests.status })
      .from(privacyRequests)
      .where(eq(privacyRequests.userId, userId));
    const closed = rows.filter((r) => asked.has(String(r.id)) && !claimHold('privacy_request', r.status));
    await anonymiseRequests(
      db,
      userId,
      closed.map((r) => r.id),
    );
    return closed.map((r) => ({ dataset: 'privacy_requests', recordRef: String(r.id) }));
  },
};
