import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The transactional outbox: a use case writes its email in the same transaction as its change;
 * a job delivers it through the configured transport.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: serial('id').primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    htmlBody: text('html_body'),
    /** Which template produced it, e.g. 'accounts.verify-email'. */
    template: text('template').notNull(),
    /**
     * Extra header fields the transport adds, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post`
     * on marketing mail (RFC 2369, RFC 8058); null: none.
     */
    headers: jsonb('headers').$type<Record<string, string>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    index('mail_outbox_pending_idx').on(t.id).where(sql`sent_at IS NULL`),
    index('mail_outbox_to_idx').on(t.toAddress, t.id),
  ],
);
