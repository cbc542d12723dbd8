/**
 * The seller's invoice to the buyer for one order, issued by Reloop in the seller's name and on
 * its behalf (domain-rules §3.6, VATD Art. 226; §3.4 margin scheme; §3.2 reverse charge).
 *
 * Art. 226 content and where it is:
 *   (1) date of issue, (2) the order's gap-free number (S<sellerId>-<year>-NNNNNN), (3)+(5) the
 *   supplier's legal name, address and VAT number, (4)+(5) the customer's name and address and
 *   VAT number (always printed when the order has one; it is what makes the reverse charge),
 *   (6) quantity and description, (7) date of supply (dispatch), (8) unit prices excl. VAT and
 *   taxable amount per rate, (9) rate, (10) VAT per rate — EN 16931 per-rate totals from the
 *   order's stored vatBreakdown, never recomputed from lines —, (11)/(11a) the reverse-charge
 *   mention, (14) the margin-scheme mention.
 * Margin-scheme lines show no VAT anywhere (Art. 325): no rate, no VAT amount, their price as
 * charged. Shipping follows its line's treatment and rate (cart-totals.rules.ts).
 * Insurance and the service fee are not the seller's supplies and are not on this invoice.
 */
import { marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import { gradeName } from '../offers/grade-names.ts';
import { receiptMention, vatIncluded } from '../pricing/vat.rules.ts';
import type { InvoiceParty, SellerInvoiceInput, SellerInvoiceLine } from './documents.types.ts';
import { formatRate, isoDate, type PdfBlock, type PdfTableRow, type RenderedPdf, renderPdf } from './pdf.ts';

export const ON_BEHALF_NOTE = (sellerName: string) =>
  `Issued by Reloop on behalf of ${sellerName}: Reloop issues this invoice in the seller's name and on its behalf.`;

export function partyLines(p: InvoiceParty, opts: { vatLabel?: string } = {}): string[] {
  const out: string[] = [];
  if (p.tradingName && p.tradingName !== p.name) out.push(`Trading as ${p.tradingName}`);
  out.push(...p.addressLines.filter((l) => l.trim() !== ''));
  out.push(p.country);
  if (p.vatNumber) out.push(`${opts.vatLabel ?? 'VAT number'}: ${p.vatNumber}`);
  if (p.registration) out.push(p.registration);
  if (p.email) out.push(p.email);
  return out;
}

/** The line's amounts excl. VAT (informational for standard lines: the invoice's VAT is per rate). */
export function lineAmounts(l: SellerInvoiceLine): {
  unitMinor: number;
  itemsMinor: number;
  shippingMinor: number;
} {
  const items = l.unitPriceMinor * l.quantity;
  if (l.treatment !== 'standard')
    return { unitMinor: l.unitPriceMinor, itemsMinor: items, shippingMinor: l.shippingPriceMinor };
  return {
    unitMinor: l.unitPriceMinor - vatIncluded(l.unitPriceMinor, l.rateBp),
    itemsMinor: items - vatIncluded(items, l.rateBp),
    shippingMinor: l.shippingPriceMinor - vatIncluded(l.shippingPriceMinor, l.rateBp),
  };
}

function rateCell(l: SellerInvoiceLine): string {
  if (l.treatment === 'margin') return 'Margin scheme';
  if (l.treatment === 'reverse_charge') return '0 % (reverse charge)';
  return formatRate(l.rateBp);
}

export function sellerInvoiceBlocks(input: SellerInvoiceInput): PdfBlock[] {
  const { order, seller, buyer, currency } = input;
  const m = (minor: number) => formatAmount(minor, currency);
  const treatments = new Set(order.vatBreakdown.map((v) => v.treatment));
  for (const l of order.lines) treatments.add(l.treatment);
  const reverseCharge = treatments.has('reverse_charge');

  const rows: PdfTableRow[] = [];
  for (const l of order.lines) {
    const a = lineAmounts(l);
    rows.push({
      cells: [
        String(l.quantity),
        `${l.productName} — ${gradeName(l.grade, marketByCode(order.market)?.bcp47 ?? 'en')} (SKU ${l.sku})`,
        m(a.unitMinor),
        rateCell(l),
        m(a.itemsMinor),
      ],
    });
    if (l.shippingPriceMinor > 0)
      rows.push({
        cells: ['1', `Delivery of ${l.productName}`, m(a.shippingMinor), rateCell(l), m(a.shippingMinor)],
      });
  }

  const taxed = order.vatBreakdown.filter((v) => v.treatment !== 'margin');
  const margin = order.vatBreakdown.filter((v) => v.treatment === 'margin');
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const grossTotal = sum(order.vatBreakdown.map((v) => v.grossMinor));

  const supply = order.shippedAt
    ? `Date of supply (dispatch): ${isoDate(order.shippedAt)}`
    : 'Date of supply: the date of dispatch (not yet dispatched); this invoice is issued on payment.';

  const blocks: PdfBlock[] = [
    { kind: 'title', text: `Invoice ${order.invoiceNumber}` },
    { kind: 'text', text: ON_BEHALF_NOTE(seller.name), small: true },
    { kind: 'gap' },
    { kind: 'text', text: `Invoice number: ${order.invoiceNumber}` },
    { kind: 'text', text: `Date of issue: ${isoDate(input.issuedAt)}` },
    { kind: 'text', text: supply },
    { kind: 'text', text: `Order: ${order.orderId} of ${isoDate(order.createdAt)} (market ${order.market})` },
    { kind: 'text', text: `Currency: ${currency}` },
    { kind: 'gap' },
    {
      kind: 'columns',
      left: { title: `Supplier: ${seller.name}`, lines: partyLines(seller) },
      right: {
        title: `Customer: ${buyer.name}`,
        lines: partyLines(buyer, { vatLabel: reverseCharge ? 'Customer VAT number' : 'VAT number' }),
      },
    },
    { kind: 'gap', size: 10 },
    {
      kind: 'table',
      columns: [
        { header: 'Qty', width: 6, align: 'right' },
        { header: 'Description', width: 46 },
        { header: `Unit price* (${currency})`, width: 17, align: 'right' },
        { header: 'VAT rate', width: 15 },
        { header: `Amount* (${currency})`, width: 16, align: 'right' },
      ],
      rows,
    },
    {
      kind: 'text',
      small: true,
      text:
        '* Excl. VAT. Margin-scheme goods: the price charged, VAT not shown separately (Art. 325 Directive 2006/112/EC).' +
        ' VAT is calculated per rate on the invoice totals (EN 16931); line amounts excl. VAT are informational.',
    },
  ];

  if (taxed.length) {
    blocks.push(
      { kind: 'heading', text: 'VAT summary' },
      {
        kind: 'table',
        columns: [
          { header: 'VAT rate', width: 40 },
          { header: `Taxable amount (${currency})`, width: 30, align: 'right' },
          { header: `VAT (${currency})`, width: 30, align: 'right' },
        ],
        rows: taxed.map((v) => ({
          cells: [
            v.treatment === 'reverse_charge' ? '0 % (reverse charge)' : formatRate(v.rateBp),
            m(v.netMinor),
            m(v.vatMinor),
          ],
        })),
      },
    );
  }

  const totals: Array<{ label: string; value: string; bold?: boolean }> = [];
  if (taxed.length) {
    totals.push({ label: 'Total excl. VAT', value: `${m(sum(taxed.map((v) => v.netMinor)))} ${currency}` });
    totals.push({ label: 'Total VAT', value: `${m(sum(taxed.map((v) => v.vatMinor)))} ${currency}` });
  }
  if (margin.length)
    totals.push({
      label: 'Margin-scheme goods (VAT not shown)',
      value: `${m(sum(margin.map((v) => v.grossMinor)))} ${currency}`,
    });
  totals.push({ label: 'Total', value: `${m(grossTotal)} ${currency}`, bold: true });
  if (input.order.paidAt)
    totals.push({ label: `Paid on ${isoDate(input.order.paidAt)}`, value: `${m(grossTotal)} ${currency}` });
  // Refunds and cancellations after invoicing: the credit notes that reduce this invoice.
  const notes = input.creditNotes ?? [];
  for (const n of notes)
    totals.push(
      n.totalMinor < 0
        ? // A cancellation of a credit note whose refund failed: the credit is taken back.
          {
            label: `Cancellation ${n.number} of ${isoDate(n.issuedAt)} (a credit note withdrawn)`,
            value: `+${m(-n.totalMinor)} ${currency}`,
          }
        : {
            label: `Credit note ${n.number} of ${isoDate(n.issuedAt)}`,
            value: `-${m(n.totalMinor)} ${currency}`,
          },
    );
  if (notes.length)
    totals.push({
      label: 'Balance after credit notes',
      value: `${m(grossTotal - sum(notes.map((n) => n.totalMinor)))} ${currency}`,
      bold: true,
    });
  blocks.push({ kind: 'gap' }, { kind: 'totals', rows: totals }, { kind: 'gap' });

  for (const t of ['margin', 'reverse_charge'] as const) {
    const mention = treatments.has(t) ? receiptMention(t) : null;
    if (mention) blocks.push({ kind: 'text', text: mention, bold: true });
  }
  if (reverseCharge)
    blocks.push({
      kind: 'text',
      text: `VAT is due from the customer (VAT number ${buyer.vatNumber ?? 'missing'}) in its member state.`,
    });
  if (treatments.has('margin'))
    blocks.push({
      kind: 'text',
      small: true,
      text: 'Second-hand goods sold under the margin scheme: the VAT included in the price cannot be deducted by the buyer (Art. 323).',
    });
  return blocks;
}

/** The invoice as a PDF, with the lines of text it contains. */
export async function renderSellerInvoice(input: SellerInvoiceInput): Promise<RenderedPdf> {
  return renderPdf({
    title: `Invoice ${input.order.invoiceNumber}`,
    footer: `Invoice ${input.order.invoiceNumber} · ${input.seller.name} · issued by Reloop on the seller's behalf`,
    blocks: sellerInvoiceBlocks(input),
  });
}

export async function sellerInvoicePdf(input: SellerInvoiceInput): Promise<Uint8Array> {
  return (await renderSellerInvoice(input)).bytes;
}
