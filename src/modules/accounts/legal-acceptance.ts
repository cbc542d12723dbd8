import type { Db } from '../../platform/db/client.ts';
import { legalAcceptances } from './accounts.schema.ts';
import { currentLegalDocuments } from './accounts.store.ts';

/** Record that a user accepted the terms and privacy versions in force in their market now. */
export async function acceptCurrentDocuments(
  tx: Db,
  { userId, market, now, ip }: { userId: number; market: string; now: Date; ip: string },
): Promise<number[]> {
  const docs = await currentLegalDocuments(tx, market, now);
  if (docs.length) {
    await tx
      .insert(legalAcceptances)
      .values(docs.map((d) => ({ userId, documentId: d.id, acceptedAt: now, ip })))
      .onConflictDoNothing();
  }
  return docs.map((d) => d.id);
}
