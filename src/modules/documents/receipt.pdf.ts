/**
 * The buyer's receipt for a checkout: every order (one per seller, with its invoice number),
 * lines, delivery, VAT per rate with the mentions, insurance, the platform's service fee, the
 * total paid and the payment method. Not a VAT invoice: each seller's invoice is its own document
 * (seller-invoice.pdf.ts). Margin-scheme lines show no VAT (Art. 325), as in `receiptText`. Every
 * amount is the one stored and charged (never converted); refunds already made follow the total.
 * In the buyer's language (`locale`: document-locale.read-model.ts buyerDocumentLocale), never the
 * language of the page it is downloaded from.
 */
import type { MessageKey } from '../../platform/i18n.ts';
import type { ReceiptView } from '../checkout/receipt.read-model.ts';
import { receiptMentionKey } from '../pricing/vat.rules.ts';
import { type DocFormat, docFormat } from './doc-i18n.ts';
import { type PdfBlock, type RenderedPdf, renderPdf } from './pdf.ts';
import { pageLabel } from './seller-invoice.pdf.ts';

const PAYMENT_METHOD: Record<ReceiptView['paymentMethod'], MessageKey> = {
  card: 'doc.receipt.method.card',
  bank_transfer: 'doc.receipt.method.bankTransfer',
};

const PAYMENT_STATUS: Record<string, MessageKey> = {
  succeeded: 'doc.receipt.status.succeeded',
  processing: 'doc.receipt.status.processing',
  requires_action: 'doc.receipt.status.requiresAction',
  awaiting_transfer: 'doc.receipt.status.awaitingTransfer',
  failed: 'doc.receipt.status.failed',
  cancelled: 'doc.receipt.status.cancelled',
};

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
function refundRows(r: ReceiptView, f: DocFormat, refunds: ReceiptRefunds | undefined) {
  if (!refunds?.totalRefundedMinor) return [];
  const { t } = f;
  const mc = (minor: number) => f.money(minor, r.currency);
  const rows: Array<{ label: string; value: string; bold?: boolean }> = [];
  for (const o of r.orders)
    for (const l of o.lines) {
      const x = refunds.lines.get(l.lineId);
      if (!x?.refundedMinor) continue;
      rows.push({
        label: t(x.pendingMinor ? 'doc.receipt.refundedLinePending' : 'doc.receipt.refundedLine', {
          product: l.productName,
          grade: f.grade(l.grade),
        }),
        value: mc(-x.refundedMinor),
      });
    }
  if (refunds.serviceFeeRefundedMinor)
    rows.push({ label: t('doc.receipt.serviceFeeRefunded'), value: mc(-refunds.serviceFeeRefundedMinor) });
  rows.push(
    { label: t('doc.receipt.refundedToYou'), value: mc(-refunds.totalRefundedMinor) },
    {
      label: t('doc.receipt.paidAfterRefunds'),
      value: mc(r.totalMinor - refunds.totalRefundedMinor),
      bold: true,
    },
  );
  return rows;
}

