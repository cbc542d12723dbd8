/**
 * The buyer's downloadable documents: an order's receipt and its sellers' invoices (PDF). The
 * seller's statements and Reloop's invoices are in the seller portal (seller/money.routes.ts), the
 * console's statements in console/documents.routes.ts; the shared responses in ui/downloads.ts.
 */
import type { Deps } from '../../app/deps.ts';
import { buyerCheckout } from '../../modules/checkout/buyer-orders.ts';
import { receiptPdf } from '../../modules/documents/receipt.pdf.ts';
import { sellerInvoicePdf } from '../../modules/documents/seller-invoice.pdf.ts';
import { loadSellerInvoice } from '../../modules/documents/seller-invoice.read-model.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { pdf } from '../ui/downloads.ts';

const M = '/:market{[a-z]{2}-[a-z]{2}}';
const BUYER = access({ kind: 'buyer' });

export function registerBuyerDocumentRoutes(app: App, deps: Deps): void {
  app.get(`${M}/orders/:checkoutId/receipt.pdf`, BUYER, async (c) => {
    const r = await buyerCheckout(deps.db, c.get('actor')!.userId, c.req.param('checkoutId'));
    if (!r) throw AppError.notFound('Order');
    return pdf(c, await receiptPdf(r), `reloop-receipt-${r.checkoutId}.pdf`);
  });

  app.get(`${M}/orders/:checkoutId/invoices/:file`, BUYER, async (c) => {
    const m = /^([0-9]{1,9})\.pdf$/.exec(c.req.param('file'));
    if (!m) throw AppError.notFound('Invoice');
    const r = await buyerCheckout(deps.db, c.get('actor')!.userId, c.req.param('checkoutId'));
    const order = r?.orders.find((o) => o.orderId === Number(m[1]));
    if (!order?.invoiceNumber) throw AppError.notFound('Invoice');
    const input = await loadSellerInvoice(deps.db, order.orderId);
    if (!input) throw AppError.notFound('Invoice');
    return pdf(c, await sellerInvoicePdf(input), `invoice-${input.order.invoiceNumber}.pdf`);
  });
}
