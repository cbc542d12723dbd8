/**
 * "Download my data": the person's platform customer-service tickets and their exchanges
 * (operators' internal notes are not sent to them, and stay out, as do the operators' ids).
 */
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { supportTicketMessages, supportTickets } from './customer-service.schema.ts';

export const customerServiceDataExport: PersonalDataExporter = {
  module: 'customer-service',
  describe: {
    tickets: 'What you asked Reloop’s customer service: topic, email, language, status, dates.',
    ticket_messages: 'Your messages and customer service’s replies.',
  },
  async datasets(db, userId) {
    const tickets = await db
      .select({
        id: supportTickets.id,
        market: supportTickets.market,
        locale: supportTickets.locale,
        email: supportTickets.email,
        topic: supportTickets.topic,
        status: supportTickets.status,
        createdAt: supportTickets.createdAt,
        lastMessageAt: supportTickets.lastMessageAt,
      })
      .from(supportTickets)
      .where(eq(supportTickets.userId, userId))
      .orderBy(asc(supportTickets.id));
    const messages = tickets.length
      ? await db
          .select({
            ticketId: supportTicketMessages.ticketId,
            from: supportTicketMessages.kind,
            body: supportTicketMessages.body,
            createdAt: supportTicketMessages.createdAt,
          })
          .from(supportTicketMessages)
          .where(
            and(
              inArray(
                supportTicketMessages.ticketId,
                tickets.map((t) => t.id),
              ),
              ne(supportTicketMessages.kind, 'note'),
            ),
          )
          .orderBy(asc(supportTicketMessages.id))
      : [];
    return {
      tickets,
      ticket_messages: messages.map((m) => ({
        ...m,
        from: m.from === 'customer' ? 'you' : 'customer service',
      })),
    };
  },
};
