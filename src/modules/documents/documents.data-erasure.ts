/**
 * Erasure and the documents issued about a buyer: credit notes are accounting documents, held for
 * the market's period from their issue (legal-holds.rules.ts); when the hold ends, the customer
 * printed on them is reduced to its country. Platform invoices are addressed to sellers, not people.
 */
import { eq, inArray } from 'drizzle-orm';
import { buyerOrders } from '../orders/orders.data-erasure.ts';
import type { DataEraser, HeldRecord } from '../privacy/data-erasure.types.ts';
import { accountingHold } from '../privacy/legal-holds.rules.ts';
import { creditNotes } from './documents.schema.ts';

export const documentsEraser: DataEraser = {
  module: 'documents',
  async erase({ db }, { userId }) {
    const orders = await buyerOrders(db, userId);
    if (!orders.length) return { tallies: [], held: [] };
    const market = new Map(orders.map((o) => [o.id, o.market]));
    const notes = await db
      .select({ id: creditNotes.id, orderId: creditNotes.orderId, issuedAt: creditNotes.issuedAt })
      .from(creditNotes)
      .where(inArray(creditNotes.orderId, [...market.keys()]));
    const held: HeldRecord[] = notes.map((n) => ({
      dataset: 'credit_notes',
      recordRef: String(n.id),
      ...accountingHold(market.get(n.orderId) ?? '', n.issuedAt),
    }));
    return { tallies: [], held };
  },
  async releaseHolds({ db }, { holds, now }) {
    const due = holds.filter(
      (h) => h.dataset === 'credit_notes' && h.until && h.until.getTime() <= now.getTime(),
    );
    for (const h of due) {
      const [note] = await db
        .select({ customer: creditNotes.customer })
        .from(creditNotes)
        .where(eq(creditNotes.id, Number(h.recordRef)));
      if (!note) continue;
      await db
        .update(creditNotes)
        .set({ customer: { name: '', addressLines: [], country: note.customer.country, vatNumber: null } })
        .where(eq(creditNotes.id, Number(h.recordRef)));
    }
    return due.map((h) => ({ dataset: h.dataset, recordRef: h.recordRef }));
  },
};
