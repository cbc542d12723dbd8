import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';

/**
 * A suspended seller is active and verified again; the suspension's statement is detached. False
 * when the seller was no longer suspended: nothing changed.
 */
export async function markSellerReinstated(deps: { db: Db }, a: { sellerId: number }): Promise<boolean> {
  const updated = await deps.db
    .update(sellers)
    .set({ status: 'active', verified: true, suspensionStatementId: null })
    .where(and(eq(sellers.id, a.sellerId), eq(sellers.status, 'suspended')))
    .returning({ id: sellers.id });
  return updated.length > 0;
}
