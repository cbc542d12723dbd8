/**
 * Erasure of seller applications (DSA Art. 30 trader data: identity document, payment account,
 * contact, registration). An application that became a seller is held while the seller's
 * contract runs and six months after it ends (legal-holds.rules.ts `traderDataHold`); one that
 * never did, or whose hold has passed, is anonymised and its identity document deleted. The
 * trader-data purge job calls `eraseApplicationsOfSeller` once the seller's retention has passed.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { Storage } from '../../platform/storage.ts';
import { type DataEraser, erasedEmail, type HeldRecord, tally } from '../privacy/data-erasure.types.ts';
import { type Hold, traderDataHold } from '../privacy/legal-holds.rules.ts';
import { findSeller } from '../sellers/sellers.store.ts';
import { sellerApplications } from './onboarding.schema.ts';

async function anonymiseApplications(db: Db, storage: Storage, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .select({
      id: sellerApplications.id,
      key: sellerApplications.idDocumentKey,
      userId: sellerApplications.applicantUserId,
    })
    .from(sellerApplications)
    .where(inArray(sellerApplications.id, ids));
  for (const r of rows) {
    if (r.key) await storage.delete(r.key);
    await db
      .update(sellerApplications)
      .set({
        legalName: '',
        addressLine: '',
        postalCode: '',
        city: '',
        phone: '',
        email: erasedEmail(r.userId),
        tradeRegisterNumber: '',
        vatNumber: null,
        vatConsultationRef: null,
        iban: '',
        accountHolder: '',
        idDocumentKey: '',
        idDocumentName: '',
        reviewNote: null,
      })
      .where(eq(sellerApplications.id, r.id));
  }
  return rows.length;
}

/** The hold on an application: while its seller's contract runs, then until the seller's retention date. */
async function holdOf(db: Db, sellerId: number | null, now: Date): Promise<Hold | null> {
  if (sellerId === null) return null;
  const seller = await findSeller(db, sellerId);
  if (!seller) return null;
  if (seller.status !== 'closed' || !seller.retainTraderDataUntil) return traderDataHold(null, now);
  // The date stored when the contract ended (its end + 6 months) is authoritative.
  return now.getTime() < seller.retainTraderDataUntil.getTime()
    ? { reason: 'trader_traceability', until: seller.retainTraderDataUntil }
    : null;
}

const applicationsOf = (db: Db, userId: number) =>
  db
    .select({
      id: sellerApplications.id,
      sellerId: sellerApplications.sellerId,
      email: sellerApplications.email,
    })
    .from(sellerApplications)
    .where(eq(sellerApplications.applicantUserId, userId));

export const sellerOnboardingEraser: DataEraser = {
  module: 'seller-onboarding',
  async erase({ db, storage }, { userId, now }) {
    const held: HeldRecord[] = [];
    const free: number[] = [];
    for (const a of await applicationsOf(db, userId)) {
      const hold = await holdOf(db, a.sellerId, now);
      if (hold) held.push({ dataset: 'seller_applications', recordRef: String(a.id), ...hold });
      else free.push(a.id);
    }
    return {
      tallies: [tally('seller_applications', { anonymised: await anonymiseApplications(db, storage, free) })],
      held,
    };
  },
  async releaseHolds({ db, storage }, { userId, holds, now }) {
    const asked = new Set(holds.filter((h) => h.dataset === 'seller_applications').map((h) => h.recordRef));
    const done: number[] = [];
    for (const a of await applicationsOf(db, userId)) {
      if (asked.has(String(a.id)) && !(await holdOf(db, a.sellerId, now))) done.push(a.id);
    }
    await anonymiseApplications(db, storage, done);
    return done.map((id) => ({ dataset: 'seller_applications', recordRef: String(id) }));
  },
};

/** The trader-data purge of a seller whose retention has passed: its applications are anonymised. */
export async function eraseApplicationsOfSeller(
  deps: { db: Db; storage: Storage },
  input: { sellerId: number },
): Promise<number> {
  const rows = await deps.db
    .select({ id: sellerApplications.id, email: sellerApplications.email })
    .from(sellerApplications)
    .where(eq(sellerApplications.sellerId, input.sellerId));
  const todo = rows.filter((r) => !r.email.endsWith('@erased.invalid')).map((r) => r.id);
  return anonymiseApplications(deps.db, deps.storage, todo);
}
