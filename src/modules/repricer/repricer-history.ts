import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { repricerLog } from './repricer.schema.ts';

/** The newest automatic price moves of an offer (all markets), for the seller to read. */
export async function repricerHistory(db: Db, offerId: number) {
  return db
    .select()
    .from(repricerLog)
    .where(eq(repricerLog.offerId, offerId))
    .orderBy(desc(repricerLog.at), desc(repricerLog.id))
    .limit(200);
}
export type RepricerHistoryRow = Awaited<ReturnType<typeof repricerHistory>>[number];
