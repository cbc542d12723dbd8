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
 * In the buyer's language, its mentions included (doc-i18n.ts; `buyer.locale`).
 */
import { receiptMentionKey, vatIncluded } from '../pricing/vat.rules.ts';
import { type DocFormat, docFormat, LEGACY_DOCUMENT_LOCALE } from './doc-i18n.ts';
import type { InvoiceParty, SellerInvoiceInput, SellerInvoiceLine } from './documents.types.ts';
import { type PdfBlock, type PdfTableRow, type RenderedPdf, renderPdf } from './pdf.ts';

/** The format of a document addressed to `customer`: its stored locale, else English (issued before). */
export function customerFormat(customer: Pick<InvoiceParty, 'locale'>): DocFormat {
  return docFormat(customer.locale ?? LEGACY_DOCUMENT_LOCALE);
}

/** A party's trader details (Art. 226(5)) with their labels in the document's language. */
export function partyLines(p: InvoiceParty, f: DocFormat, opts: { customerVat?: boolean } = {}): string[] {
  const out: string[] = [];
  if (p.tradingName && p.tradingName !== p.name)
    out.push(f.t('doc.party.tradingAs', { name: p.tradingName }));
  if (p.attention) out.push(f.t('doc.party.attention', { name: p.attention }));
  out.push(...p.addressLines.filter((l) => l.trim() !== ''));
  out.push(f.country(p.country));
  if (p.vatNumber)
    out.push(
      f.t(opts.customerVat ? 'doc.party.customerVatNumber' : 'doc.party.vatNumber', { number: p.vatNumber }),
    );
  if (p.registration) out.push(p.registration);
  if (p.email) out.push(p.email);
  return out;
}

/** The page numbers in the document's language. */
export const pageLabel = (f: DocFormat) => (page: number, pages: number) =>
  f.t('doc.page', { page: String(page), pages: String(pages) });

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

/** The VAT rate cell of a line or rate: the margin scheme shows none (Art. 325). */
export function rateCell(f: DocFormat, l: Pick<SellerInvoiceLine, 'treatment' | 'rateBp'>): string {
  if (l.treatment === 'margin') return f.t('doc.vat.margin');
  if (l.treatment === 'reverse_charge') return f.t('doc.vat.reverseChargeRate', { rate: f.rate(0) });
  return f.rate(l.rateBp);
}

/** The Art. 226(11a)/(14) mentions of the treatments present, in the document's language. */
export function mentionBlocks(f: DocFormat, treatments: ReadonlySet<string>): PdfBlock[] {
  const out: PdfBlock[] = [];
  for (const t of ['margin', 'reverse_charge'] as const) {
    const key = treatments.has(t) ? receiptMentionKey(t) : null;
    if (key) out.push({ kind: 'text', text: f.t(key), bold: true });
  }
  return out;
}

