import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { nextCreditNoteNumber } from '../orders/invoice-number.ts';
import { findOrderLine } from '../orders/order-queries.ts';
import { creditBreakdown, creditedForRefund, vatKey } from './credit-note.rules.ts';
import { creditNoteOfRefund, creditNotesOfOrder, refundToCredit } from './credit-notes.read-model.ts';
import { creditNotes } from './documents.schema.ts';
import type { CreditNoteLine, VatRateTotal } from './documents.types.ts';
import { loadSellerInvoice } from './seller-invoice.read-model.ts';

export type IssueCreditNoteInput = { refundId: number };
export type IssueCreditNoteResult =
  | { issued: true; creditNoteId: number; number: string; created: boolean }
  | {
      issued: false;
      why: 'refund_not_settled' | 'not_invoiced' | 'nothing_to_credit' | 'not_a_line_refund';
    };

class AlreadyIssued extends Error {}

/**
 * Issue the credit note of a settled refund of an invoiced order line, in the seller's name: the
 * next number of the seller's credit-note series for the year, the invoice it corrects, the
 * parties, the goods credited and their VAT (credit-note.rules.ts). Idempotent per refund: issuing
 * again returns the credit note already issued and takes no number.
 *
 * Called in the refund's transaction (refunds/refund-order-line.ts) and when a pending refund
 * succeeds; a refund still pending, or one of the service fee alone, gets none (typed result).
 * The number is taken first: it locks the seller's counter row until commit, so two refunds of
 * one order issued at once see each other's credit notes and credit VAT exactly.
 */
export async function issueCreditNote(
  deps: { db: Db; clock: Clock },
  input: IssueCreditNoteInput,
): Promise<IssueCreditNoteResult> {
  const existing = await creditNoteOfRefund(deps.db, input.refundId);
  if (existing) return { issued: true, creditNoteId: existing.id, number: existing.number, created: false };
  const refund = await refundToCredit(deps.db, input.refundId);
  if (!refund) throw AppError.notFound('Refund');
  // The service fee, or an unbound insurance premium: neither is the seller's supply.
  if (refund.orderLineId === null || refund.kind !== 'line')
    return { issued: false, why: 'not_a_line_refund' };
  if (refund.status !== 'succeeded') return { issued: false, why: 'refund_not_settled' };
  const found = await findOrderLine(deps.db, refund.orderLineId);
  if (!found) throw AppError.notFound('Order line');
  const { line, order } = found;
  const invoice = await loadSellerInvoice(deps.db, order.id);
  if (!order.invoiceNumber || !invoice) return { issued: false, why: 'not_invoiced' };

  const treatment = line.vatTreatment;
  const invoiced = invoice.order.vatBreakdown.find(
    (v) => vatKey(v.treatment, v.rateBp) === vatKey(treatment, line.vatRateBp),
  );
  const credit = (creditedBefore: { grossMinor: number; vatMinor: number }) =>
    creditedForRefund({
      line: { ...line, treatment, rateBp: line.vatRateBp },
      refundedBeforeMinor: refund.refundedBeforeMinor,
      insuranceRefundedMinor: refund.insuranceRefundedMinor,
      refundMinor: refund.amountMinor,
      invoiced,
      creditedBefore,
    });
  if (!credit({ grossMinor: 0, vatMinor: 0 })) return { issued: false, why: 'nothing_to_credit' };

  const now = deps.clock.now();
  try {
    return await deps.db.transaction(async (tx) => {
      const number = await nextCreditNoteNumber(tx, order.sellerId, now.getUTCFullYear());
      // After the counter lock: every earlier credit note of this seller is visible.
      const before = { grossMinor: 0, vatMinor: 0 };
      for (const n of await creditNotesOfOrder(tx, order.id))
        for (const v of n.vatBreakdown as VatRateTotal[])
          if (vatKey(v.treatment, v.rateBp) === vatKey(treatment, line.vatRateBp)) {
            before.grossMinor += v.grossMinor;
            before.vatMinor += v.vatMinor;
          }
      const amounts = credit(before)!;
      const noteLine: CreditNoteLine = {
        productName: line.productName,
        grade: line.grade,
        sku: line.sku,
        quantity: line.quantity,
        treatment,
        rateBp: treatment === 'standard' ? line.vatRateBp : 0,
        ...amounts,
      };
      const [row] = await tx
        .insert(creditNotes)
        .values({
          number,
          sellerId: order.sellerId,
          orderId: order.id,
          orderLineId: line.id,
          refundId: refund.id,
          invoiceNumber: order.invoiceNumber!,
          invoiceIssuedAt: invoice.issuedAt,
          currency: order.currency,
          issuedAt: now,
          reason: refund.reason,
          supplier: invoice.seller,
          customer: invoice.buyer,
          lines: [noteLine],
          vatBreakdown: creditBreakdown([noteLine]),
          totalMinor: amounts.grossMinor,
        })
        .onConflictDoNothing({ target: creditNotes.refundId })
        .returning({ id: creditNotes.id });
      // Issued meanwhile by another transaction: give the number back (roll back the counter).
      if (!row) throw new AlreadyIssued();
      return { issued: true as const, creditNoteId: row.id, number, created: true };
    });
  } catch (e) {
    if (!(e instanceof AlreadyIssued)) throw e;
    const n = (await creditNoteOfRefund(deps.db, input.refundId))!;
    return { issued: true, creditNoteId: n.id, number: n.number, created: false };
  }
}
