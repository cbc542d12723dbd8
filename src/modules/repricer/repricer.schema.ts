import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Every automatic price change, for the seller to see why a price moved. */
export const repricerLog = pgTable(
  'repricer_log',
  {
    id: serial('id').primaryKey(),
    offerId: integer('offer_id').notNull(),
    market: text('market').notNull(),
    fromMinor: integer('from_minor').notNull(),
    toMinor: integer('to_minor').notNull(),
    reason: text('reason').notNull(),
    at: at('at').notNull(),
  },
  (t) => [index('repricer_log_offer_idx').on(t.offerId, t.at)],
);
