/**
 * Read model: a checkout as its buyer sees it — the checkout (checkout), its payment (payments),
 * its orders and lines (orders) and each seller's name (sellers). It serves the receipt (API,
 * pages, emails, PDF), the buyer's order list and the checkout's answers. It never writes.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { preparedPerDb } from '../../platform/db/prepared.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import type { OrderLineRow, OrderRow } from '../orders/orders.types.ts';
import type { PaymentRow } from '../payments/payment-queries.ts';
import { payments } from '../payments/payments.schema.ts';
import type { VatTreatment } from '../pricing/vat.rules.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { checkouts } from './checkout.schema.ts';
import type { CheckoutRow } from './checkout.store.ts';

export type ReceiptLine = {
  lineId: number;
  productName: string;
  grade: string;
  quantity: number;
  unitPriceMinor: number;
  lineGrossMinor: number;
  lineNetMinor: number;
  lineVatMinor: number;
  treatment: VatTreatment;
  state: number;
};
export type ReceiptOrder = {
  orderId: number;
  sellerId: number;
  sellerName: string;
  state: number;
  invoiceNumber: string | null;
  shippingOption: string;
  trackingNumber: string | null;
  shipper: string | null;
  shippedAt: Date | null;
  itemsTotalMinor: number;
  shippingTotalMinor: number;
  insuranceTotalMinor: number;
  vatTotalMinor: number;
  totalMinor: number;
  vatBreakdown: Array<{
    treatment: VatTreatment;
    rateBp: number;
    netMinor: number;
    vatMinor: number;
    grossMinor: number;
  }>;
  lines: ReceiptLine[];
};
export type ReceiptView = {
  checkoutId: string;
  buyerUserId: number | null;
  buyerEmail: string;
  createdAt: Date;
  currency: string;
  market: string;
  paymentMethod: 'card' | 'bank_transfer';
  paymentStatus: string;
  nextAction: Record<string, unknown> | null;
  failureMessage: string | null;
  paymentDueAt: Date | null;
  serviceFeeMinor: number;
  totalMinor: number;
  orders: ReceiptOrder[];
};

const receiptQuery = preparedPerDb((db) =>
  db
    .select({ co: checkouts, pay: payments, order: orders, sellerName: sellers.name, line: orderLines })
    .from(checkouts)
    .leftJoin(payments, eq(payments.checkoutId, checkouts.id))
    .leftJoin(orders, eq(orders.checkoutId, checkouts.id))
    .leftJoin(sellers, eq(sellers.id, orders.sellerId))
    .leftJoin(orderLines, eq(orderLines.orderId, orders.id))
    .where(eq(checkouts.id, sql.placeholder('checkoutId')))
    .orderBy(asc(orders.id), asc(orderLines.id))
    .prepare('load_receipt'),
);

/** A checkout with its orders, lines and payment, as receipts, emails and pages show it (one read). */
export async function loadReceipt(db: Db, checkoutId: string): Promise<ReceiptView | undefined> {
  const rows = await receiptQuery(db).execute({ checkoutId });
  const co = rows[0]?.co;
  if (!co) return undefined;
  const os: Array<{ order: OrderRow; sellerName: string }> = [];
  const ls: OrderLineRow[] = [];
  for (const r of rows) {
    if (!r.order) continue;
    if (os.at(-1)?.order.id !== r.order.id) os.push({ order: r.order, sellerName: r.sellerName ?? '' });
    if (r.line) ls.push(r.line);
  }
  return receiptView(co, rows[0]!.pay, os, ls);
}

/**
 * The receipt of a checkout from its rows (orders by id with their seller's name, lines by id):
 * `loadReceipt` reads them; the capture of a payment placed a moment ago has them at hand.
 */
export function receiptView(
  co: CheckoutRow,
  pay: Pick<PaymentRow, 'status' | 'nextAction' | 'failureMessage'> | null,
  os: ReadonlyArray<{ order: OrderRow; sellerName: string }>,
  ls: readonly OrderLineRow[],
): ReceiptView {
  return {
    checkoutId: co.id,
    buyerUserId: co.buyerUserId,
    buyerEmail: co.buyerEmail,
    createdAt: co.createdAt,
    currency: co.currency,
    market: co.market,
    paymentMethod: co.paymentMethod,
    paymentStatus: pay?.status ?? 'processing',
    nextAction: pay?.nextAction ?? null,
    failureMessage: pay?.failureMessage ?? null,
    paymentDueAt: co.paymentDueAt,
    serviceFeeMinor: co.serviceFeeMinor,
    totalMinor: co.totalMinor,
    orders: os.map(({ order: o, sellerName }) => ({
      orderId: o.id,
      sellerId: o.sellerId,
      sellerName,
      state: o.state,
      invoiceNumber: o.invoiceNumber,
      shippingOption: o.shippingOption,
      trackingNumber: o.trackingNumber,
      shipper: o.shipper,
      shippedAt: o.shippedAt,
      itemsTotalMinor: o.itemsTotalMinor,
      shippingTotalMinor: o.shippingTotalMinor,
      insuranceTotalMinor: o.insuranceTotalMinor,
      vatTotalMinor: o.vatTotalMinor,
      totalMinor: o.totalMinor,
      vatBreakdown: o.vatBreakdown as ReceiptOrder['vatBreakdown'],
      lines: ls
        .filter((l) => l.orderId === o.id)
        .map((l) => ({
          lineId: l.id,
          productName: l.productName,
          grade: l.grade,
          quantity: l.quantity,
          unitPriceMinor: l.unitPriceMinor,
          lineGrossMinor: l.lineNetMinor + l.lineVatMinor,
          lineNetMinor: l.lineNetMinor,
          lineVatMinor: l.lineVatMinor,
          treatment: l.vatTreatment,
          state: l.state,
        })),
    })),
  };
}
