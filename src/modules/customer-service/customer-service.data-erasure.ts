/**
 * Erasure of a person's support tickets (by account, or by their address when sent signed out):
 * an open or pending ticket is held while the exchange is open (it may be a dispute); a closed one
 * is deleted with its messages, replies and notes. A held ticket is deleted once closed.
 */
import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { type DataEraser, tally } from '../privacy/data-erasure.types.ts';
import { claimHold } from '../privacy/legal-holds.rules.ts';
import { supportTicketMessages, supportTickets } from './customer-service.schema.ts';

async function deleteTickets(db: Db, ids: number[]): Promise<number> {
  if (!ids.length) return 0;
  await db.delete(supportTicketMessages).where(inArray(supportTicketMessages.ticketId, ids));
  const rows = await db
    .delete(supportTickets)
    .where(inArray(supportTickets.id, ids))
    .returning({ id: supportTickets.id });
  return rows.length;
}

const ticketsOf = (db: Db, userId: number, email: string) =>
  db
    .select({ id: supportTickets.id, status: supportTickets.status })
    .from(supportTickets)
    .where(or(eq(supportTickets.userId, userId), eq(supportTickets.email, email)));

export const customerServiceEraser: DataEraser = {
  module: 'customer-service',
  async erase({ db }, { userId, email }) {
    const tickets = await ticketsOf(db, userId, email);
    const held = tickets.flatMap((t) => {
      const hold = claimHold('support_ticket', t.status);
      return hold ? [{ dataset: 'support_tickets' as const, recordRef: String(t.id), ...hold }] : [];
    });
    const heldIds = new Set(held.map((h) => Number(h.recordRef)));
    // A held ticket sent signed out is tied to the account, so the purge finds it after the address is gone.
    if (heldIds.size)
      await db
        .update(supportTickets)
        .set({ userId })
        .where(inArray(supportTickets.id, [...heldIds]));
    const deleted = await deleteTickets(
      db,
      tickets.filter((t) => !heldIds.has(t.id)).map((t) => t.id),
    );
    return { tallies: [tally('support_tickets', { deleted })], held };
  },
  async releaseHolds({ db }, { userId, holds }) {
    const asked = new Set(holds.filter((h) => h.dataset === 'support_tickets').map((h) => h.recordRef));
    const rows = await db
      .select({ id: supportTickets.id, status: supportTickets.status })
      .from(supportTickets)
      .where(eq(supportTickets.userId, userId));
    const closed = rows.filter((t) => asked.has(String(t.id)) && !claimHold('support_ticket', t.status));
    await deleteTickets(
      db,
      closed.map((t) => t.id),
    );
    return closed.map((t) => ({ dataset: 'support_tickets', recordRef: String(t.id) }));
  },
};
