import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { type RepricerLogEntry, sellerReferencePrice } from './repricer.rules.ts';
import { repricerLog } from './repricer.schema.ts';

/** Log rows read per offer and market to find the seller's price (a longer chain starts at the oldest read). */
export const REFERENCE_LOG_DEPTH = 100;

/**
 * The seller's price of offer × market pairs, from the live price and the repricer log
 * (repricer.rules.ts sellerReferencePrice). Key: `${offerId}|${market}`.
 */
export async function sellerPrices(
  db: Pick<Db, 'select' | 'execute'>,
  pairs: ReadonlyArray<{ offerId: number; market: string; priceMinor: number }>,
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (pairs.length === 0) return out;
  const ids = [...new Set(pairs.map((p) => p.offerId))];
  const ranked = db
    .select({
      offerId: repricerLog.offerId,
      market: repricerLog.market,
      fromMinor: repricerLog.fromMinor,
      toMinor: repricerLog.toMinor,
      at: repricerLog.at,
      id: repricerLog.id,
      n: sql<number>`row_number() over (partition by ${repricerLog.offerId}, ${repricerLog.market} order by ${repricerLog.at} desc, ${repricerLog.id} desc)`.as(
        'n',
      ),
    })
    .from(repricerLog)
    .where(inArray(repricerLog.offerId, ids))
    .as('ranked');
  const rows = await db
    .select()
    .from(ranked)
    .where(sql`${ranked.n} <= ${REFERENCE_LOG_DEPTH}`)
    .orderBy(asc(ranked.offerId), asc(ranked.market), asc(ranked.at), asc(ranked.id));
  const logs = new Map<string, RepricerLogEntry[]>();
  for (const r of rows) {
    const key = `${r.offerId}|${r.market}`;
    const list = logs.get(key) ?? [];
    list.push({ fromMinor: r.fromMinor, toMinor: r.toMinor });
    logs.set(key, list);
  }
  for (const p of pairs) {
    const key = `${p.offerId}|${p.market}`;
    out.set(key, sellerReferencePrice(p.priceMinor, logs.get(key) ?? []));
  }
  return out;
}
