/**
 * Reloop's monthly invoice to a seller for its own services: commission on the seller's sales
 * (net of the commission given back on refunds) and the monthly seller fee.
 *
 * Amounts come from the ledger, for the calendar month (UTC):
 * - commission: Σ orders.commission_minor of the seller's orders whose payment was captured in the
 *   month (the `payment_captured` transaction whose reference is the order's checkout). The
 *   transaction's own `platform_revenue:commission` leg cannot be used: it sums all the sellers
 *   of a multi-seller checkout.
 * - commission refunded: the `platform_revenue:commission` legs of `refund` transactions in the
 *   month that touch `seller_payable:<id>` (one refund transaction is for one seller).
 * - monthly fee: the `platform_revenue:monthly_fee` leg of the `monthly_fee` transaction of
 *   reference `<sellerId>:<period>`, whenever it was posted.
 * Orders in several currencies give one section per currency (its own totals).
 *
 * VAT (decision; VATD Arts. 44, 196 — B2B services are supplied where the customer is
 * established): sellers established in France pay French VAT at 20 % on the net amounts; sellers
 * established in another member state are reverse-charged ("Reverse charge — Art. 196 Directive
 * 2006/112/EC", no VAT, the seller's VAT number printed); sellers outside the EU: no VAT, outside
 * the scope of EU VAT. VAT per section on the summed net amount (EN 16931), half-up.
 *
 * Numbering (decision): no table may be added for platform invoices, so the number is derived, not
 * drawn from `invoice_counters`: `P-<YYYY>-<MM>-S<sellerId>`. It is unique (one invoice per seller
 * and month), sequential within each seller's own series (one per month, no gaps: a month without
 * activity still has its invoice, for 0.00) and stable: requesting the PDF again gives the same
 * number, date of issue (the first day after the month) and amounts, so nothing needs storing.
 * The month must be over before its invoice is issued.
 */
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { formatAmount, mulDivHalfUp } from '../../platform/money.ts';
import {
  PLATFORM_OUTSIDE_SCOPE_MENTION,
  PLATFORM_REVERSE_CHARGE_MENTION,
  type PlatformVatTreatment,
  platformVatFor,
} from '../pricing/platform-vat.rules.ts';
import { sellersByIds } from '../sellers/sellers.store.ts';
import type { InvoiceParty } from './documents.types.ts';
import { sellerParty } from './invoice-parties.ts';
import { formatRate, isoDate, type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';
import { platformInvoiceAmounts } from './platform-invoice.read-model.ts';
import { partyLines } from './seller-invoice.pdf.ts';

/** Placeholder legal details of the platform; replace with the operator's own before production. */
export const PLATFORM_SUPPLIER: InvoiceParty = {
  name: 'Reloop SAS',
  addressLines: ['1 rue de la Paix', '75002 Paris'],
  country: 'FR',
  vatNumber: 'FR40303265045',
  registration: 'RCS Paris (placeholder)',
};

export {
  PLATFORM_OUTSIDE_SCOPE_MENTION,
  PLATFORM_REVERSE_CHARGE_MENTION,
  type PlatformVatTreatment,
  platformVatFor,
};

export type PlatformInvoiceLine = { description: string; quantity: number; netMinor: number };
export type PlatformInvoiceSection = {
  currency: string;
  lines: PlatformInvoiceLine[];
  netMinor: number;
  vatMinor: number;
  grossMinor: number;
};

export type PlatformInvoiceData = {
  number: string;
  sellerId: number;
  period: string;
  periodStart: Date;
  /** Exclusive: the first instant of the next month, also the date of issue. */
  periodEnd: Date;
  issuedAt: Date;
  supplier: InvoiceParty;
  customer: InvoiceParty;
  treatment: PlatformVatTreatment;
  rateBp: number;
  mention: string | null;
  sections: PlatformInvoiceSection[];
};

export function platformInvoiceNumber(sellerId: number, period: string): string {
  return `P-${period.slice(0, 4)}-${period.slice(5, 7)}-S${sellerId}`;
}

/** The month's bounds (UTC); INVALID_INPUT for a malformed month or one not over at `now`. */
export function parsePeriod(period: string, now?: Date): { start: Date; end: Date } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12)
    throw AppError.invalid(
      [{ field: 'period', message: 'must be a month like 2026-01' }],
      'The period must be a month like 2026-01',
    );
  const start = new Date(Date.UTC(Number(m[1]), month - 1, 1));
  const end = new Date(Date.UTC(Number(m[1]), month, 1));
  if (now && end > now)
    throw AppError.invalid(
      [{ field: 'period', message: 'a month is invoiced once it is over' }],
      `The invoice for ${period} is issued once the month is over`,
    );
  return { start, end };
}

/** Net amounts + VAT per currency: VAT on the section's summed net, half-up (sign-aware). */
export function platformSection(
  currency: string,
  lines: PlatformInvoiceLine[],
  rateBp: number,
): PlatformInvoiceSection {
  const net = lines.reduce((a, l) => a + l.netMinor, 0);
  const vat = rateBp ? mulDivHalfUp(net, rateBp, 10_000) : 0;
  return { currency, lines, netMinor: net, vatMinor: vat, grossMinor: net + vat };
}

