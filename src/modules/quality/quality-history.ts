import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import type { QualityRates } from '../offers/buybox.rules.ts';
import { QUALITY_WINDOW_DAYS, qualityDay } from './quality.rules.ts';
import { sellerQualityDays } from './quality.schema.ts';

export type QualityDay = QualityRates & { day: string };

/** Upsert one day's rates per seller (the last run of a day wins). One statement per 500 sellers. */
export async function recordQualityDays(
  db: Pick<Db, 'insert'>,
  at: Date,
  rows: ReadonlyArray<{ sellerId: number; rates: QualityRates }>,
): Promise<void> {
  const day = qualityDay(at);
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(sellerQualityDays)
      .values(rows.slice(i, i + 500).map((r) => ({ sellerId: r.sellerId, day, ...r.rates })))
      .onConflictDoUpdate({
        target: [sellerQualityDays.sellerId, sellerQualityDays.day],
        set: {
          aestheticDefectBp: sql`excluded.aesthetic_defect_bp`,
          wrongProductBp: sql`excluded.wrong_product_bp`,
          defectiveProductBp: sql`excluded.defective_product_bp`,
          wrongAccessoriesBp: sql`excluded.wrong_accessories_bp`,
          lateDeliveryBp: sql`excluded.late_delivery_bp`,
          cancellationBp: sql`excluded.cancellation_bp`,
        },
      });
  }
}

/** A seller's recorded days up to `now`, oldest first, over the last `days` days. */
export async function qualityHistory(
  db: Db,
  sellerId: number,
  now: Date,
  days = QUALITY_WINDOW_DAYS,
): Promise<QualityDay[]> {
  const from = qualityDay(new Date(now.getTime() - (days - 1) * DAY_MS));
  const rows = await db
    .select()
    .from(sellerQualityDays)
    .where(and(eq(sellerQualityDays.sellerId, sellerId), gte(sellerQualityDays.day, from)))
    .orderBy(asc(sellerQualityDays.day));
  const today = qualityDay(now);
  return rows.filter((r) => r.day <= today).map(({ sellerId: _s, ...r }) => r);
}