export function sellerInvoiceBlocks(input: SellerInvoiceInput): PdfBlock[] {
  const { order, seller, buyer, currency } = input;
  const f = customerFormat(buyer);
  const { t } = f;
  const m = (minor: number) => f.amount(minor, currency);
  const mc = (minor: number) => f.money(minor, currency);
  const treatments = new Set<string>(order.vatBreakdown.map((v) => v.treatment));
  for (const l of order.lines) treatments.add(l.treatment);
  const reverseCharge = treatments.has('reverse_charge');

  const rows: PdfTableRow[] = [];
  for (const l of order.lines) {
    const a = lineAmounts(l);
    rows.push({
      cells: [
        String(l.quantity),
        t('doc.invoice.line', { product: l.productName, grade: f.grade(l.grade), sku: l.sku }),
        m(a.unitMinor),
        rateCell(f, l),
        m(a.itemsMinor),
      ],
    });
    if (l.shippingPriceMinor > 0)
      rows.push({
        cells: [
          '1',
          t('doc.invoice.delivery', { product: l.productName }),
          m(a.shippingMinor),
          rateCell(f, l),
          m(a.shippingMinor),
        ],
      });
  }

  const taxed = order.vatBreakdown.filter((v) => v.treatment !== 'margin');
  const margin = order.vatBreakdown.filter((v) => v.treatment === 'margin');
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const grossTotal = sum(order.vatBreakdown.map((v) => v.grossMinor));

  const supply = order.shippedAt
    ? t('doc.invoice.supplied', { date: f.date(order.shippedAt) })
    : t('doc.invoice.supplyPending');

  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('doc.invoice.title', { number: order.invoiceNumber }) },
    { kind: 'text', text: t('doc.onBehalf.invoice', { seller: seller.name }), small: true },
    { kind: 'gap' },
    { kind: 'text', text: t('doc.invoice.number', { number: order.invoiceNumber }) },
    { kind: 'text', text: t('doc.issueDate', { date: f.date(input.issuedAt) }) },
    { kind: 'text', text: supply },
    {
      kind: 'text',
      text: t('doc.invoice.order', {
        orderId: String(order.orderId),
        date: f.date(order.createdAt),
        market: f.country(order.market),
      }),
    },
    { kind: 'text', text: t('doc.currency', { currency }) },
    { kind: 'gap' },
    {
      kind: 'columns',
      left: { title: t('doc.supplier', { name: seller.name }), lines: partyLines(seller, f) },
      right: {
        title: t('doc.customer', { name: buyer.name }),
        lines: partyLines(buyer, f, { customerVat: reverseCharge }),
      },
    },
    { kind: 'gap', size: 10 },
    {
      kind: 'table',
      columns: [
        { header: t('doc.col.qty'), width: 6, align: 'right' },
        { header: t('doc.col.description'), width: 37 },
        { header: t('doc.col.unitPriceExclVat', { currency }), width: 17, align: 'right' },
        // Wide enough for "Vinstmarginalbeskattning", "Differenzbesteuerung".
        { header: t('doc.col.vatRate'), width: 24 },
        { header: t('doc.col.amountExclVat', { currency }), width: 16, align: 'right' },
      ],
      rows,
    },
    { kind: 'text', small: true, text: t('doc.invoice.footnote') },
  ];

  if (taxed.length) {
    blocks.push(
      { kind: 'heading', text: t('doc.vatSummary') },
      {
        kind: 'table',
        columns: [
          { header: t('doc.col.vatRate'), width: 40 },
          { header: t('doc.col.taxable', { currency }), width: 30, align: 'right' },
          { header: t('doc.col.vatAmount', { currency }), width: 30, align: 'right' },
        ],
        rows: taxed.map((v) => ({ cells: [rateCell(f, v), m(v.netMinor), m(v.vatMinor)] })),
      },
    );
  }

  const totals: Array<{ label: string; value: string; bold?: boolean }> = [];
  if (taxed.length) {
    totals.push({ label: t('doc.totalExclVat'), value: mc(sum(taxed.map((v) => v.netMinor))) });
    totals.push({ label: t('doc.totalVat'), value: mc(sum(taxed.map((v) => v.vatMinor))) });
  }
  if (margin.length)
    totals.push({ label: t('doc.marginGoods'), value: mc(sum(margin.map((v) => v.grossMinor))) });
  totals.push({ label: t('doc.total'), value: mc(grossTotal), bold: true });
  if (input.order.paidAt)
    totals.push({
      label: t('doc.invoice.paidOn', { date: f.date(input.order.paidAt) }),
      value: mc(grossTotal),
    });
  // Refunds and cancellations after invoicing: the credit notes that reduce this invoice.
  const notes = input.creditNotes ?? [];
  for (const n of notes)
    totals.push(
      n.totalMinor < 0
        ? // A cancellation of a credit note whose refund failed: the credit is taken back.
          {
            label: t('doc.invoice.cancellation', { number: n.number, date: f.date(n.issuedAt) }),
            value: `+${mc(-n.totalMinor)}`,
          }
        : {
            label: t('doc.invoice.creditNote', { number: n.number, date: f.date(n.issuedAt) }),
            value: `-${mc(n.totalMinor)}`,
          },
    );
  if (notes.length)
    totals.push({
      label: t('doc.invoice.balance'),
      value: mc(grossTotal - sum(notes.map((n) => n.totalMinor))),
      bold: true,
    });
  blocks.push({ kind: 'gap' }, { kind: 'totals', rows: totals }, { kind: 'gap' });

  blocks.push(...mentionBlocks(f, treatments));
  if (reverseCharge)
    blocks.push({
      kind: 'text',
      text: t('doc.invoice.reverseChargeNote', { vatNumber: buyer.vatNumber ?? t('doc.vatNumberMissing') }),
    });
  if (treatments.has('margin')) blocks.push({ kind: 'text', small: true, text: t('doc.invoice.marginNote') });
  return blocks;
}

/** The invoice as a PDF, with the lines of text it contains. */
export async function renderSellerInvoice(input: SellerInvoiceInput): Promise<RenderedPdf> {
  const f = customerFormat(input.buyer);
  return renderPdf({
    title: f.t('doc.invoice.title', { number: input.order.invoiceNumber }),
    footer: f.t('doc.invoice.footer', { number: input.order.invoiceNumber, seller: input.seller.name }),
    pageLabel: pageLabel(f),
    blocks: sellerInvoiceBlocks(input),
  });
}

export async function sellerInvoicePdf(input: SellerInvoiceInput): Promise<Uint8Array> {
  return (await renderSellerInvoice(input)).bytes;
}
