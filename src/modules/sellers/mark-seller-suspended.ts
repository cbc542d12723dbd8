import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';

/**
 * An active seller becomes suspended under the statement of reasons that explains it. False when
 * the seller was no longer active (another operator got there first): nothing changed.
 */
export async function markSellerSuspended(
  deps: { db: Db },
  a: { sellerId: number; statementId: string },
): Promise<boolean> {
  const updated = await deps.db
    .update(sellers)
    .set({ status: 'suspended', suspensionStatementId: a.statementId })
    .where(and(eq(sellers.id, a.sellerId), eq(sellers.status, 'active')))
    .returning({ id: sellers.id });
  return updated.length > 0;
}
