import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { checkouts } from '../checkout/checkout.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One payment per checkout, through a PaymentProvider (sandbox or Stripe). */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    checkoutId: uuid('checkout_id')
      .notNull()
      .references(() => checkouts.id),
    provider: text('provider', { enum: ['sandbox', 'stripe'] }).notNull(),
    providerRef: text('provider_ref'),
    method: text('method', { enum: ['card', 'bank_transfer'] }).notNull(),
    status: text('status', {
      enum: ['requires_action', 'processing', 'awaiting_transfer', 'succeeded', 'failed', 'cancelled'],
    }).notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    /** What the buyer must do next: a challenge URL, bank transfer instructions. */
    nextAction: jsonb('next_action').$type<Record<string, unknown>>(),
    failureMessage: text('failure_message'),
    /** Ordering of provider events: an older event never overwrites a newer state. */
    lastEventAt: at('last_event_at'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('payments_checkout_uq').on(t.checkoutId),
    index('payments_provider_ref_idx').on(t.provider, t.providerRef),
  ],
);

/** Every provider event once: a webhook delivered twice has one effect. */
export const paymentEvents = pgTable(
  'payment_events',
  {
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    paymentId: uuid('payment_id'),
    occurredAt: at('occurred_at').notNull(),
    receivedAt: at('received_at').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex('payment_events_uq').on(t.provider, t.eventId)],
);
