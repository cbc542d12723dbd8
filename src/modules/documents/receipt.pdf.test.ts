/**
 * The buyer's receipt PDF: every amount exactly as stored and charged (a reverse-charged line at its
 * net price, a margin-scheme line at its full price), and the refunds already made, as the order
 * page shows them (issue 11, defects 1 and 7).
 */
import { describe, expect, it } from 'vitest';
import type { ReceiptView } from '../checkout/receipt.read-model.ts';
import { receiptBlocks, renderReceipt } from './receipt.pdf.ts';

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
    const t = text(receiptBlocks(view));
    expect(t).toContain('iPhone SE (2022) 64 GB (Bon état) | 103.32 | Reverse charge | 103.32');
    expect(t).toContain('Samsung Galaxy A34 128 GB (État d’usage) | 122.99 | Margin scheme | 122.99');
    expect(t).toContain('Order total | 103.32 EUR');
    expect(t).toContain('Order total | 122.99 EUR');
    expect(t).toContain('Total paid | 230.30 EUR');
    expect(t).not.toMatch(/Refunded|after refunds/);
  });

  it('shows the refunds already made: per line, the service fee, and what was paid after them', async () => {
    const refunds = {
      lines: new Map([[12, { refundedMinor: 12_299, pendingMinor: 12_299, failedMinor: 0 }]]),
      serviceFeeRefundedMinor: 0,
      totalRefundedMinor: 12_299,
      failedMinor: 0,
    };
    const t = text(receiptBlocks(view, refunds));
    expect(t).toContain('Refunded: Samsung Galaxy A34 128 GB (État d’usage) (pending) | -122.99 EUR');
    expect(t).toContain('Total paid | 230.30 EUR');
    expect(t).toContain('Refunded to you | -122.99 EUR');
    expect(t).toContain('Paid after refunds | 107.31 EUR');

    const all = {
      lines: new Map([
        [11, { refundedMinor: 10_332, pendingMinor: 0, failedMinor: 0 }],
        [12, { refundedMinor: 12_299, pendingMinor: 0, failedMinor: 0 }],
      ]),
      serviceFeeRefundedMinor: 399,
      totalRefundedMinor: 23_030,
      failedMinor: 0,
    };
    const full = text(receiptBlocks(view, all));
    expect(full).toContain('Service fee refunded | -3.99 EUR');
    expect(full).toContain('Paid after refunds | 0.00 EUR');
    // And it renders.
    expect((await renderReceipt(view, all)).lines.join('\n')).toContain('Paid after refunds | 0.00 EUR');
  });
});
