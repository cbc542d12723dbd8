import { index, integer, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orderLines } from '../orders/orders.schema.ts';
import { payments } from '../payments/payments.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const refunds = pgTable(
  'refunds',
  {
    id: serial('id').primaryKey(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id),
    orderLineId: integer('order_line_id').references(() => orderLines.id),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    providerRef: text('provider_ref'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('refunds_payment_idx').on(t.paymentId)],
);
