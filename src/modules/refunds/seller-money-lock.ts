import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';

/** Namespace of the seller money lock (first key of pg_advisory_xact_lock(int, int)). */
const SELLER_MONEY_LOCK = 0x5e11;

/**
 * Take the seller's money lock until the end of the transaction `tx`. Every change to what a
 * seller is owed that reads before it writes — refunds of any of its lines, their settlement, the
 * service fee refund of its checkouts, payouts — runs under it, so two of them never compute from
 * the same stale figures (two lines of one order refunded at once keep the order state and the
 * commission exact; a refund cannot commit in the middle of a payout). Call it first in the
 * transaction, before any row lock, so lock order is always seller lock → rows.
 */
export async function lockSellerMoney(tx: Pick<Db, 'execute'>, sellerId: number): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SELLER_MONEY_LOCK}, ${sellerId}::int)`);
}
