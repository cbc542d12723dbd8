import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { orderLines, orders } from '../orders/orders.schema.ts';
import type { InsuranceCover } from '../pricing/insurance.rules.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The insurance policies bound after payment (checkout's bindInsurance): one per insured unit of
 * an order line, written once (unique on the line and unit, so a retried capture binds nothing
 * twice). Owned by the checkout module; after-sales files claims on them.
 */
export const insurancePolicies = pgTable(
  'insurance_policies',
  {
    id: serial('id').primaryKey(),
    orderId: integer('order_id')
      .notNull()
      .references(() => orders.id),
    orderLineId: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id),
    /** Which unit of the line (1 … quantity). */
    unit: integer('unit').notNull(),
    policyRef: text('policy_ref').notNull(),
    provider: text('provider').notNull(),
    market: text('market').notNull(),
    covers: text('covers').array().$type<InsuranceCover[]>().notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    premiumMinor: integer('premium_minor').notNull(),
    currency: text('currency').notNull(),
    /** 'ended': the premium was refunded with the line, so there is no cover any more. */
    status: text('status', { enum: ['active', 'ended'] }).notNull(),
    endedAt: at('ended_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('insurance_policies_unit_uq').on(t.orderLineId, t.unit),
    uniqueIndex('insurance_policies_ref_uq').on(t.policyRef),
    index('insurance_policies_order_idx').on(t.orderId),
  ],
);
