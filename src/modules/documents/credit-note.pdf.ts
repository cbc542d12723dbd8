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
 * In the customer's language as stored when it was issued (`customer.locale`, doc-i18n.ts).
 */
import type { DocFormat } from './doc-i18n.ts';
import type { CreditNote } from './documents.types.ts';
import { type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';
import { customerFormat, mentionBlocks, pageLabel, partyLines, rateCell } from './seller-invoice.pdf.ts';

export function creditNoteBlocks(n: CreditNote): PdfBlock[] {
  const f = customerFormat(n.customer);
  const { t } = f;
  const c = n.currency;
  const m = (minor: number) => f.amount(minor, c);
  const mc = (minor: number) => f.money(minor, c);
  const treatments = new Set<string>(n.lines.map((l) => l.treatment));
  const reverseCharge = treatments.has('reverse_charge');
  const taxed = n.vatBreakdown.filter((v) => v.treatment !== 'margin');
  const margin = n.vatBreakdown.filter((v) => v.treatment === 'margin');
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const invoice = { invoice: n.invoiceNumber, date: f.date(n.invoiceIssuedAt), orderId: String(n.orderId) };

  const cancels = n.cancelsNumber;
  const blocks: PdfBlock[] = [
    { kind: 'title', text: documentTitle(n, f) },
    { kind: 'text', text: t('doc.onBehalf.creditNote', { seller: n.supplier.name }), small: true },
    { kind: 'gap' },
    {
      kind: 'text',
      text: t(cancels ? 'doc.creditNote.documentNumber' : 'doc.creditNote.number', { number: n.number }),
    },
    { kind: 'text', text: t('doc.issueDate', { date: f.date(n.issuedAt) }) },
    // A cancellation says why in its own words (its stored reason is the system's, in English).
    ...(cancels
      ? [{ kind: 'text' as const, text: t('doc.creditNote.cancels', { cancels, ...invoice }) }]
      : [
          { kind: 'text' as const, text: t('doc.creditNote.credits', invoice) },
          { kind: 'text' as const, text: t('doc.creditNote.reason', { reason: n.reason }) },
        ]),
    { kind: 'text', text: t('doc.currency', { currency: c }) },
    { kind: 'gap' },
    {
      kind: 'columns',
      left: { title: t('doc.supplier', { name: n.supplier.name }), lines: partyLines(n.supplier, f) },
      right: {
        title: t('doc.customer', { name: n.customer.name }),
        lines: partyLines(n.customer, f, { customerVat: reverseCharge }),
      },
    },
    { kind: 'gap', size: 10 },
    {
      kind: 'table',
      columns: [
        { header: t('doc.col.qty'), width: 6, align: 'right' },
        { header: t('doc.col.description'), width: 38 },
        { header: t('doc.col.vatRate'), width: 24 },
        { header: t('doc.creditNote.col.credited', { currency: c }), width: 32, align: 'right' },
      ],
      rows: n.lines.map((l) => ({
        cells: [
          String(l.quantity),
          t('doc.creditNote.line', { product: l.productName, grade: f.grade(l.grade), sku: l.sku }),
          rateCell(f, l),
          m(l.netMinor),
        ],
      })),
    },
    { kind: 'text', small: true, text: t('doc.creditNote.footnote') },
  ];
  if (taxed.length)
    blocks.push(
      { kind: 'heading', text: t('doc.vatSummary') },
      {
        kind: 'table',
        columns: [
          { header: t('doc.col.vatRate'), width: 40 },
          { header: t('doc.creditNote.col.taxable', { currency: c }), width: 30, align: 'right' },
          { header: t('doc.creditNote.col.vat', { currency: c }), width: 30, align: 'right' },
        ],
        rows: taxed.map((v) => ({ cells: [rateCell(f, v), m(v.netMinor), m(v.vatMinor)] })),
      },
    );
  const totals: Array<{ label: string; value: string; bold?: boolean }> = [];
  if (taxed.length) {
    totals.push({ label: t('doc.creditNote.totalExclVat'), value: mc(sum(taxed.map((v) => v.netMinor))) });
    totals.push({ label: t('doc.creditNote.vat'), value: mc(sum(taxed.map((v) => v.vatMinor))) });
  }
  if (margin.length)
    totals.push({ label: t('doc.marginGoods'), value: mc(sum(margin.map((v) => v.grossMinor))) });
  totals.push({ label: t('doc.creditNote.total'), value: mc(n.totalMinor), bold: true });
  blocks.push({ kind: 'gap' }, { kind: 'totals', rows: totals }, { kind: 'gap' });
  blocks.push(...mentionBlocks(f, treatments));
  if (reverseCharge)
    blocks.push({
      kind: 'text',
      text: t('doc.creditNote.reverseChargeNote', {
        vatNumber: n.customer.vatNumber ?? t('doc.vatNumberMissing'),
      }),
    });
  blocks.push({
    kind: 'text',
    small: true,
    text: cancels ? t('doc.creditNote.notRefunded', { cancels }) : t('doc.creditNote.refunded'),
  });
  return blocks;
}

/** "Credit note CN…", or "Cancellation of credit note CN… (CN…)" for a cancellation, in the note's language. */
export function documentTitle(
  n: Pick<CreditNote, 'number' | 'cancelsNumber' | 'customer'>,
  f: DocFormat = customerFormat(n.customer),
): string {
  return n.cancelsNumber
    ? f.t('doc.creditNote.cancelTitle', { cancels: n.cancelsNumber, number: n.number })
    : f.t('doc.creditNote.title', { number: n.number });
}

export async function renderCreditNote(n: CreditNote): Promise<RenderedPdf> {
  const f = customerFormat(n.customer);
  return renderPdf({
    title: documentTitle(n, f),
    footer: f.t('doc.creditNote.footer', { title: documentTitle(n, f), seller: n.supplier.name }),
    pageLabel: pageLabel(f),
    blocks: creditNoteBlocks(n),
  });
}

export async function creditNotePdf(n: CreditNote): Promise<Uint8Array> {
  return (await renderCreditNote(n)).bytes;
}
