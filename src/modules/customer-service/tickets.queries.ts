import { and, asc, desc, eq, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { supportTicketMessages, supportTickets } from './customer-service.schema.ts';
import type { TicketStatus } from './support-ticket.rules.ts';

export type TicketRow = typeof supportTickets.$inferSelect;
export type TicketMessage = typeof supportTicketMessages.$inferSelect;

/** Tickets for the console's list, most recent activity first. */
export async function listTickets(
  db: Db,
  f: { status?: TicketStatus; assignee?: 'me' | 'none'; operatorId?: number } = {},
  limit = 200,
): Promise<TicketRow[]> {
  const where: SQL[] = [];
  if (f.status) where.push(eq(supportTickets.status, f.status));
  if (f.assignee === 'me' && f.operatorId) where.push(eq(supportTickets.assignedOperatorId, f.operatorId));
  if (f.assignee === 'none') where.push(isNull(supportTickets.assignedOperatorId));
  return db
    .select()
    .from(supportTickets)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(supportTickets.lastMessageAt), desc(supportTickets.id))
    .limit(limit);
}

/** A ticket with its whole history (the person's messages, replies and internal notes), or null. */
export async function ticketDetail(
  db: Db,
  ticketId: number,
): Promise<{ ticket: TicketRow; messages: TicketMessage[] } | null> {
  const [ticket] = await db.select().from(supportTickets).where(eq(supportTickets.id, ticketId));
  if (!ticket) return null;
  const messages = await db
    .select()
    .from(supportTicketMessages)
    .where(eq(supportTicketMessages.ticketId, ticketId))
    .orderBy(asc(supportTicketMessages.id));
  return { ticket, messages };
}

/** A person's tickets: sent signed in, or signed out from their account's address. */
export async function ticketsOfPerson(db: Db, p: { userId: number; email: string }): Promise<TicketRow[]> {
  return db
    .select()
    .from(supportTickets)
    .where(or(eq(supportTickets.userId, p.userId), eq(supportTickets.email, p.email)))
    .orderBy(desc(supportTickets.id))
    .limit(100);
}
