/**
 * Read model for "Download my data" (documents.data-export.ts): the credit notes issued to the
 * person (on their orders). Joins credit notes with orders; never writes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { orders } from '../orders/orders.schema.ts';
import { creditNotes } from './documents.schema.ts';

export async function creditNotesOfPerson(db: Db, userId: number) {
  return db
    .select({
      number: creditNotes.number,
      orderId: creditNotes.orderId,
      orderLineId: creditNotes.orderLineId,
      invoiceNumber: creditNotes.invoiceNumber,
      issuedAt: creditNotes.issuedAt,
      currency: creditNotes.currency,
      reason: creditNotes.reason,
      supplier: creditNotes.supplier,
      customer: creditNotes.customer,
      lines: creditNotes.lines,
      totalMinor: creditNotes.totalMinor,
    })
    .from(creditNotes)
    .innerJoin(orders, eq(orders.id, creditNotes.orderId))
    .where(eq(orders.buyerUserId, userId))
    .orderBy(asc(creditNotes.id));
}
