import { and, eq, gte, inArray, isNotNull } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import type { QualityRates } from '../offers/buybox.rules.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import { refreshBuybox } from '../offers/refresh-buybox.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import {
  computeQualityRates,
  type LineOutcome,
  needsReview,
  type ShipmentOutcome,
  windowStart,
} from './quality.rules.ts';

/** The longest shipping delay an offer may promise (offers.types.ts): orders paid this long before the window may still ship in it. */
const MAX_DELAY_DAYS = 60;
const ACCEPTED_STATES = new Set([2, 3, 6]);

export type RecomputeQualityResult = {
  /** Sellers with something measured in the window. */
  measured: number;
  /** Sellers whose stored rates changed (their products' buyboxes were refreshed). */
  changed: number;
  /** Sellers above a threshold after the run, for an operator's review. */
  flagged: number[];
};

/**
 * Recompute the rates quality.rules.ts can measure (cancellations, late shipments) for every
 * seller with orders in the window, store the ones that changed, and refresh the buyboxes of the
 * changed sellers' products in the same transaction (the buybox weighs the rates). Rates it
 * cannot measure keep their stored value. Idempotent: a second run changes nothing.
 */
export async function recomputeQuality({
  db,
  clock,
}: {
  db: Db;
  clock: Clock;
}): Promise<RecomputeQualityResult> {
  const now = clock.now();
  const since = new Date(windowStart(now).getTime() - MAX_DELAY_DAYS * DAY_MS);
  const rows = await db
    .select({
      orderId: orders.id,
      sellerId: orders.sellerId,
      market: orders.market,
      carrier: orders.shippingOption,
      paidAt: orders.paidAt,
      shippedAt: orders.shippedAt,
      state: orderLines.state,
      shipping: offerPrices.shipping,
    })
    .from(orders)
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .leftJoin(
      offerPrices,
      and(eq(offerPrices.offerId, orderLines.offerId), eq(offerPrices.market, orders.market)),
    )
    .where(and(isNotNull(orders.paidAt), gte(orders.paidAt, since)));

  const linesBySeller = new Map<number, LineOutcome[]>();
  const ordersById = new Map<number, ShipmentOutcome & { sellerId: number }>();
  for (const r of rows) {
    const paidAt = new Date(r.paidAt!);
    const lines = linesBySeller.get(r.sellerId) ?? [];
    lines.push({ paidAt, state: r.state });
    linesBySeller.set(r.sellerId, lines);
    const delay = Math.max(
      0,
      ...(r.shipping ?? []).filter((s) => s.carrier === r.carrier).map((s) => s.delayDays),
    );
    const o = ordersById.get(r.orderId);
    if (o) {
      o.promisedDays = Math.max(o.promisedDays, delay);
      o.toShip ||= ACCEPTED_STATES.has(r.state);
    } else {
      ordersById.set(r.orderId, {
        sellerId: r.sellerId,
        paidAt,
        shippedAt: r.shippedAt ? new Date(r.shippedAt) : null,
        promisedDays: delay,
        toShip: ACCEPTED_STATES.has(r.state),
      });
    }
  }
  const shipmentsBySeller = new Map<number, ShipmentOutcome[]>();
  for (const o of ordersById.values()) {
    const list = shipmentsBySeller.get(o.sellerId) ?? [];
    list.push(o);
    shipmentsBySeller.set(o.sellerId, list);
  }

  const sellerIds = [...new Set([...linesBySeller.keys(), ...shipmentsBySeller.keys()])].sort(
    (a, b) => a - b,
  );
  const result: RecomputeQualityResult = { measured: 0, changed: 0, flagged: [] };
  if (sellerIds.length === 0) return result;
  const stored = new Map(
    (await db.select().from(sellers).where(inArray(sellers.id, sellerIds))).map((s) => [s.id, s]),
  );
  for (const sellerId of sellerIds) {
    const computed = computeQualityRates({
      lines: linesBySeller.get(sellerId) ?? [],
      shipments: shipmentsBySeller.get(sellerId) ?? [],
      now,
    });
    const s = stored.get(sellerId);
    if (!s || Object.keys(computed).length === 0) continue;
    result.measured++;
    const changes = (Object.entries(computed) as Array<[keyof QualityRates, number]>).filter(
      ([k, v]) => s[k] !== v,
    );
    const rates: QualityRates = {
      aestheticDefectBp: s.aestheticDefectBp,
      wrongProductBp: s.wrongProductBp,
      defectiveProductBp: s.defectiveProductBp,
      wrongAccessoriesBp: s.wrongAccessoriesBp,
      lateDeliveryBp: s.lateDeliveryBp,
      cancellationBp: s.cancellationBp,
      ...computed,
    };
    if (needsReview(rates)) result.flagged.push(sellerId);
    if (changes.length === 0) continue;
    result.changed++;
    await db.transaction(async (tx) => {
      await tx.update(sellers).set(Object.fromEntries(changes)).where(eq(sellers.id, sellerId));
      const products = await tx
        .selectDistinct({ productId: offers.productId })
        .from(offers)
        .where(eq(offers.sellerId, sellerId));
      if (products.length) await refreshBuybox({ db: tx, productIds: products.map((p) => p.productId) });
    });
  }
  return result;
}

/** Hourly: rates move slowly and the buybox refresh of a changed seller has a cost. */
export function recomputeQualityJob(deps: { db: Db; clock: Clock }): Job {
  return { name: 'recompute-quality', everyMs: 3_600_000, run: () => recomputeQuality(deps) };
}
