/**
 * Read model: a person's restriction of processing (GDPR Art. 18) and objections (Art. 21(1)),
 * for the modules whose processing they stop — the newsletter and alert jobs (marketing), review
 * requests (reviews), recently viewed products (consent, shop pages) — and the console's user
 * page. What each choice stops is processing-choices.rules.ts. Never writes.
 */
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { processingObjections, processingRestrictions } from './privacy-requests.schema.ts';
import type { ProcessingChoices } from './processing-choices.rules.ts';

/** The person's restriction and objections (none: not restricted, no objection). */
export async function processingChoicesOf(db: Db, userId: number): Promise<ProcessingChoices> {
  const [[restriction], objections] = await Promise.all([
    db
      .select({ since: processingRestrictions.since })
      .from(processingRestrictions)
      .where(eq(processingRestrictions.userId, userId)),
    db
      .select({ purpose: processingObjections.purpose })
      .from(processingObjections)
      .where(eq(processingObjections.userId, userId))
      .orderBy(asc(processingObjections.purpose)),
  ]);
  return { restrictedSince: restriction?.since ?? null, objections: objections.map((o) => o.purpose) };
}

/**
 * A condition for a batch job's query: the person in `userId` (a column of the caller's query)
 * has not restricted processing. Their rows stay candidates and are processed once it is lifted.
 */
export function processingNotRestricted(userId: AnyPgColumn): SQL {
  return sql`not exists (select 1 from ${processingRestrictions} where ${processingRestrictions.userId} = ${userId})`;
}
