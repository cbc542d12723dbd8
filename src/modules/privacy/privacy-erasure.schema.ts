import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One line of an erasure report: how many records of a module's dataset were deleted or anonymised. */
export type ErasureCountRow = { module: string; dataset: string; count: number };
/** A held dataset in a report: how many records, why, and until when (null: until the claim is closed). */
export type ErasureHeldRow = ErasureCountRow & { reason: string; until: string | null };

/**
 * The erasure of an account (GDPR Art. 17): one per person, what was deleted, anonymised and held.
 * Written in the erasure's transaction; the person's `users` row stays, anonymised, so that the
 * held invoices keep their foreign keys.
 */
export const erasureReports = pgTable(
  'erasure_reports',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** Who asked: the person, an operator of the request desk, or null for the retention job. */
    requestedBy: integer('requested_by'),
    reason: text('reason', { enum: ['own_request', 'request_desk', 'retention'] }).notNull(),
    erasedAt: at('erased_at').notNull(),
    deleted: jsonb('deleted').$type<ErasureCountRow[]>().notNull(),
    anonymised: jsonb('anonymised').$type<ErasureCountRow[]>().notNull(),
    held: jsonb('held').$type<ErasureHeldRow[]>().notNull(),
  },
  (t) => [uniqueIndex('erasure_reports_user_uq').on(t.userId)],
);

/**
 * A record kept after an erasure because the law requires it (Art. 17(3)(b) and (e)): invoices and
 * accounting records, DSA Art. 30 trader data, what an open claim needs. `until` null: until the
 * claim is closed. The purge job erases the record through its module once the hold has ended.
 */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    erasureReportId: integer('erasure_report_id').references(() => erasureReports.id),
    module: text('module').notNull(),
    dataset: text('dataset').notNull(),
    /** The record's key in its module (an order id, a care folder id…). */
    recordRef: text('record_ref').notNull(),
    reason: text('reason', { enum: ['accounting', 'trader_traceability', 'open_claim'] }).notNull(),
    until: at('until'),
    createdAt: at('created_at').notNull(),
    purgedAt: at('purged_at'),
  },
  (t) => [
    index('legal_holds_user_idx').on(t.userId),
    index('legal_holds_live_idx').on(t.until).where(sql`purged_at IS NULL`),
  ],
);

/**
 * Retention of inactive accounts: when the person was warned, and when the account was
 * deactivated (erasure follows). A sign-in after the warning clears it.
 */
export const accountRetention = pgTable('account_retention', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  warnedAt: at('warned_at'),
  /** The deactivation date the warning announced. */
  deactivateOn: at('deactivate_on'),
  deactivatedAt: at('deactivated_at'),
  updatedAt: at('updated_at').notNull(),
});
