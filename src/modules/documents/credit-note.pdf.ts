/**
 * A credit note, issued by Reloop in the seller's name and on its behalf, correcting the seller's
 * invoice for an order after a refund or a cancellation (domain-rules §3.6, VATD Arts. 219, 226).
 *
 * Art. 226 content: (1) date of issue, (2) the number in the seller's credit-note series
 * (CN<sellerId>-<year>-NNNNNN), the invoice it corrects (number and date), (3)+(5) the supplier,
 * (4)+(5) the customer (its VAT number when it has one), (6) quantity and description,
 * (8)–(10) amounts credited excl. VAT, rate and VAT per rate (pro rata of the invoice's per-rate
 * VAT: credit-note.rules.ts), (11a) the reverse-charge mention, (14) the margin-scheme mention;
 * margin-scheme amounts show no VAT (Art. 325). Amounts are what is credited, positive — except on
 * a cancellation of a credit note (cancel-credit-note.ts), which negates the note it cancels.
 */
import { marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import { gradeName } from '../offers/grade-names.ts';
import { receiptMention } from '../pricing/vat.rules.ts';
import type { CreditNote, CreditNoteLine } from './documents.types.ts';
import { formatRate, isoDate, type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';
import { ON_BEHALF_NOTE, partyLines } from './seller-invoice.pdf.ts';

function rateCell(l: Pick<CreditNoteLine, 'treatment' | 'rateBp'>): string {
  if (l.treatment === 'margin') return 'Margin scheme';
  if (l.treatment === 'reverse_charge') return '0 % (reverse charge)';
  return formatRate(l.rateBp);
}

export function creditNoteBlocks(n: CreditNote): PdfBlock[] {
  const c = n.currency;
  const m = (minor: number) => formatAmount(minor, c);
  const treatments = new Set(n.lines.map((l) => l.treatment));
  const reverseCharge = treatments.has('reverse_charge');
  const taxed = n.vatBreakdown.filter((v) => v.treatment !== 'margin');
  const margin = n.vatBreakdown.filter((v) => v.treatment === 'margin');
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  const cancels = n.cancelsNumber;
  const blocks: PdfBlock[] = [
    { kind: 'title', text: documentTitle(n) },
    { kind: 'text', text: ON_BEHALF_NOTE(n.supplier.name), small: true },
    { kind: 'gap' },
    { kind: 'text', text: `${cancels ? 'Document' : 'Credit note'} number: ${n.number}` },
    { kind: 'text', text: `Date of issue: ${isoDate(n.issuedAt)}` },
    ...(cancels
      ? [
          {
            kind: 'text' as const,
            text: `Cancellation of credit note ${cancels}: the refund it documented failed at the payment provider, so the credit is withdrawn and invoice ${n.invoiceNumber} of ${isoDate(n.invoiceIssuedAt)} (order ${n.orderId}) stands as before that credit note. Amounts are negative.`,
          },
        ]
      : [
          {
            kind: 'text' as const,
            text: `Credits invoice ${n.invoiceNumber} of ${isoDate(n.invoiceIssuedAt)} (order ${n.orderId})`,
          },
        ]),
    { kind: 'text', text: `Reason: ${n.reason}` },
    { kind: 'text', text: `Currency: ${c}` },
    { kind: 'gap' },
    {
      kind: 'columns',
      left: { title: `Supplier: ${n.supplier.name}`, lines: partyLines(n.supplier) },
      right: {
        title: `Customer: ${n.customer.name}`,
        lines: partyLines(n.customer, { vatLabel: reverseCharge ? 'Customer VAT number' : 'VAT number' }),
      },
    },
    { kind: 'gap', size: 10 },
    {
      kind: 'table',
      columns: [
        { header: 'Qty', width: 6, align: 'right' },
        { header: 'Description', width: 46 },
        { header: 'VAT rate', width: 16 },
        { header: `Credited excl. VAT* (${c})`, width: 32, align: 'right' },
      ],
      rows: n.lines.map((l) => ({
        cells: [
          String(l.quantity),
          `${l.productName} — ${gradeName(l.grade, marketByCode(n.customer.country)?.bcp47 ?? 'en')} (SKU ${l.sku}), goods and delivery`,
          rateCell(l),
          m(l.netMinor),
        ],
      })),
    },
    {
      kind: 'text',
      small: true,
      text: '* Margin-scheme goods: the price credited, VAT not shown separately (Art. 325 Directive 2006/112/EC).',
    },
  ];
  if (taxed.length)
    blocks.push(
      { kind: 'heading', text: 'VAT summary' },
      {
        kind: 'table',
        columns: [
          { header: 'VAT rate', width: 40 },
          { header: `Taxable amount credited (${c})`, width: 30, align: 'right' },
          { header: `VAT credited (${c})`, width: 30, align: 'right' },
        ],
        rows: taxed.map((v) => ({ cells: [rateCell(v), m(v.netMinor), m(v.vatMinor)] })),
      },
    );
  const totals: Array<{ label: string; value: string; bold?: boolean }> = [];
  if (taxed.length) {
    totals.push({ label: 'Total credited excl. VAT', value: `${m(sum(taxed.map((v) => v.netMinor)))} ${c}` });
    totals.push({ label: 'VAT credited', value: `${m(sum(taxed.map((v) => v.vatMinor)))} ${c}` });
  }
  if (margin.length)
    totals.push({
      label: 'Margin-scheme goods (VAT not shown)',
      value: `${m(sum(margin.map((v) => v.grossMinor)))} ${c}`,
    });
  totals.push({ label: 'Total credited', value: `${m(n.totalMinor)} ${c}`, bold: true });
  blocks.push({ kind: 'gap' }, { kind: 'totals', rows: totals }, { kind: 'gap' });
  for (const t of ['margin', 'reverse_charge'] as const) {
    const mention = treatments.has(t) ? receiptMention(t) : null;
    if (mention) blocks.push({ kind: 'text', text: mention, bold: true });
  }
  if (reverseCharge)
    blocks.push({
      kind: 'text',
      text: `The customer (VAT number ${n.customer.vatNumber ?? 'missing'}) corrects the VAT it self-assessed.`,
    });
  blocks.push({
    kind: 'text',
    small: true,
    text: cancels
      ? `The refund was not made: the invoice is no longer reduced by credit note ${cancels}.`
      : 'Refunded to the payment method used for the order; the invoice above is reduced by this amount.',
  });
  return blocks;
}

/** "Credit note CN…", or "Cancellation of credit note CN… (CN…)" for a cancellation. */
export function documentTitle(n: Pick<CreditNote, 'number' | 'cancelsNumber'>): string {
  return n.cancelsNumber
    ? `Cancellation of credit note ${n.cancelsNumber} (${n.number})`
    : `Credit note ${n.number}`;
}

export async function renderCreditNote(n: CreditNote): Promise<RenderedPdf> {
  return renderPdf({
    title: documentTitle(n),
    footer: `${documentTitle(n)} · ${n.supplier.name} · issued by Reloop on the seller's behalf`,
    blocks: creditNoteBlocks(n),
  });
}

export async function creditNotePdf(n: CreditNote): Promise<Uint8Array> {
  return (await renderCreditNote(n)).bytes;
}
