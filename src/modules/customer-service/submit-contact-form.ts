import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { supportTicketMessages, supportTickets } from './customer-service.schema.ts';
import { customerServiceEmails } from './customer-service-emails.ts';
import { checkContactForm } from './support-ticket.rules.ts';

export type ContactFormDeps = { db: Db; mailer: Mailer; now: Date };

/**
 * The platform's contact form (ToU art. 8.1), signed in or not: a ticket for customer service and
 * an acknowledgement emailed to the sender in `locale`. Bad input: every wrong field named, nothing
 * stored.
 */
export async function submitContactForm(
  deps: ContactFormDeps,
  input: {
    market: string;
    locale: string;
    userId: number | null;
    values: { topic?: string; email?: string; message?: string };
  },
): Promise<{ ticketId: number }> {
  const checked = checkContactForm(input.values);
  if (!checked.ok) throw AppError.invalid(checked.issues);
  const { topic, email, message } = checked.value;
  const now = deps.now;
  return deps.db.transaction(async (tx) => {
    const [ticket] = await tx
      .insert(supportTickets)
      .values({
        market: input.market,
        locale: input.locale,
        userId: input.userId,
        email,
        topic,
        status: 'open',
        createdAt: now,
        lastMessageAt: now,
        updatedAt: now,
      })
      .returning({ id: supportTickets.id });
    const ticketId = ticket!.id;
    await tx
      .insert(supportTicketMessages)
      .values({ ticketId, kind: 'customer', authorUserId: input.userId, body: message, createdAt: now });
    await deps.mailer.send(
      tx,
      customerServiceEmails.acknowledgement(input.locale, email, {
        number: String(ticketId),
        topic,
        message,
      }),
    );
    return { ticketId };
  });
}
