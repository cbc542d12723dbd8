/**
 * Downloadable documents: the buyer's receipt and sellers' invoices (buyer), a seller's account
 * statement and Reloop's monthly invoices to it (seller members), statements for compliance.
 *
 * Paths whose last segment is a file name (`<orderId>.pdf`, `<YYYY-MM>.pdf`) take it as one
 * `:file` parameter checked in the handler (404 otherwise): the access rule then runs for any
 * value, and the route matrix test (which fills unknown parameters with a sample word) can
 * exercise every rule.
 */
import type { Context } from 'hono';
import type { Deps } from '../app/deps.ts';
import { buyerCheckout } from '../modules/checkout/buyer-orders.ts';
import { platformInvoiceData, platformInvoicePdf } from '../modules/documents/platform-invoice.ts';
import { receiptPdf } from '../modules/documents/receipt.pdf.ts';
import { sellerInvoicePdf } from '../modules/documents/seller-invoice.pdf.ts';
import { loadSellerInvoice } from '../modules/documents/seller-invoice.read-model.ts';
import {
  parseStatementRange,
  type SellerStatement,
  sellerStatement,
  statementCsv,
  statementPdf,
} from '../modules/documents/seller-statement.ts';
import { AppError } from '../platform/errors.ts';
import { access } from '../platform/http/access.ts';
import type { App, AppEnv } from '../platform/http/app.ts';

type C = Context<AppEnv>;
const M = '/:market{[a-z]{2}-[a-z]{2}}';
const BUYER = access({ kind: 'buyer' });
const SELLER_MEMBER = access({ kind: 'sellerMember', param: 'sellerId' });
const COMPLIANCE = access({ kind: 'operator', roles: ['compliance'] });

function pdf(c: C, bytes: Uint8Array, filename: string): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
}

function csv(c: C, text: string, filename: string): Response {
  return c.body(text, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    'cache-control': 'private, no-store',
  });
}

export function registerDocumentRoutes(app: App, deps: Deps): void {
  const statementOf = async (c: C): Promise<SellerStatement> => {
    const sellerId = Number(c.req.param('sellerId'));
    const range = parseStatementRange({ from: c.req.query('from'), to: c.req.query('to') }, deps.clock.now());
    const s = await sellerStatement(deps.db, { sellerId, ...range });
    if (!s) throw AppError.notFound('Seller');
    return s;
  };
  const statementName = (s: SellerStatement, ext: string) =>
    `reloop-statement-S${s.sellerId}-${s.from}-${s.to}.${ext}`;

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

  app.get('/seller/:sellerId{[0-9]+}/statements.csv', SELLER_MEMBER, async (c) => {
    const s = await statementOf(c);
    return csv(c, statementCsv(s), statementName(s, 'csv'));
  });

  app.get('/seller/:sellerId{[0-9]+}/statements.pdf', SELLER_MEMBER, async (c) => {
    const s = await statementOf(c);
    return pdf(c, await statementPdf(s), statementName(s, 'pdf'));
  });

  app.get('/seller/:sellerId{[0-9]+}/platform-invoices/:file', SELLER_MEMBER, async (c) => {
    const m = /^([0-9]{4}-[0-9]{2})\.pdf$/.exec(c.req.param('file'));
    if (!m) throw AppError.notFound('Invoice');
    const d = await platformInvoiceData(deps.db, {
      sellerId: Number(c.req.param('sellerId')),
      period: m[1]!,
      now: deps.clock.now(),
    });
    if (!d) throw AppError.notFound('Seller');
    return pdf(c, await platformInvoicePdf(d), `invoice-${d.number}.pdf`);
  });

  app.get('/console/sellers/:sellerId{[0-9]+}/statements.csv', COMPLIANCE, async (c) => {
    const s = await statementOf(c);
    return csv(c, statementCsv(s), statementName(s, 'csv'));
  });
}
