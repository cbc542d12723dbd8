import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { sellers } from './sellers.schema.ts';

/**
 * The seller's contract ended: closed, its trader data kept until `retainTraderDataUntil`. False
 * when it was closed already: nothing changed.
 */
export async function markSellerClosed(
  deps: { db: Db },
  a: { sellerId: number; retainTraderDataUntil: Date },
): Promise<boolean> {
  const updated = await deps.db
    .update(sellers)
    .set({ status: 'closed', retainTraderDataUntil: a.retainTraderDataUntil })
    .where(and(eq(sellers.id, a.sellerId), ne(sellers.status, 'closed')))
    .returning({ id: sellers.id });
  return updated.length > 0;
}
