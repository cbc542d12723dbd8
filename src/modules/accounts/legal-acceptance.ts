import type { Db } from '../../platform/db/client.ts';
import { legalAcceptances } from './accounts.schema.ts';
import { ACCEPTED_KINDS, currentLegalDocuments } from './accounts.store.ts';

/**
 * Record that a user accepted the terms and privacy versions in force in their market now, in the
 * language they read them in (their account's, else the market's).
 */
export async function acceptCurrentDocuments(
  tx: Db,
  {
    userId,
    market,
    now,
    ip,
    language,
  }: { userId: number; market: string; now: Date; ip: string; language?: string | null },
): Promise<number[]> {
  const docs = (await currentLegalDocuments(tx, market, now, language)).filter((d) =>
    ACCEPTED_KINDS.has(d.kind),
  );
  if (docs.length) {
    await tx
      .insert(legalAcceptances)
      .values(docs.map((d) => ({ userId, documentId: d.id, acceptedAt: now, ip })))
      .onConflictDoNothing();
  }
  return docs.map((d) => d.id);
}
