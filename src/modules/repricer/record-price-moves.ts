import type { Db } from '../../platform/db/client.ts';
import { repricerLog } from './repricer.schema.ts';

/** A price move the seller did not type: the repricer's, or a move within a new floor. */
export type PriceMove = {
  offerId: number;
  market: string;
  fromMinor: number;
  toMinor: number;
  reason: string;
  at: Date;
};

/**
 * Record price moves in the repricer log, in the caller's transaction (the repricer module owns
 * repricer_log; offers calls this for every live-price move it makes on its own). The log is
 * what the seller reads to see why a price moved, and what the seller's own price is recovered
 * from (repricer.rules.ts sellerReferencePrice).
 */
export async function recordPriceMoves(db: Pick<Db, 'insert'>, moves: readonly PriceMove[]): Promise<void> {
  const real = moves.filter((m) => m.fromMinor !== m.toMinor);
  if (real.length === 0) return;
  await db.insert(repricerLog).values(real.map((m) => ({ ...m })));
}
