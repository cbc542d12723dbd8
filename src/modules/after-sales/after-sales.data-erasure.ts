/**
 * Erasure of a buyer's after-sales records: an open care folder, return, warranty or insurance
 * claim is held while open (the claim needs it: Art. 17(3)(e)); a closed one loses the buyer —
 * their messages' text, their files, their statements — and stays as the seller's record (its
 * outcome counts in the seller's quality figures). A held one is anonymised the same way once
 * closed (`releaseHolds`).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import type { Storage } from '../../platform/storage.ts';
import { type DataEraser, type HeldRecord, tally } from '../privacy/data-erasure.types.ts';
import { type ClaimKind, claimHold } from '../privacy/legal-holds.rules.ts';
import {
  careAttachments,
  careFolders,
  careMessages,
  insuranceClaims,
  returns,
  warrantyClaims,
} from './after-sales.schema.ts';

type Deps = { db: Db; storage: Storage };

const DATASETS = {
  care_folders: 'care_folder',
  returns: 'return',
  warranty_claims: 'warranty_claim',
  insurance_claims: 'insurance_claim',
} as const satisfies Record<string, ClaimKind>;
type Dataset = keyof typeof DATASETS;

async function anonymiseCareFolders({ db, storage }: Deps, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const buyerMessages = await db
    .select({ id: careMessages.id })
    .from(careMessages)
    .where(and(inArray(careMessages.folderId, ids), eq(careMessages.party, 'buyer')));
  const messageIds = buyerMessages.map((m) => m.id);
  if (messageIds.length) {
    const files = await db
      .delete(careAttachments)
      .where(inArray(careAttachments.messageId, messageIds))
      .returning({ key: careAttachments.storageKey });
    for (const f of files) await storage.delete(f.key);
    await db
      .update(careMessages)
      .set({ body: '', authorUserId: null })
      .where(inArray(careMessages.id, messageIds));
  }
  const rows = await db
    .update(careFolders)
    .set({ buyerUserId: null })
    .where(inArray(careFolders.id, ids))
    .returning({ id: careFolders.id });
  return rows.length;
}

async function anonymiseReturns({ db }: Deps, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .update(returns)
    .set({ buyerUserId: null, statement: null })
    .where(inArray(returns.id, ids))
    .returning({ id: returns.id });
  return rows.length;
}

async function anonymiseWarrantyClaims({ db }: Deps, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .update(warrantyClaims)
    .set({ buyerUserId: null, description: '' })
    .where(inArray(warrantyClaims.id, ids))
    .returning({ id: warrantyClaims.id });
  return rows.length;
}

async function anonymiseInsuranceClaims({ db, storage }: Deps, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db
    .select({ id: insuranceClaims.id, attachments: insuranceClaims.attachments })
    .from(insuranceClaims)
    .where(inArray(insuranceClaims.id, ids));
  for (const r of rows) {
    for (const a of r.attachments) await storage.delete(a.key);
    await db
      .update(insuranceClaims)
      .set({ buyerUserId: null, description: '', attachments: [] })
      .where(eq(insuranceClaims.id, r.id));
  }
  return rows.length;
}

const ANONYMISE: Record<Dataset, (deps: Deps, ids: number[]) => Promise<number>> = {
  care_folders: anonymiseCareFolders,
  returns: anonymiseReturns,
  warranty_claims: anonymiseWarrantyClaims,
  insurance_claims: anonymiseInsuranceClaims,
};

/** The person's records of each dataset with their status. */
async function recordsOf(
  db: Db,
  userId: number,
): Promise<Record<Dataset, Array<{ id: number; status: string }>>> {
  return {
    care_folders: await db
      .select({ id: careFolders.id, status: careFolders.status })
      .from(careFolders)
      .where(eq(careFolders.buyerUserId, userId)),
    returns: await db
      .select({ id: returns.id, status: returns.status })
      .from(returns)
      .where(eq(returns.buyerUserId, userId)),
    warranty_claims: await db
      .select({ id: warrantyClaims.id, status: warrantyClaims.status })
      .from(warrantyClaims)
      .where(eq(warrantyClaims.buyerUserId, userId)),
    insurance_claims: await db
      .select({ id: insuranceClaims.id, status: insuranceClaims.status })
      .from(insuranceClaims)
      .where(eq(insuranceClaims.buyerUserId, userId)),
  };
}

export const afterSalesEraser: DataEraser = {
  module: 'after-sales',
  async erase(deps, { userId }) {
    const records = await recordsOf(deps.db, userId);
    const tallies = [];
    const held: HeldRecord[] = [];
    for (const dataset of Object.keys(DATASETS) as Dataset[]) {
      const closed: number[] = [];
      for (const r of records[dataset]) {
        const hold = claimHold(DATASETS[dataset], r.status);
        if (hold) held.push({ dataset, recordRef: String(r.id), ...hold });
        else closed.push(r.id);
      }
      tallies.push(tally(dataset, { anonymised: await ANONYMISE[dataset](deps, closed) }));
    }
    return { tallies, held };
  },
  async releaseHolds(deps, { userId, holds }) {
    const records = await recordsOf(deps.db, userId);
    const released: Array<{ dataset: string; recordRef: string }> = [];
    for (const dataset of Object.keys(DATASETS) as Dataset[]) {
      const asked = new Set(holds.filter((h) => h.dataset === dataset).map((h) => h.recordRef));
      const closed = records[dataset].filter(
        (r) => asked.has(String(r.id)) && !claimHold(DATASETS[dataset], r.status),
      );
      await ANONYMISE[dataset](
        deps,
        closed.map((r) => r.id),
      );
      released.push(...closed.map((r) => ({ dataset, recordRef: String(r.id) })));
    }
    return released;
  },
};
