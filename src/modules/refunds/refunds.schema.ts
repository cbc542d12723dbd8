import { boolean, index, integer, pgTable, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    /** Null: the checkout's service fee, refunded once every line of the checkout is. */
    orderLineId: integer('order_line_id').references(() => orderLines.id),
    /**
     * 'line': a refund of the line (goods, shipping and insurance, split pro rata); 'insurance':
     * the premium of a unit whose policy the insurer would not issue (refund-unbound-insurance.ts),
     * which reduces the line's refundable insurance and is never the seller's money.
     */
    kind: text('kind', { enum: ['line', 'insurance'] })
      .notNull()
      .default('line'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'succeeded', 'failed'] }).notNull(),
    providerRef: text('provider_ref'),
    /** The refund put the line's units back on sale (and no failure has taken them back since). */
    restocked: boolean('restocked').notNull().default(false),
    /** When the provider confirmed the outcome (succeeded or failed) after 'pending'. */
    settledAt: at('settled_at'),
    /** A refund that had counted (pending or succeeded) failed later: its effects were reversed. */
    reversedAt: at('reversed_at'),
    failureMessage: text('failure_message'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [
    index('refunds_payment_idx').on(t.paymentId),
    index('refunds_provider_ref_idx').on(t.providerRef),
    index('refunds_status_idx').on(t.status, t.createdAt),
  ],
);
