import { localDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { Job } from '../../platform/jobs.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { marketByCode } from '../../platform/markets.ts';
import { afterSalesOutcomes } from '../after-sales/after-sales-outcomes.read-model.ts';
import type { QualityRates } from '../offers/buybox.rules.ts';
import { refreshSellerBuyboxes } from '../offers/refresh-seller-buyboxes.ts';
import { noticeRecipients } from '../seller-onboarding/seller-notices.ts';
import { openSellers, updateSellerQuality } from '../sellers/seller-quality.ts';
import {
  computeQualityRates,
  flagChange,
  type LineOutcome,
  type ParcelTracking,
  qualityFlags,
  type ShipmentOutcome,
  windowStart,
} from './quality.rules.ts';
import { qualityEmails } from './quality-emails.ts';
import { recordQualityDays } from './quality-history.ts';
import { paidLineOutcomes } from './quality-outcomes.read-model.ts';

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
  /** Sellers flagged by this run (they were within before): emailed, and queued in the console. */
  raised: number[];
};

export type RecomputeQualityDeps = {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  siteUrl: (path: string) => string;
};

/**
 * Recompute the rates quality.rules.ts can measure (cancellations, late deliveries, after-sales outcomes) for every
 * seller with orders in the window, store the ones that changed, and refresh the buyboxes of the
 * changed sellers' products in the same transaction (the buybox weighs the rates). Rates it
 * cannot measure keep their stored value. Every open seller's rates are recorded for the day
 * (trend charts), and a seller going above a threshold is flagged for an operator's review and
 * emailed; the flag clears once every rate is back within. Idempotent: a second run changes nothing.
 */
export async function recomputeQuality({
  db,
  clock,
  mailer,
  siteUrl,
}: RecomputeQualityDeps): Promise<RecomputeQualityResult> {
  const now = clock.now();
  const since = new Date(windowStart(now).getTime() - MAX_DELAY_DAYS * DAY_MS);
  const rows = await paidLineOutcomes(db, since);
  const afterSales = await afterSalesOutcomes(db, windowStart(now));

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
        tracking: r.promisedBy ? parcelTracking(r.market, r.promisedBy, r.deliveredAt, now) : null,
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

  const result: RecomputeQualityResult = { measured: 0, changed: 0, flagged: [], raised: [] };
  // Every open seller gets the day's row (the dashboards' trend) and its flag checked.
  const stored = await openSellers(db);
  const days: Array<{ sellerId: number; rates: QualityRates }> = [];
  for (const s of stored) {
    const computed = computeQualityRates({
      lines: linesBySeller.get(s.id) ?? [],
      shipments: shipmentsBySeller.get(s.id) ?? [],
      now,
      ...(afterSales.has(s.id) ? { afterSales: afterSales.get(s.id) } : {}),
    });
    if (Object.keys(computed).length > 0) result.measured++;
    const changes = (Object.entries(computed) as Array<[keyof QualityRates, number]>).filter(
      ([k, v]) => s[k] !== v,
    );
    const rates: QualityRates = { ...ratesOf(s), ...computed };
    days.push({ sellerId: s.id, rates });
    const flags = qualityFlags(rates);
    if (flags.length) result.flagged.push(s.id);
    const flag = flagChange(s.qualityFlaggedAt, flags.length > 0);
    if (changes.length === 0 && flag === null) continue;
    if (changes.length) result.changed++;
    if (flag === 'raise') result.raised.push(s.id);
    const recipients = flag === 'raise' ? (await noticeRecipients(db, s)).recipients : [];
    await db.transaction(async (tx) => {
      await updateSellerQuality(
        { db: tx },
        { sellerId: s.id, rates: Object.fromEntries(changes), flag, now },
      );
      for (const to of recipients) {
        await mailer.send(
          tx,
          qualityEmails.flagged(to.locale, to.email, {
            shopName: s.name,
            flags,
            link: siteUrl(`/seller/${s.id}`),
          }),
        );
      }
      // The buybox weighs the rates: the offers module refreshes the seller's products.
      if (changes.length) await refreshSellerBuyboxes({ db: tx, clock }, { sellerId: s.id });
    });
  }
  await recordQualityDays(db, now, days);
  return result;
}

/** A tracked parcel's days in its market's calendar (quality.rules.ts ParcelTracking). */
function parcelTracking(
  market: string,
  promisedBy: string,
  deliveredAt: Date | null,
  now: Date,
): ParcelTracking {
  const tz = marketByCode(market)?.timeZone ?? 'UTC';
  const at = deliveredAt ? new Date(deliveredAt) : null;
  return { promisedBy, deliveredAt: at, deliveredOn: at ? localDay(at, tz) : null, today: localDay(now, tz) };
}

const ratesOf = (s: QualityRates): QualityRates => ({
  aestheticDefectBp: s.aestheticDefectBp,
  wrongProductBp: s.wrongProductBp,
  defectiveProductBp: s.defectiveProductBp,
  wrongAccessoriesBp: s.wrongAccessoriesBp,
  lateDeliveryBp: s.lateDeliveryBp,
  cancellationBp: s.cancellationBp,
});

/** Hourly: rates move slowly and the buybox refresh of a changed seller has a cost. */
export function recomputeQualityJob(deps: RecomputeQualityDeps): Job {
  return { name: 'recompute-quality', everyMs: 3_600_000, run: () => recomputeQuality(deps) };
}
