import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { carts } from '../cart/cart.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One buyer's confirmed purchase across sellers: it holds the payment and the service fee. Placing
 * it is idempotent per (buyer or cart, Idempotency-Key); `requestHash` detects a reused key with
 * another body.
 */
export const checkouts = pgTable(
  'checkouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id),
    buyerUserId: integer('buyer_user_id').references(() => users.id),
    buyerEmail: text('buyer_email').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    requestHash: text('request_hash').notNull(),
    market: text('market').notNull(),
    currency: text('currency').notNull(),
    paymentMethod: text('payment_method', { enum: ['card', 'bank_transfer'] }).notNull(),
    serviceFeeMinor: integer('service_fee_minor').notNull(),
    totalMinor: integer('total_minor').notNull(),
    /** Unpaid bank transfers are cancelled at this time (48 h after confirmation). */
    paymentDueAt: at('payment_due_at'),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('checkouts_idempotency_uq').on(t.cartId, t.idempotencyKey)],
);
