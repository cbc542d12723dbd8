/**
 * Erasure in DSA compliance records. A notice or complaint awaiting its decision is held (the
 * decision must reach the person: Arts. 16(5), 20(4)); a decided one loses who sent it (name,
 * address, account; a complaint also its text), and stays for the transparency report (Arts. 15,
 * 24). Statements of reasons about the person stay as they are: the platform's legal record of
 * its decisions (Art. 17), published without personal data to the Transparency Database.
 */
import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { type DataEraser, erasedEmail, type HeldRecord, tally } from '../privacy/data-erasure.types.ts';
import { claimHold } from '../privacy/legal-holds.rules.ts';
import { dsaComplaints, dsaNotices } from './dsa-notices.schema.ts';

async function anonymiseNotices(db: Db, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .update(dsaNotices)
    .set({ notifierName: null, notifierEmail: null, notifierUserId: null })
    .where(inArray(dsaNotices.id, ids))
    .returning({ id: dsaNotices.id });
  return rows.length;
}

async function anonymiseComplaints(db: Db, userId: number, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .update(dsaComplaints)
    .set({ complainantUserId: null, complainantEmail: erasedEmail(userId), explanation: '' })
    .where(inArray(dsaComplaints.id, ids))
    .returning({ id: dsaComplaints.id });
  return rows.length;
}

export const complianceEraser: DataEraser = {
  module: 'compliance',
  async erase({ db }, { userId, email }) {
    const notices = await db
      .select({ id: dsaNotices.id, status: dsaNotices.status })
      .from(dsaNotices)
      .where(or(eq(dsaNotices.notifierUserId, userId), eq(dsaNotices.notifierEmail, email)));
    const complaints = await db
      .select({ id: dsaComplaints.id, status: dsaComplaints.status })
      .from(dsaComplaints)
      .where(or(eq(dsaComplaints.complainantUserId, userId), eq(dsaComplaints.complainantEmail, email)));
    const held: HeldRecord[] = [];
    const decidedNotices: number[] = [];
    const decidedComplaints: number[] = [];
    for (const n of notices) {
      const hold = claimHold('dsa_notice', n.status);
      if (hold) held.push({ dataset: 'dsa_notices', recordRef: String(n.id), ...hold });
      else decidedNotices.push(n.id);
    }
    for (const c of complaints) {
      const hold = claimHold('dsa_complaint', c.status);
      if (hold) held.push({ dataset: 'dsa_complaints', recordRef: String(c.id), ...hold });
      else decidedComplaints.push(c.id);
    }
    // Held ones sent signed out are tied to the account, so the purge finds them.
    const heldNotices = held.filter((h) => h.dataset === 'dsa_notices').map((h) => Number(h.recordRef));
    const heldComplaints = held.filter((h) => h.dataset === 'dsa_complaints').map((h) => Number(h.recordRef));
    if (heldNotices.length)
      await db.update(dsaNotices).set({ notifierUserId: userId }).where(inArray(dsaNotices.id, heldNotices));
    if (heldComplaints.length)
      await db
        .update(dsaComplaints)
        .set({ complainantUserId: userId })
        .where(inArray(dsaComplaints.id, heldComplaints));
    return {
      tallies: [
        tally('dsa_notices', { anonymised: await anonymiseNotices(db, decidedNotices) }),
        tally('dsa_complaints', { anonymised: await anonymiseComplaints(db, userId, decidedComplaints) }),
      ],
      held,
    };
  },
  async releaseHolds({ db }, { userId, holds }) {
    const askedNotices = new Set(holds.filter((h) => h.dataset === 'dsa_notices').map((h) => h.recordRef));
    const askedComplaints = new Set(
      holds.filter((h) => h.dataset === 'dsa_complaints').map((h) => h.recordRef),
    );
    const notices = (
      await db
        .select({ id: dsaNotices.id, status: dsaNotices.status })
        .from(dsaNotices)
        .where(eq(dsaNotices.notifierUserId, userId))
    ).filter((n) => askedNotices.has(String(n.id)) && !claimHold('dsa_notice', n.status));
    const complaints = (
      await db
        .select({ id: dsaComplaints.id, status: dsaComplaints.status })
        .from(dsaComplaints)
        .where(eq(dsaComplaints.complainantUserId, userId))
    ).filter((c) => askedComplaints.has(String(c.id)) && !claimHold('dsa_complaint', c.status));
    await anonymiseNotices(
      db,
      notices.map((n) => n.id),
    );
    await anonymiseComplaints(
      db,
      userId,
      complaints.map((c) => c.id),
    );
    return [
      ...notices.map((n) => ({ dataset: 'dsa_notices', recordRef: String(n.id) })),
      ...complaints.map((c) => ({ dataset: 'dsa_complaints', recordRef: String(c.id) })),
    ];
  },
};
