/**
 * The buyer's receipt for a checkout: every order (one per seller, with its invoice number),
 * lines, delivery, VAT per rate with the mentions, insurance, the platform's service fee, the
 * total paid and the payment method. Not a VAT invoice: each seller's invoice is its own document
 * (seller-invoice.pdf.ts). Margin-scheme lines show no VAT (Art. 325), as in `receiptText`.
 */
import { formatAmount } from '../../platform/money.ts';
import type { ReceiptView } from '../checkout/receipt.read-model.ts';
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

export function receiptBlocks(r: ReceiptView): PdfBlock[] {
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
              `${l.productName} (${l.grade})`,
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
      ],
    },
    { kind: 'gap' },
    {
      kind: 'text',
      small: true,
      text: "This receipt is not a VAT invoice. Each seller's invoice can be downloaded from your order page.",
    },
  );
  return blocks;
}

export async function renderReceipt(r: ReceiptView): Promise<RenderedPdf> {
  return renderPdf({
    title: `Reloop receipt ${r.checkoutId}`,
    footer: `Reloop receipt · checkout ${r.checkoutId}`,
    blocks: receiptBlocks(r),
  });
}

export async function receiptPdf(r: ReceiptView): Promise<Uint8Array> {
  return (await renderReceipt(r)).bytes;
}
