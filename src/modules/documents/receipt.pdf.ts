/**
 * The buyer's receipt for a checkout: every order (one per seller, with its invoice number),
 * lines, delivery, VAT per rate with the mentions, insurance, the platform's service fee, the
 * total paid and the payment method. Not a VAT invoice: each seller's invoice is its own document
 * (seller-invoice.pdf.ts). Margin-scheme lines show no VAT (Art. 325), as in `receiptText`. Every
 * amount is the one stored and charged (never converted); refunds already made follow the total.
 */
import { marketByCode } from '../../platform/markets.ts';
import { formatAmount } from '../../platform/money.ts';
import type { ReceiptView } from '../checkout/receipt.read-model.ts';
import { gradeName } from '../offers/grade-names.ts';
import { receiptMention } from '../pricing/vat.rules.ts';
import { formatRate, isoDate, type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';

const PAYMENT_METHOD: Record<ReceiptView['paymentMethod'], string> = {
  card: 'Card',
  bank_transfer: 'Bank transfer',
};

const PAYMENT_STATUS: Record<string, string> = {
  succeeded: 'paid',
  processing: 'processing',
  requires_action: 'awaiting your confirmation',
  awaiting_transfer: 'awaiting your bank transfer',
  failed: 'failed',
  cancelled: 'cancelled',
};

/** The grade's name in the language of the receipt's market (its code never reaches the buyer). */
const grade = (r: Pick<ReceiptView, 'market'>, code: string) =>
  gradeName(code, marketByCode(r.market)?.bcp47 ?? 'en');

/**
 * The refunds already made on a checkout, as the order page shows them (structurally the refunds
 * module's `CheckoutRefunds`): per line given back (succeeded + pending) and of which pending.
 */
export type ReceiptRefunds = {
  lines: ReadonlyMap<number, { refundedMinor: number; pendingMinor: number }>;
  serviceFeeRefundedMinor: number;
  totalRefundedMinor: number;
  /** Refunds that failed and are still owed to the buyer. */
  failedMinor: number;
};

/** The totals after "Total paid": each refund made, the total given back and what remains paid. */
function refundRows(r: ReceiptView, refunds: ReceiptRefunds | undefined) {
  if (!refunds?.totalRefundedMinor) return [];
  const mc = (minor: number) => `${formatAmount(minor, r.currency)} ${r.currency}`;
  const rows: Array<{ label: string; value: string; bold?: boolean }> = [];
  for (const o of r.orders)
    for (const l of o.lines) {
      const x = refunds.lines.get(l.lineId);
      if (!x?.refundedMinor) continue;
      rows.push({
        label: `Refunded: ${l.productName} (${grade(r, l.grade)})${x.pendingMinor ? ' (pending)' : ''}`,
        value: `-${mc(x.refundedMinor)}`,
      });
    }
  if (refunds.serviceFeeRefundedMinor)
    rows.push({ label: 'Service fee refunded', value: `-${mc(refunds.serviceFeeRefundedMinor)}` });
  rows.push(
    { label: 'Refunded to you', value: `-${mc(refunds.totalRefundedMinor)}` },
    { label: 'Paid after refunds', value: mc(r.totalMinor - refunds.totalRefundedMinor), bold: true },
  );
  return rows;
}

export function receiptBlocks(r: ReceiptView, refunds?: ReceiptRefunds): PdfBlock[] {
  const m = (minor: number) => formatAmount(minor, r.currency);
  const mc = (minor: number) => `${m(minor)} ${r.currency}`;
  const blocks: PdfBlock[] = [
    { kind: 'title', text: 'Reloop receipt' },
    { kind: 'text', text: `Checkout: ${r.checkoutId}` },
    { kind: 'text', text: `Date: ${isoDate(r.createdAt)}` },
    { kind: 'text', text: `Buyer: ${r.buyerEmail}` },
    {
      kind: 'text',
      text: `Payment: ${PAYMENT_METHOD[r.paymentMethod]} — ${PAYMENT_STATUS[r.paymentStatus] ?? r.paymentStatus}`,
    },
  ];
  for (const o of r.orders) {
    blocks.push(
      { kind: 'heading', text: `Order ${o.orderId} — sold by ${o.sellerName}` },
      {
        kind: 'text',
        text: o.invoiceNumber
          ? `Seller's invoice: ${o.invoiceNumber}`
          : "Seller's invoice: issued once the payment is received",
        small: true,
      },
      {
        kind: 'table',
        columns: [
          { header: 'Qty', width: 7, align: 'right' },
          { header: 'Description', width: 49 },
          { header: `Unit price (${r.currency})`, width: 15, align: 'right' },
          { header: 'VAT', width: 13 },
          { header: `Amount (${r.currency})`, width: 16, align: 'right' },
        ],
        rows: [
          ...o.lines.map((l) => ({
            cells: [
              String(l.quantity),
              `${l.productName} (${grade(r, l.grade)})`,
              m(l.unitPriceMinor),
              l.treatment === 'margin'
                ? 'Margin scheme'
                : l.treatment === 'reverse_charge'
                  ? 'Reverse charge'
                  : `incl. ${m(l.lineVatMinor)}`,
              m(l.unitPriceMinor * l.quantity),
            ],
          })),
          { cells: ['', `Delivery (${o.shippingOption})`, '', '', m(o.shippingTotalMinor)] },
          ...(o.insuranceTotalMinor
            ? [
                {
                  cells: [
                    '',
                    'Insurance (breakage and theft, 12 months)',
                    '',
                    'exempt',
                    m(o.insuranceTotalMinor),
                  ],
                },
              ]
            : []),
        ],
      },
    );
    const totals: Array<{ label: string; value: string; bold?: boolean }> = [];
    for (const v of o.vatBreakdown)
      if (v.treatment === 'standard' && v.vatMinor > 0)
        totals.push({ label: `VAT ${formatRate(v.rateBp)} on ${mc(v.netMinor)}`, value: mc(v.vatMinor) });
    totals.push({ label: 'Order total', value: mc(o.totalMinor), bold: true });
    blocks.push({ kind: 'totals', rows: totals });
    const mentions = new Set(o.vatBreakdown.map((v) => receiptMention(v.treatment)));
    for (const mention of mentions) if (mention) blocks.push({ kind: 'text', text: mention, small: true });
  }
  blocks.push(
    { kind: 'gap', size: 10 },
    { kind: 'rule' },
    {
      kind: 'totals',
      rows: [
        { label: 'Service fee (Reloop, VAT incl.)', value: mc(r.serviceFeeMinor) },
        {
          label: r.paymentStatus === 'succeeded' ? 'Total paid' : 'Total to pay',
          value: mc(r.totalMinor),
          bold: true,
        },
        ...(r.paymentStatus === 'succeeded' ? refundRows(r, refunds) : []),
      ],
    },
    ...(refunds?.failedMinor
      ? [
          {
            kind: 'text' as const,
            text: `A refund of ${mc(refunds.failedMinor)} could not be paid out yet: it is still owed to you and will be paid again.`,
          },
        ]
      : []),
    { kind: 'gap' },
    {
      kind: 'text',
      small: true,
      text: "This receipt is not a VAT invoice. Each seller's invoice can be downloaded from your order page.",
    },
  );
  return blocks;
}

export async function renderReceipt(r: ReceiptView, refunds?: ReceiptRefunds): Promise<RenderedPdf> {
  return renderPdf({
    title: `Reloop receipt ${r.checkoutId}`,
    footer: `Reloop receipt · checkout ${r.checkoutId}`,
    blocks: receiptBlocks(r, refunds),
  });
}

export async function receiptPdf(r: ReceiptView, refunds?: ReceiptRefunds): Promise<Uint8Array> {
  return (await renderReceipt(r, refunds)).bytes;
}
