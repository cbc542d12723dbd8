/**
 * What a credit note credits, pure (issue 11 defect 8; domain-rules §3.6, §6).
 *
 * A refund of an order line gives back goods + shipping (the seller's supply, on its invoice) and
 * possibly insurance (the insurer's, not on the seller's invoice): the credit note carries only the
 * goods part, split as the refund's ledger entry splits it (refund.rules.ts, cumulative pro rata).
 *
 * VAT: the invoice's VAT is per rate on the summed amounts (EN 16931), so a credit note does not
 * recompute VAT on its own amount: the VAT credited for a rate after k credit notes is
 * round_half_up(V × C_k / G), V and G the invoice's VAT and gross for that rate and C_k the gross
 * credited so far. Crediting the whole invoice in any number of notes credits exactly its VAT
 * (credit notes mirror invoices). Margin-scheme and reverse-charged amounts carry no VAT.
 */
import { mulDivHalfUp } from '../../platform/money.ts';
import { vatIncluded } from '../pricing/vat.rules.ts';
import { goodsRefundedUpTo, lineTotals, type RefundableLine } from '../refunds/refund.rules.ts';
import type { VatRateTotal } from './documents.types.ts';

type Treatment = VatRateTotal['treatment'];

/** The bucket of an invoice's VAT breakdown an amount belongs to (rate only matters for standard). */
export function vatKey(treatment: Treatment, rateBp: number): string {
  return treatment === 'standard' ? `standard:${rateBp}` : treatment;
}

export type CreditedAmounts = { grossMinor: number; netMinor: number; vatMinor: number };

export function creditedForRefund(input: {
  line: RefundableLine & { treatment: Treatment; rateBp: number };
  /** What counted refunds of this line gave back before this one. */
  refundedBeforeMinor: number;
  /** Unbound-insurance premiums of the line refunded apart (not part of its line refunds). */
  insuranceRefundedMinor?: number;
  refundMinor: number;
  /** The invoice's breakdown entry of the line's bucket, if any. */
  invoiced: VatRateTotal | undefined;
  /** What earlier credit notes of the order credited in that bucket. */
  creditedBefore: { grossMinor: number; vatMinor: number };
}): CreditedAmounts | null {
  const t = lineTotals(input.line, { insuranceRefundedMinor: input.insuranceRefundedMinor ?? 0 });
  const before = input.refundedBeforeMinor;
  const after = Math.min(before + input.refundMinor, t.totalMinor);
  const gross = goodsRefundedUpTo(t, after) - goodsRefundedUpTo(t, before);
  if (gross <= 0) return null;
  if (input.line.treatment !== 'standard') return { grossMinor: gross, netMinor: gross, vatMinor: 0 };
  const inv = input.invoiced;
  const cumulative = input.creditedBefore.grossMinor + gross;
  let vat: number;
  if (inv && inv.grossMinor > 0 && cumulative <= inv.grossMinor)
    vat = mulDivHalfUp(inv.vatMinor, cumulative, inv.grossMinor) - input.creditedBefore.vatMinor;
  else vat = vatIncluded(gross, input.line.rateBp);
  vat = Math.max(0, Math.min(vat, gross));
  return { grossMinor: gross, netMinor: gross - vat, vatMinor: vat };
}

/** Sum credited amounts per bucket (the credit note's own VAT summary). */
export function creditBreakdown(
  items: Array<CreditedAmounts & { treatment: Treatment; rateBp: number }>,
): VatRateTotal[] {
  const out = new Map<string, VatRateTotal>();
  for (const i of items) {
    const k = vatKey(i.treatment, i.rateBp);
    const e = out.get(k) ?? {
      treatment: i.treatment,
      rateBp: i.treatment === 'standard' ? i.rateBp : 0,
      netMinor: 0,
      vatMinor: 0,
      grossMinor: 0,
    };
    out.set(k, {
      ...e,
      netMinor: e.netMinor + i.netMinor,
      vatMinor: e.vatMinor + i.vatMinor,
      grossMinor: e.grossMinor + i.grossMinor,
    });
  }
  return [...out.values()];
}
