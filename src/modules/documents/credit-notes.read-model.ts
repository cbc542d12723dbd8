/**
 * Read model — serves: credit notes (issue-credit-note.ts, the seller invoice, the documents lists
 * of the seller portal, the shop and the console). Reads: credit_notes (documents), refunds
 * (refunds). Never writes.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { refunds } from '../refunds/refunds.schema.ts';
import { creditNotes } from './documents.schema.ts';
import type { CreditNote } from './documents.types.ts';

type Reader = Pick<Db, 'select'>;

/** Refund statuses whose money counts as given back (refunds.store.ts COUNTED_REFUND_STATUSES). */
const COUNTED = ['succeeded', 'pending'];

/** The credit note a cancellation cancels (its number is printed on the cancellation). */
const cancelled = alias(creditNotes, 'cancelled_credit_note');

const toNote = (r: { note: typeof creditNotes.$inferSelect; cancelsNumber: string | null }): CreditNote => ({
  ...r.note,
  cancelsNumber: r.cancelsNumber,
});

const notes = (db: Reader) =>
  db
    .select({ note: creditNotes, cancelsNumber: cancelled.number })
    .from(creditNotes)
    .leftJoin(cancelled, eq(cancelled.id, creditNotes.cancelsCreditNoteId));

/** An order's credit notes and their cancellations, in the order they were issued. */
export async function creditNotesOfOrder(db: Reader, orderId: number): Promise<CreditNote[]> {
  const rows = await notes(db).where(eq(creditNotes.orderId, orderId)).orderBy(asc(creditNotes.id));
  return rows.map(toNote);
}

/** The credit notes (and cancellations) of the orders of a checkout, as the buyer's order page lists them. */
export async function creditNotesOfOrders(db: Reader, orderIds: readonly number[]): Promise<CreditNote[]> {
  if (orderIds.length === 0) return [];
  const rows = await notes(db)
    .where(inArray(creditNotes.orderId, [...orderIds]))
    .orderBy(asc(creditNotes.id));
  return rows.map(toNote);
}

/** A seller's credit notes, newest first. */
export async function creditNotesOfSeller(db: Reader, sellerId: number, limit = 200): Promise<CreditNote[]> {
  const rows = await notes(db)
    .where(eq(creditNotes.sellerId, sellerId))
    .orderBy(desc(creditNotes.id))
    .limit(limit);
  return rows.map(toNote);
}

export async function creditNoteByNumber(db: Reader, number: string): Promise<CreditNote | null> {
  const [row] = await notes(db).where(eq(creditNotes.number, number));
  return row ? toNote(row) : null;
}

export async function creditNoteOfRefund(db: Reader, refundId: number): Promise<CreditNote | null> {
  const [row] = await notes(db).where(eq(creditNotes.refundId, refundId));
  return row ? toNote(row) : null;
}

/** The document cancelling a credit note, if any. */
export async function cancellationOf(db: Reader, creditNoteId: number): Promise<CreditNote | null> {
  const [row] = await notes(db).where(eq(creditNotes.cancelsCreditNoteId, creditNoteId));
  return row ? toNote(row) : null;
}

/** The refund a credit note documents, and what counted refunds of its line gave back before it. */
export async function refundToCredit(db: Reader, refundId: number) {
  const [r] = await db.select().from(refunds).where(eq(refunds.id, refundId));
  if (!r) return null;
  let refundedBeforeMinor = 0;
  let insuranceRefundedMinor = 0;
  if (r.orderLineId !== null) {
    // Line refunds before this one; unbound-insurance premiums refunded apart (any time) are off
    // the line's insurance, so the goods part of each line refund stays exact.
    const [s] = await db
      .select({
        s: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.kind} = 'line' and ${refunds.id} < ${r.id}), 0)`,
        i: sql<string>`coalesce(sum(${refunds.amountMinor}) filter (where ${refunds.kind} = 'insurance'), 0)`,
      })
      .from(refunds)
      .where(
        and(
          eq(refunds.orderLineId, r.orderLineId),
          inArray(refunds.status, COUNTED as Array<typeof r.status>),
        ),
      );
    refundedBeforeMinor = Number(s!.s);
    insuranceRefundedMinor = Number(s!.i);
  }
  return {
    id: r.id,
    orderLineId: r.orderLineId,
    amountMinor: r.amountMinor,
    currency: r.currency,
    reason: r.reason,
    status: r.status,
    kind: r.kind,
    refundedBeforeMinor,
    insuranceRefundedMinor,
  };
}
