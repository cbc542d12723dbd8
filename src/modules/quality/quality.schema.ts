import { date, integer, pgTable, primaryKey } from 'drizzle-orm/pg-core';
import { sellers } from '../sellers/sellers.schema.ts';

/**
 * One row per seller and day: the six quality rates (basis points) as the recompute job left
 * them that day. The seller's dashboard draws its trend charts and the console its review queue
 * history from here; the live rates stay on `sellers`.
 */
export const sellerQualityDays = pgTable(
  'seller_quality_days',
  {
    sellerId: integer('seller_id')
      .notNull()
      .references(() => sellers.id),
    day: date('day', { mode: 'string' }).notNull(),
    aestheticDefectBp: integer('aesthetic_defect_bp').notNull(),
    wrongProductBp: integer('wrong_product_bp').notNull(),
    defectiveProductBp: integer('defective_product_bp').notNull(),
    wrongAccessoriesBp: integer('wrong_accessories_bp').notNull(),
    lateDeliveryBp: integer('late_delivery_bp').notNull(),
    cancellationBp: integer('cancellation_bp').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sellerId, t.day] })],
);
