import { sql } from 'drizzle-orm';
import { check, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * What this database is: a demo (created by the demo seed, published passwords) or a real
 * installation. One row, written once; the demo seed refuses any database that is not a demo.
 */
export const installation = pgTable(
  'installation',
  {
    id: smallint('id').primaryKey().default(1),
    kind: text('kind', { enum: ['demo', 'production'] }).notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [check('installation_single_row', sql`${t.id} = 1`)],
);
