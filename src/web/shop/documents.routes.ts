/**
 * The buyer's downloadable documents: an order's receipt, its sellers' invoices, the credit
 * notes issued against them after refunds or cancellations, and return labels (PDF). The
 * seller's statements and Reloop's invoices are in the seller portal (seller/money.routes.ts), the
 * console's statements in console/documents.routes.ts; the shared responses in ui/downloads.ts.
 * Every document is in its reader's language whatever the page's (modules/documents/doc-i18n.ts).
 */
import type { Deps } from '../../app/deps.ts';
import { returnLabelOf } from '../../modules/after-sales/return-label.read-model.ts';
import { buyerCheckout } from '../../modules/checkout/buyer-orders.ts';
import { creditNotePdf } from '../../modules/documents/credit-note.pdf.ts';
import { creditNoteByNumber } from '../../modules/documents/credit-notes.read-model.ts';
import { buyerDocumentLocale } from '../../modules/documents/document-locale.read-model.ts';
import { receiptPdf } from '../../modules/documents/receipt.pdf.ts';
import { returnLabelPdf } from '../../modules/documents/return-label.pdf.ts';
import { sellerInvoicePdf } from '../../modules/documents/seller-invoice.pdf.ts';
import { loadSellerInvoice } from '../../modules/documents/seller-invoice.read-model.ts';
import { refundsOfCheckout } from '../../modules/refunds/checkout-refunds.ts';
import { AppError } from '../../platform/errors.ts';
import { access } from '../../platform/http/access.ts';
import type { App } from '../../platform/http/app.ts';
import { pdf } from '../ui/downloads.ts';
import { STOREFRONTS } from './catalog.routes.ts';

const BUYER = access({ kind: 'buyer' });

/** The same downloads in both storefronts: the order page links them under its own base (`/pro/…` on Reloop Pro). */
export function registerBuyerDocumentRoutes(app: App, deps: Deps): void {
  for (const M of STOREFRONTS) registerIn(app, deps, M);
}

function registerIn(app: App, deps: Deps, M: string): void {
  app.get(`${M}/orders/:checkoutId/receipt.pdf`, BUYER, async (c) => {
    const r = await buyerCheckout(deps.db, c.get('actor')!.userId, c.req.param('checkoutId'));
    if (!r) throw AppError.notFound('Order');
    const refunds = await refundsOfCheckout(deps.db, r.checkoutId);
    // In the buyer's language, not the page's (documents are the buyer's; doc-i18n.ts).
    const locale = await buyerDocumentLocale(deps.db, r);
    return pdf(c, await receiptPdf(r, locale, refunds), `reloop-receipt-${r.checkoutId}.pdf`);
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

  app.get(`${M}/orders/:checkoutId/credit-notes/:file`, BUYER, async (c) => {
    const m = /^(CN[0-9]+-[0-9]{4}-[0-9]{6})\.pdf$/.exec(c.req.param('file'));
    if (!m) throw AppError.notFound('Credit note');
    const r = await buyerCheckout(deps.db, c.get('actor')!.userId, c.req.param('checkoutId'));
    const note = r ? await creditNoteByNumber(deps.db, m[1]!) : null;
    if (!note || !r?.orders.some((o) => o.orderId === note.orderId)) throw AppError.notFound('Credit note');
    return pdf(c, await creditNotePdf(note), `credit-note-${note.number}.pdf`);
  });

  app.get(`${M}/orders/:checkoutId/lines/:lineId/return-label.pdf`, BUYER, async (c) => {
    const lineId = Number(c.req.param('lineId'));
    const userId = c.get('actor')!.userId;
    const r = await buyerCheckout(deps.db, userId, c.req.param('checkoutId'));
    const label =
      r && Number.isSafeInteger(lineId)
        ? await returnLabelOf(deps.db, { buyerUserId: userId, orderLineId: lineId })
        : null;
    if (!r || !label || !r.orders.some((o) => o.orderId === label.orderId))
      throw AppError.notFound('Return label');
    const locale = await buyerDocumentLocale(deps.db, r);
    return pdf(c, (await returnLabelPdf(label, locale)).bytes, `return-label-${label.returnId}.pdf`);
  });
}
