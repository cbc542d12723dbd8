import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { orders } from '../orders/orders.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One parcel per shipped order: who carries it, where it is, when it is expected and when it was
 * delivered. Owned by the delivery module; the order keeps its Back Market state (9 shipped).
 */
export const shipments = pgTable(
  'shipments',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    /** The carrier's code in `carriers.ts` (`sandbox`, `colissimo`, …); `manual` when unknown. */
    carrier: text('carrier').notNull(),
    /** As the seller typed it (shown), and its normalised form (matched against carrier events). */
    trackingNumber: text('tracking_number').notNull(),
    trackingKey: text('tracking_key').notNull(),
    status: text('status', {
      enum: [
        'label_created',
        'in_transit',
        'out_for_delivery',
        'failed_attempt',
        'delivered',
        'returned',
        'lost',
      ],
    }).notNull(),
    shippedAt: at('shipped_at').notNull(),
    /** The day the buyer is told to expect it, in the market's time zone. */
    estimatedOn: date('estimated_on', { mode: 'string' }).notNull(),
    /** The last day the seller's promise allowed (paid + promised delay): later is a late delivery. */
    promisedBy: date('promised_by', { mode: 'string' }),
    deliveredAt: at('delivered_at'),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('shipments_order_uq').on(t.orderId),
    index('shipments_tracking_idx').on(t.carrier, t.trackingKey),
    index('shipments_open_idx')
      .on(t.carrier, t.id)
      .where(sql`status NOT IN ('delivered', 'returned', 'lost')`),
  ],
);

/** Every tracking event of a parcel, whoever reported it. */
export const shipmentEvents = pgTable(
  'shipment_events',
  {
    id: serial('id').primaryKey(),
    shipmentId: integer('shipment_id')
      .notNull()
      .references(() => shipments.id),
    status: text('status').notNull(),
    occurredAt: at('occurred_at').notNull(),
    source: text('source', { enum: ['seller', 'sandbox', 'carrier', 'operator'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    recordedAt: at('recorded_at').notNull(),
  },
  (t) => [index('shipment_events_shipment_idx').on(t.shipmentId, t.occurredAt)],
);