export async function platformInvoiceData(
  db: Db,
  opts: { sellerId: number; period: string; now?: Date },
): Promise<PlatformInvoiceData | null> {
  const { start, end } = parsePeriod(opts.period, opts.now);
  const [seller] = await sellersByIds(db, [opts.sellerId]);
  if (!seller) return null;
  const vat = platformVatFor(seller.country);

  const { sales, refunds, fees } = await platformInvoiceAmounts(db, {
    sellerId: opts.sellerId,
    period: opts.period,
    start,
    end,
  });

  const byCurrency = new Map<string, PlatformInvoiceLine[]>();
  const add = (currency: string, line: PlatformInvoiceLine) => {
    const ls = byCurrency.get(currency) ?? [];
    ls.push(line);
    byCurrency.set(currency, ls);
  };
  for (const s of sales)
    add(s.currency, {
      description: `Commission on sales (${s.count} order(s) paid in ${opts.period})`,
      quantity: s.count,
      netMinor: s.commissionMinor,
    });
  for (const r of refunds)
    if (r.commissionBackMinor !== 0)
      add(r.currency, {
        description: `Commission returned on refunds (${r.count} refund(s))`,
        quantity: r.count,
        netMinor: -r.commissionBackMinor,
      });
  for (const f of fees)
    add(f.currency, {
      description: `Monthly seller fee ${opts.period}`,
      quantity: 1,
      netMinor: -f.feeMinor,
    });

  return {
    number: platformInvoiceNumber(opts.sellerId, opts.period),
    sellerId: opts.sellerId,
    period: opts.period,
    periodStart: start,
    periodEnd: end,
    issuedAt: end,
    supplier: PLATFORM_SUPPLIER,
    customer: sellerParty(seller),
    treatment: vat.treatment,
    rateBp: vat.rateBp,
    mention: vat.mention,
    sections: [...byCurrency.keys()].sort().map((c) => platformSection(c, byCurrency.get(c)!, vat.rateBp)),
  };
}

export function platformInvoiceBlocks(d: PlatformInvoiceData): PdfBlock[] {
  const last = new Date(d.periodEnd.getTime() - 86_400_000);
  const vatLabel =
    d.treatment === 'standard'
      ? `VAT ${formatRate(d.rateBp)}`
      : d.treatment === 'reverse_charge'
        ? 'VAT (reverse charge)'
        : 'VAT (not applicable)';
  const blocks: PdfBlock[] = [
    { kind: 'title', text: `Invoice ${d.number}` },
    { kind: 'text', text: `Invoice number: ${d.number}` },
    { kind: 'text', text: `Date of issue: ${isoDate(d.issuedAt)}` },
    { kind: 'text', text: `Services supplied: ${isoDate(d.periodStart)} to ${isoDate(last)}` },
    { kind: 'gap' },
    {
      kind: 'columns',
      left: { title: `Supplier: ${d.supplier.name}`, lines: partyLines(d.supplier) },
      right: {
        title: `Customer: ${d.customer.name}`,
        lines: partyLines(d.customer, {
          vatLabel: d.treatment === 'reverse_charge' ? 'Customer VAT number' : 'VAT number',
        }),
      },
    },
    { kind: 'gap', size: 10 },
  ];
  if (d.sections.length === 0)
    blocks.push({ kind: 'text', text: `Nothing to invoice for ${d.period}: total 0.00.` });
  for (const s of d.sections) {
    const m = (minor: number) => formatAmount(minor, s.currency);
    blocks.push(
      {
        kind: 'table',
        columns: [
          { header: 'Description', width: 60 },
          { header: 'Qty', width: 10, align: 'right' },
          { header: `Amount excl. VAT (${s.currency})`, width: 30, align: 'right' },
        ],
        rows: s.lines.map((l) => ({ cells: [l.description, String(l.quantity), m(l.netMinor)] })),
      },
      {
        kind: 'totals',
        rows: [
          { label: 'Total excl. VAT', value: `${m(s.netMinor)} ${s.currency}` },
          { label: vatLabel, value: `${m(s.vatMinor)} ${s.currency}` },
          { label: 'Total', value: `${m(s.grossMinor)} ${s.currency}`, bold: true },
        ],
      },
      { kind: 'gap' },
    );
  }
  if (d.mention) blocks.push({ kind: 'text', text: d.mention, bold: true });
  blocks.push({
    kind: 'text',
    small: true,
    text: 'Settled by deduction from the amounts Reloop collects on your behalf (see your account statement).',
  });
  return blocks;
}

export async function renderPlatformInvoice(d: PlatformInvoiceData): Promise<RenderedPdf> {
  return renderPdf({
    title: `Invoice ${d.number}`,
    footer: `${d.supplier.name} · invoice ${d.number}`,
    blocks: platformInvoiceBlocks(d),
  });
}

export async function platformInvoicePdf(d: PlatformInvoiceData): Promise<Uint8Array> {
  return (await renderPlatformInvoice(d)).bytes;
}
