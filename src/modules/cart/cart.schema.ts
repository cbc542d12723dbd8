import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { offers } from '../offers/offers.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A cart: guests address theirs by its unguessable id; a signed-in buyer has one open cart. */
export const carts = pgTable(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: integer('user_id').references(() => users.id),
    /** Market code: prices, VAT and currency come from it. */
    market: text('market').notNull(),
    status: text('status', { enum: ['open', 'checked_out', 'merged'] })
      .notNull()
      .default('open'),
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('carts_open_user_market_uq')
      .on(t.userId, t.market)
      .where(sql`status = 'open' AND user_id IS NOT NULL`),
  ],
);

export const cartLines = pgTable(
  'cart_lines',
  {
    id: serial('id').primaryKey(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id),
    offerId: integer('offer_id')
      .notNull()
      .references(() => offers.id),
    quantity: integer('quantity').notNull(),
    /** The unit price when added, to flag a price change before checkout. */
    seenUnitPriceMinor: integer('seen_unit_price_minor').notNull(),
    insurance: boolean('insurance').notNull().default(false),
    addedAt: at('added_at').notNull(),
  },
  (t) => [
    uniqueIndex('cart_lines_offer_uq').on(t.cartId, t.offerId),
    index('cart_lines_cart_idx').on(t.cartId),
    index('cart_lines_offer_idx').on(t.offerId),
  ],
);
