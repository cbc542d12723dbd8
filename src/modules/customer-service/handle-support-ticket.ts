import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { supportTicketMessages, supportTickets } from './customer-service.schema.ts';
import { customerServiceEmails } from './customer-service-emails.ts';
import { checkOperatorText, TICKET_STATUSES, type TicketStatus } from './support-ticket.rules.ts';

/**
 * Operators' work on a platform ticket: a reply (emailed to the person in the ticket's language;
 * the ticket then waits for them), an internal note (never sent), assignment and status. The
 * console's access rules decide who is an operator; these only check their input.
 */
export type TicketDeps = { db: Db; mailer: Mailer; now: Date };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function lockedTicket(tx: Tx, ticketId: number) {
  const [t] = await tx.select().from(supportTickets).where(eq(supportTickets.id, ticketId)).for('update');
  if (!t) throw AppError.notFound('Ticket');
  return t;
}

export async function replyToTicket(
  deps: TicketDeps,
  input: { operatorId: number; ticketId: number; body: string },
): Promise<{ messageId: number }> {
  const body = checkOperatorText(input.body);
  if (typeof body !== 'string') throw AppError.invalid([body]);
  return deps.db.transaction(async (tx) => {
    const t = await lockedTicket(tx, input.ticketId);
    const [m] = await tx
      .insert(supportTicketMessages)
      .values({ ticketId: t.id, kind: 'reply', authorUserId: input.operatorId, body, createdAt: deps.now })
      .returning({ id: supportTicketMessages.id });
    await tx
      .update(supportTickets)
      .set({ status: 'pending', lastMessageAt: deps.now, updatedAt: deps.now })
      .where(eq(supportTickets.id, t.id));
    await deps.mailer.send(
      tx,
      customerServiceEmails.reply(t.locale, t.email, { number: String(t.id), reply: body }),
    );
    return { messageId: m!.id };
  });
}

export async function addTicketNote(
  deps: TicketDeps,
  input: { operatorId: number; ticketId: number; body: string },
): Promise<{ messageId: number }> {
  const body = checkOperatorText(input.body);
  if (typeof body !== 'string') throw AppError.invalid([body]);
  return deps.db.transaction(async (tx) => {
    const t = await lockedTicket(tx, input.ticketId);
    const [m] = await tx
      .insert(supportTicketMessages)
      .values({ ticketId: t.id, kind: 'note', authorUserId: input.operatorId, body, createdAt: deps.now })
      .returning({ id: supportTicketMessages.id });
    await tx.update(supportTickets).set({ updatedAt: deps.now }).where(eq(supportTickets.id, t.id));
    return { messageId: m!.id };
  });
}

/** Take a ticket, give it to another operator, or (null) put it back in the list unassigned. */
export async function assignTicket(
  deps: TicketDeps,
  input: { ticketId: number; operatorUserId: number | null },
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const t = await lockedTicket(tx, input.ticketId);
    await tx
      .update(supportTickets)
      .set({ assignedOperatorId: input.operatorUserId, updatedAt: deps.now })
      .where(eq(supportTickets.id, t.id));
  });
}

export async function setTicketStatus(
  deps: TicketDeps,
  input: { ticketId: number; status: string },
): Promise<{ status: TicketStatus }> {
  const status = TICKET_STATUSES.find((s) => s === input.status);
  if (!status)
    throw AppError.invalid([{ field: 'status', message: `must be one of ${TICKET_STATUSES.join(', ')}` }]);
  await deps.db.transaction(async (tx) => {
    const t = await lockedTicket(tx, input.ticketId);
    await tx.update(supportTickets).set({ status, updatedAt: deps.now }).where(eq(supportTickets.id, t.id));
  });
  return { status };
}
