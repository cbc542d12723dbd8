import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { nextCreditNoteNumber } from '../orders/invoice-number.ts';
import { cancellationOf, creditNoteOfRefund } from './credit-notes.read-model.ts';
import { creditNotes } from './documents.schema.ts';

export type CancelCreditNoteInput = { refundId: number; reason: string };
export type CancelCreditNoteResult =
  | { cancelled: true; creditNoteId: number; number: string; created: boolean }
  | { cancelled: false; why: 'no_credit_note' };

/**
 * A refund whose credit note was issued failed afterwards (the provider reversed it): the credit
 * note is never changed, a new document cancels it — "Cancellation of credit note CN…", the next
 * number of the seller's credit-note series, referencing the credit note and the invoice, with the
 * credit note's lines, VAT and total negated (so the order's credited VAT sums back to what stays
 * refunded, and a later credit note of the same line credits VAT as if the cancelled one had never
 * been). Idempotent per credit note; nothing when the refund had none (it never succeeded).
 * Called by refunds' settle-refund.ts in the transaction that reverses the refund.
 */
export async function cancelCreditNote(
  deps: { db: Db; clock: Clock },
  input: CancelCreditNoteInput,
): Promise<CancelCreditNoteResult> {
  const note = await creditNoteOfRefund(deps.db, input.refundId);
  if (!note) return { cancelled: false, why: 'no_credit_note' };
  const existing = await cancellationOf(deps.db, note.id);
  if (existing)
    return { cancelled: true, creditNoteId: existing.id, number: existing.number, created: false };
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const number = await nextCreditNoteNumber(tx, note.sellerId, now.getUTCFullYear());
    // After the counter lock: a concurrent cancellation of this note has committed or not begun.
    const again = await cancellationOf(tx, note.id);
    if (again) throw new Error(`credit note ${note.number} cancelled meanwhile`);
    const neg = <T extends { grossMinor: number; netMinor: number; vatMinor: number }>(x: T): T => ({
      ...x,
      grossMinor: 0 - x.grossMinor,
      netMinor: 0 - x.netMinor,
      vatMinor: 0 - x.vatMinor,
    });
    const [row] = await tx
      .insert(creditNotes)
      .values({
        number,
        sellerId: note.sellerId,
        orderId: note.orderId,
        orderLineId: note.orderLineId,
        refundId: null,
        cancelsCreditNoteId: note.id,
        invoiceNumber: note.invoiceNumber,
        invoiceIssuedAt: note.invoiceIssuedAt,
        currency: note.currency,
        issuedAt: now,
        reason: `Cancellation of credit note ${note.number}: ${input.reason}`,
        supplier: note.supplier,
        customer: note.customer,
        lines: note.lines.map(neg),
        vatBreakdown: note.vatBreakdown.map(neg),
        totalMinor: 0 - note.totalMinor,
      })
      .returning({ id: creditNotes.id });
    return { cancelled: true as const, creditNoteId: row!.id, number, created: true };
  });
}