export function receiptBlocks(r: ReceiptView, locale: string, refunds?: ReceiptRefunds): PdfBlock[] {
  const f = docFormat(locale);
  const { t } = f;
  const m = (minor: number) => f.amount(minor, r.currency);
  const mc = (minor: number) => f.money(minor, r.currency);
  const status = PAYMENT_STATUS[r.paymentStatus];
  const blocks: PdfBlock[] = [
    { kind: 'title', text: t('doc.receipt.title') },
    { kind: 'text', text: t('doc.receipt.checkout', { checkout: r.checkoutId }) },
    { kind: 'text', text: t('doc.receipt.date', { date: f.date(r.createdAt) }) },
    { kind: 'text', text: t('doc.receipt.buyer', { email: r.buyerEmail }) },
    {
      kind: 'text',
      text: t('doc.receipt.payment', {
        method: t(PAYMENT_METHOD[r.paymentMethod]),
        status: status ? t(status) : r.paymentStatus,
      }),
    },
  ];
  for (const o of r.orders) {
    blocks.push(
      { kind: 'heading', text: t('doc.receipt.order', { orderId: String(o.orderId), seller: o.sellerName }) },
      {
        kind: 'text',
        text: o.invoiceNumber
          ? t('doc.receipt.sellerInvoice', { number: o.invoiceNumber })
          : t('doc.receipt.sellerInvoicePending'),
        small: true,
      },
      {
        kind: 'table',
        columns: [
          { header: t('doc.col.qty'), width: 6, align: 'right' },
          { header: t('doc.col.description'), width: 38 },
          { header: t('doc.col.unitPrice', { currency: r.currency }), width: 16, align: 'right' },
          { header: t('doc.col.vat'), width: 24 },
          { header: t('doc.col.amount', { currency: r.currency }), width: 16, align: 'right' },
        ],
        rows: [
          ...o.lines.map((l) => ({
            cells: [
              String(l.quantity),
              `${l.productName} (${f.grade(l.grade)})`,
              m(l.unitPriceMinor),
              l.treatment === 'margin'
                ? t('doc.vat.margin')
                : l.treatment === 'reverse_charge'
                  ? t('doc.vat.reverseCharge')
                  : t('doc.receipt.vatIncluded', { amount: m(l.lineVatMinor) }),
              m(l.unitPriceMinor * l.quantity),
            ],
          })),
          {
            cells: [
              '',
              t('doc.receipt.delivery', { option: o.shippingOption }),
              '',
              '',
              m(o.shippingTotalMinor),
            ],
          },
          ...(o.insuranceTotalMinor
            ? [
                {
                  cells: [
                    '',
                    t('doc.receipt.insurance'),
                    '',
                    t('doc.receipt.exempt'),
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
        totals.push({
          label: t('doc.receipt.vatOn', { rate: f.rate(v.rateBp), net: mc(v.netMinor) }),
          value: mc(v.vatMinor),
        });
    totals.push({ label: t('doc.receipt.orderTotal'), value: mc(o.totalMinor), bold: true });
    blocks.push({ kind: 'totals', rows: totals });
    const mentions = new Set(o.vatBreakdown.map((v) => receiptMentionKey(v.treatment)));
    for (const key of mentions) if (key) blocks.push({ kind: 'text', text: t(key), small: true });
  }
  blocks.push(
    { kind: 'gap', size: 10 },
    { kind: 'rule' },
    {
      kind: 'totals',
      rows: [
        { label: t('doc.receipt.serviceFee'), value: mc(r.serviceFeeMinor) },
        {
          label: t(r.paymentStatus === 'succeeded' ? 'doc.receipt.totalPaid' : 'doc.receipt.totalToPay'),
          value: mc(r.totalMinor),
          bold: true,
        },
        ...(r.paymentStatus === 'succeeded' ? refundRows(r, f, refunds) : []),
      ],
    },
    ...(refunds?.failedMinor
      ? [{ kind: 'text' as const, text: t('doc.receipt.refundFailed', { amount: mc(refunds.failedMinor) }) }]
      : []),
    { kind: 'gap' },
    { kind: 'text', small: true, text: t('doc.receipt.notInvoice') },
  );
  return blocks;
}

export async function renderReceipt(
  r: ReceiptView,
  locale: string,
  refunds?: ReceiptRefunds,
): Promise<RenderedPdf> {
  const f = docFormat(locale);
  return renderPdf({
    title: f.t('doc.receipt.documentTitle', { checkout: r.checkoutId }),
    footer: f.t('doc.receipt.footer', { checkout: r.checkoutId }),
    pageLabel: pageLabel(f),
    blocks: receiptBlocks(r, locale, refunds),
  });
}

export async function receiptPdf(
  r: ReceiptView,
  locale: string,
  refunds?: ReceiptRefunds,
): Promise<Uint8Array> {
  return (await renderReceipt(r, locale, refunds)).bytes;
}
