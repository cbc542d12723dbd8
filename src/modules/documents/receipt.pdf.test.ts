/**
 * The buyer's receipt PDF: every amount exactly as stored and charged (a reverse-charged line at its
 * net price, a margin-scheme line at its full price), and the refunds already made, as the order
 * page shows them (issue 11, defects 1 and 7).
 */
import { describe, expect, it } from 'vitest';
import type { ReceiptView } from '../checkout/receipt.read-model.ts';
import { docFormat } from './doc-i18n.ts';
import { receiptBlocks, renderReceipt } from './receipt.pdf.ts';

/** The buyer of `view` has no chosen language: the receipt is in its market's, French (issue 13). */
const FR = 'fr-FR';
const { t: tr, money, amount } = docFormat(FR);
const eur = (minor: number) => money(minor, 'EUR');
const n = (minor: number) => amount(minor, 'EUR');

const view: ReceiptView = {
  checkoutId: '00000000-0000-4000-8000-000000000001',
  buyerUserId: 7,
  buyerEmail: 'pro@reloop.example',
  createdAt: new Date('2026-03-02T10:00:00Z'),
  currency: 'EUR',
  market: 'FR',
  paymentMethod: 'card',
  paymentStatus: 'succeeded',
  nextAction: null,
  failureMessage: null,
  paymentDueAt: null,
  serviceFeeMinor: 399,
  totalMinor: 10_332 + 12_299 + 399,
  orders: [
    {
      orderId: 1,
      sellerId: 21,
      sellerName: 'Second Byte',
      state: 1,
      invoiceNumber: 'S21-2026-000001',
      shippingOption: 'PostNord',
      trackingNumber: null,
      shipper: null,
      shippedAt: null,
      itemsTotalMinor: 10_332,
      shippingTotalMinor: 0,
      insuranceTotalMinor: 0,
      vatTotalMinor: 0,
      totalMinor: 10_332,
      vatBreakdown: [
        { treatment: 'reverse_charge', rateBp: 0, netMinor: 10_332, vatMinor: 0, grossMinor: 10_332 },
      ],
      lines: [
        {
          lineId: 11,
          productName: 'iPhone SE (2022) 64 GB',
          grade: 'GOOD',
          quantity: 1,
          unitPriceMinor: 10_332,
          lineGrossMinor: 10_332,
          lineNetMinor: 10_332,
          lineVatMinor: 0,
          treatment: 'reverse_charge',
          state: 1,
        },
      ],
    },
    {
      orderId: 2,
      sellerId: 7,
      sellerName: 'Stockholm Återbruk',
      state: 1,
      invoiceNumber: 'S7-2026-000001',
      shippingOption: 'UPS',
      trackingNumber: null,
      shipper: null,
      shippedAt: null,
      itemsTotalMinor: 12_299,
      shippingTotalMinor: 0,
      insuranceTotalMinor: 0,
      vatTotalMinor: 0,
      totalMinor: 12_299,
      vatBreakdown: [{ treatment: 'margin', rateBp: 0, netMinor: 12_299, vatMinor: 0, grossMinor: 12_299 }],
      lines: [
        {
          lineId: 12,
          productName: 'Samsung Galaxy A34 128 GB',
          grade: 'STALLONE',
          quantity: 1,
          unitPriceMinor: 12_299,
          lineGrossMinor: 12_299,
          lineNetMinor: 12_299,
          lineVatMinor: 0,
          treatment: 'margin',
          state: 6,
        },
      ],
    },
  ],
};

const text = (blocks: ReturnType<typeof receiptBlocks>) =>
  blocks
    .flatMap((b) =>
      b.kind === 'table'
        ? b.rows.map((r) => r.cells.join(' | '))
        : b.kind === 'totals'
          ? b.rows.map((r) => `${r.label} | ${r.value}`)
          : 'text' in b
            ? [b.text]
            : [],
    )
    .join('\n');

describe('receipt PDF', () => {
  it('shows each line, order and the total exactly as stored and charged', () => {
    const t = text(receiptBlocks(view, FR));
    expect(t).toContain(
      `iPhone SE (2022) 64 GB (Bon état) | ${n(10_332)} | ${tr('doc.vat.reverseCharge')} | ${n(10_332)}`,
    );
    expect(t).toContain(
      `Samsung Galaxy A34 128 GB (État d’usage) | ${n(12_299)} | ${tr('doc.vat.margin')} | ${n(12_299)}`,
    );
    expect(n(10_332)).toBe('103,32');
    expect(t).toContain(`${tr('doc.receipt.orderTotal')} | ${eur(10_332)}`);
    expect(t).toContain(`${tr('doc.receipt.orderTotal')} | ${eur(12_299)}`);
    expect(t).toContain(`${tr('doc.receipt.totalPaid')} | ${eur(23_030)}`);
    expect(eur(23_030)).toMatch(/^230,30\s€$/u);
    expect(t).not.toContain(tr('doc.receipt.refundedToYou'));
    expect(t).not.toContain(tr('doc.receipt.paidAfterRefunds'));
  });

  it('shows the refunds already made: per line, the service fee, and what was paid after them', async () => {
    const refunds = {
      lines: new Map([[12, { refundedMinor: 12_299, pendingMinor: 12_299, failedMinor: 0 }]]),
      serviceFeeRefundedMinor: 0,
      totalRefundedMinor: 12_299,
      failedMinor: 0,
    };
    const t = text(receiptBlocks(view, FR, refunds));
    expect(t).toContain(
      `${tr('doc.receipt.refundedLinePending', { product: 'Samsung Galaxy A34 128 GB', grade: 'État d’usage' })} | ${eur(-12_299)}`,
    );
    expect(t).toContain(`${tr('doc.receipt.totalPaid')} | ${eur(23_030)}`);
    expect(t).toContain(`${tr('doc.receipt.refundedToYou')} | ${eur(-12_299)}`);
    expect(t).toContain(`${tr('doc.receipt.paidAfterRefunds')} | ${eur(10_731)}`);

    const all = {
      lines: new Map([
        [11, { refundedMinor: 10_332, pendingMinor: 0, failedMinor: 0 }],
        [12, { refundedMinor: 12_299, pendingMinor: 0, failedMinor: 0 }],
      ]),
      serviceFeeRefundedMinor: 399,
      totalRefundedMinor: 23_030,
      failedMinor: 0,
    };
    const full = text(receiptBlocks(view, FR, all));
    expect(full).toContain(`${tr('doc.receipt.serviceFeeRefunded')} | ${eur(-399)}`);
    expect(full).toContain(`${tr('doc.receipt.paidAfterRefunds')} | ${eur(0)}`);
    // And it renders (the PDF's narrow no-break spaces become spaces).
    expect((await renderReceipt(view, FR, all)).lines.join('\n')).toMatch(
      new RegExp(`${tr('doc.receipt.paidAfterRefunds')} \\| 0,00\\s€`, 'u'),
    );
  });
});
