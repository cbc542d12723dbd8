/**
 * Read model — serves: the seller's invoice for one order (buyer's invoice download, PDF).
 * Reads: orders, order_lines (orders), sellers (sellers), business_profiles and users (accounts,
 * through document-locale.read-model.ts), credit_notes (documents).
 * Never writes.
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { businessProfiles } from '../accounts/accounts.schema.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { buyerDocumentLocale } from './document-locale.read-model.ts';
import { creditNotes } from './documents.schema.ts';
import type { SellerInvoiceInput, VatRateTotal } from './documents.types.ts';
import { buyerParty, sellerParty } from './invoice-parties.ts';

/**
 * Everything the seller's invoice for an order needs, or null when the order does not exist or
 * has no invoice yet (numbers are taken when the payment is captured). Issued at the payment.
 */
export async function loadSellerInvoice(db: Db, orderId: number): Promise<SellerInvoiceInput | null> {
  const [row] = await db
    .select({ order: orders, seller: sellers })
    .from(orders)
    .innerJoin(sellers, eq(sellers.id, orders.sellerId))
    .where(eq(orders.id, orderId));
  if (!row?.order.invoiceNumber) return null;
  const o = row.order;
  const ls = await db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, o.id))
    .orderBy(asc(orderLines.id));
  let legalName: string | null = null;
  if (o.buyerVatNumber && o.buyerUserId !== null) {
    const [bp] = await db
      .select({ legalName: businessProfiles.legalName })
      .from(businessProfiles)
      .where(eq(businessProfiles.userId, o.buyerUserId));
    legalName = bp?.legalName ?? null;
  }
  const notes = await db
    .select({
      number: creditNotes.number,
      issuedAt: creditNotes.issuedAt,
      totalMinor: creditNotes.totalMinor,
    })
    .from(creditNotes)
    .where(eq(creditNotes.orderId, o.id))
    .orderBy(asc(creditNotes.id));
  return {
    creditNotes: notes,
    currency: o.currency,
    issuedAt: o.paidAt ?? o.createdAt,
    seller: sellerParty(row.seller),
    // In the buyer's language (doc-i18n.ts); credit notes keep the one of their issue.
    buyer: buyerParty(
      o.billingAddress,
      o.buyerVatNumber,
      legalName,
      await buyerDocumentLocale(db, { buyerUserId: o.buyerUserId, market: o.market }),
    ),
    order: {
      orderId: o.id,
      invoiceNumber: o.invoiceNumber!,
      market: o.market,
      createdAt: o.createdAt,
      paidAt: o.paidAt,
      shippedAt: o.shippedAt,
      itemsTotalMinor: o.itemsTotalMinor,
      shippingTotalMinor: o.shippingTotalMinor,
      vatTotalMinor: o.vatTotalMinor,
      vatBreakdown: o.vatBreakdown as VatRateTotal[],
      lines: ls.map((l) => ({
        productName: l.productName,
        grade: l.grade,
        sku: l.sku,
        quantity: l.quantity,
        unitPriceMinor: l.unitPriceMinor,
        shippingPriceMinor: l.shippingPriceMinor,
        treatment: l.vatTreatment,
        rateBp: l.vatRateBp,
      })),
    },
  };
}
