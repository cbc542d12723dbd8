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
    /**
     * The service fee's VAT as priced at placement (priceCheckout().platformVat): 'reverse_charge'
     * for a verified business buyer of another member state (no VAT, Art. 44 + 196), else
     * 'standard' at the market's rate. The capture books exactly this. Null on checkouts placed
     * before it was stored (booked at the market's rate on the checkout's date).
     */
    serviceFeeVatTreatment: text('service_fee_vat_treatment', { enum: ['standard', 'reverse_charge'] }),
    /** The VAT included in the service fee (minor units; 0 when reverse-charged). */
    serviceFeeVatMinor: integer('service_fee_vat_minor'),
    totalMinor: integer('total_minor').notNull(),
    /** Unpaid bank transfers are cancelled at this time (48 h after confirmation). */
    paymentDueAt: at('payment_due_at'),
    /**
     * The soft opt-in offer of the checkout page (ePrivacy Art. 13(2)): 'offered' when the
     * signed-in consumer saw the unticked "no offers" box and left it, 'declined' when they ticked
     * it; null when no box was shown (API, guest, a choice already made). Once paid, an 'offered'
     * checkout records the soft opt-in (marketing's recordSoftOptIn).
     */
    softOptIn: text('soft_opt_in', { enum: ['offered', 'declined'] }),
    createdAt: at('created_at').notNull(),
  },
  (t) => [uniqueIndex('checkouts_idempotency_uq').on(t.cartId, t.idempotencyKey)],
);
