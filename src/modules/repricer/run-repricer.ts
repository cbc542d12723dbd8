import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import { formatAmount } from '../../platform/money.ts';
import { computeBuybox } from '../offers/buybox.rules.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import { loadOfferRows, type OfferRow } from '../offers/offers.store.ts';
import { groupByBuybox, refreshBuybox } from '../offers/refresh-buybox.ts';
import {
  REPRICE_REASON_TEXT,
  type RepriceDecision,
  type RepricerLogEntry,
  repriceDecision,
  sellerReferencePrice,
} from './repricer.rules.ts';
import { repricerLog } from './repricer.schema.ts';

/** Products handled per transaction. */
const BATCH = 100;
/** Log rows read per offer and market to find the seller's price (a longer chain starts at the oldest read). */
export const REFERENCE_LOG_DEPTH = 100;

export type RepricerRunResult = { offers: number; changed: number; products: number };

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

export type RepriceChange = {
  row: OfferRow;
  decision: RepriceDecision;
  priceToWinMinor: number | null;
};

/** Passes over one buybox before giving up on a fixed point (two are enough in practice). */
const MAX_PASSES = 5;

/**
 * The new prices of the repricing offers of ONE buybox (product × market × grade), settled
 * together. Repricing offers one at a time against each other's current prices would be a price
 * war by one minor unit per run (thousands of runs, as many log rows); instead every repricing
 * offer starts at its floor and the rule is applied in offer-id order until nothing moves. From
 * the floors, the offer that wins at its floor raises its price to the most that still wins (at
 * most its seller's price) and the others stay at their floors: the state a war would end in,
 * reached at once, and a fixed point, so the next run changes nothing. Returns the offers whose
 * price differs from their live price; ineligible offers are never repriced.
 */
export function repriceBuybox(
  group: readonly OfferRow[],
  sellerPrice: ReadonlyMap<string, number>,
): RepriceChange[] {
  const eligible = new Set(computeBuybox(group).ranking.map((r) => r.offerId));
  const repricing = group
    .filter((r) => r.minPriceMinor !== null && eligible.has(r.offerId))
    .sort((a, b) => a.offerId - b.offerId);
  if (repricing.length === 0) return [];
  const reference = (r: OfferRow) => sellerPrice.get(`${r.offerId}|${r.market}`) ?? r.priceMinor;
  const sim = group.map((r) =>
    r.minPriceMinor !== null && eligible.has(r.offerId)
      ? { ...r, priceMinor: Math.max(1, Math.min(r.minPriceMinor, reference(r))) }
      : r,
  );
  const last = new Map<number, { decision: RepriceDecision; priceToWinMinor: number | null }>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let moved = false;
    for (const row of repricing) {
      const me = sim.find((r) => r.offerId === row.offerId)!;
      const ranked = computeBuybox(sim).ranking.find((r) => r.offerId === row.offerId)!;
      const decision = repriceDecision({
        currentMinor: me.priceMinor,
        sellerPriceMinor: reference(row),
        minPriceMinor: row.minPriceMinor!,
        priceToWinMinor: ranked.priceToWinMinor,
      });
      last.set(row.offerId, { decision, priceToWinMinor: ranked.priceToWinMinor });
      if (decision.changed) {
        me.priceMinor = decision.priceMinor;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return repricing.flatMap((row) => {
    const l = last.get(row.offerId)!;
    const priceMinor = sim.find((r) => r.offerId === row.offerId)!.priceMinor;
    if (priceMinor === row.priceMinor) return [];
    return [
      { row, decision: { ...l.decision, priceMinor, changed: true }, priceToWinMinor: l.priceToWinMinor },
    ];
  });
}

/**
 * The repricer job. For every offer × market with a minimum price, in product batches: compute
 * the buybox of its product × market × grade with the buybox rules, decide the new price
 * (repricer.rules.ts), and in one transaction per batch update offer_prices.price_minor where it
 * changes, log each change in repricer_log, and refresh the buyboxes of the touched products.
 * The repricing offers of one buybox are settled together (repriceBuybox).
 * Ineligible offers (unpublished, out of stock, seller suspended…) are left alone.
 * Running it twice in a row changes nothing the second time.
 */
export async function runRepricer({ db, clock }: { db: Db; clock: Clock }): Promise<RepricerRunResult> {
  const productIds = (
    await db
      .selectDistinct({ productId: offers.productId })
      .from(offerPrices)
      .innerJoin(offers, eq(offers.id, offerPrices.offerId))
      .where(isNotNull(offerPrices.minPriceMinor))
      .orderBy(asc(offers.productId))
  ).map((r) => r.productId);
  const result: RepricerRunResult = { offers: 0, changed: 0, products: 0 };
  for (let i = 0; i < productIds.length; i += BATCH) {
    const batch = productIds.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      const rows = await loadOfferRows(tx, batch);
      const repriced = rows.filter((r) => r.minPriceMinor !== null);
      const reference = await sellerPrices(tx, repriced);
      const now = clock.now();
      const touched = new Set<string>();
      for (const group of groupByBuybox(rows).values()) {
        for (const change of repriceBuybox(group, reference)) {
          const { row, decision, priceToWinMinor } = change;
          await tx
            .update(offerPrices)
            .set({ priceMinor: decision.priceMinor })
            .where(and(eq(offerPrices.offerId, row.offerId), eq(offerPrices.market, row.market)));
          const ptw =
            priceToWinMinor === null
              ? ''
              : ` (price to win ${formatAmount(priceToWinMinor, row.currency)} ${row.currency})`;
          await tx.insert(repricerLog).values({
            offerId: row.offerId,
            market: row.market,
            fromMinor: row.priceMinor,
            toMinor: decision.priceMinor,
            reason: `${REPRICE_REASON_TEXT[decision.reason]}${ptw}`,
            at: now,
          });
          touched.add(row.productId);
          result.changed++;
        }
        result.offers += group.filter((r) => r.minPriceMinor !== null).length;
      }
      if (touched.size) {
        await refreshBuybox({ db: tx, productIds: [...touched] });
        result.products += touched.size;
      }
    });
  }
  return result;
}

/** Every 15 minutes: prices follow the competition within the hour, the log stays readable. */
export function repricerJob(deps: { db: Db; clock: Clock }): Job {
  return { name: 'run-repricer', everyMs: 15 * 60_000, run: () => runRepricer(deps) };
}
