import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Platform customer service (ToU art. 8.1): questions and complaints about Reloop itself, sent
 * through the contact form (signed in or not), handled by operators in the console. Owned by the
 * customer-service module.
 */
export const supportTickets = pgTable(
  'support_tickets',
  {
    id: serial('id').primaryKey(),
    /** The market of the storefront the form was sent from (FR, DE, …). */
    market: text('market').notNull(),
    /** The locale the sender reads (their account's, else the page's): replies are written in it. */
    locale: text('locale').notNull(),
    /** The sender's account when signed in. */
    userId: integer('user_id').references(() => users.id),
    email: text('email').notNull(),
    topic: text('topic', { enum: ['question', 'complaint', 'other'] }).notNull(),
    status: text('status', { enum: ['open', 'pending', 'closed'] }).notNull(),
    assignedOperatorId: integer('assigned_operator_id').references(() => users.id),
    createdAt: at('created_at').notNull(),
    lastMessageAt: at('last_message_at').notNull(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    index('support_tickets_status_idx').on(t.status, t.lastMessageAt),
    index('support_tickets_user_idx').on(t.userId, t.id),
    index('support_tickets_email_idx').on(t.email),
  ],
);

/** The sender's message, operators' replies (emailed) and internal notes (never sent). */
export const supportTicketMessages = pgTable(
  'support_ticket_messages',
  {
    id: serial('id').primaryKey(),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => supportTickets.id),
    kind: text('kind', { enum: ['customer', 'reply', 'note'] }).notNull(),
    authorUserId: integer('author_user_id').references(() => users.id),
    body: text('body').notNull(),
    createdAt: at('created_at').notNull(),
  },
  (t) => [index('support_ticket_messages_ticket_idx').on(t.ticketId, t.id)],
);
