/**
 * "Download my data": the person's orders and their lines, and the postal addresses they gave
 * (shipping and billing, as used on their orders). The seller's commission is the seller's, not
 * the buyer's, and stays out.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { ExportRow, PersonalDataExporter } from '../privacy/personal-data-export.ts';
import { orderLines, orders } from './orders.schema.ts';
import type { PostalAddress } from './orders.types.ts';

export const ordersDataExport: PersonalDataExporter = {
  module: 'orders',
  describe: {
    orders: 'Your orders: seller, market, state, amounts, VAT, addresses, invoice number, shipping.',
    order_lines:
      'What you bought on each order: product, grade, quantity, prices, VAT, IMEI or serial number.',
    addresses: 'The shipping and billing addresses you gave, with when each was first and last used.',
  },
  async datasets(db, userId) {
    const own = await db
      .select({
        id: orders.id,
        checkoutId: orders.checkoutId,
        sellerId: orders.sellerId,
        market: orders.market,
        currency: orders.currency,
        state: orders.state,
        shippingAddress: orders.shippingAddress,
        billingAddress: orders.billingAddress,
        buyerVatNumber: orders.buyerVatNumber,
        shippingOption: orders.shippingOption,
        itemsTotalMinor: orders.itemsTotalMinor,
        shippingTotalMinor: orders.shippingTotalMinor,
        insuranceTotalMinor: orders.insuranceTotalMinor,
        serviceFeeShareMinor: orders.serviceFeeShareMinor,
        vatTotalMinor: orders.vatTotalMinor,
        totalMinor: orders.totalMinor,
        invoiceNumber: orders.invoiceNumber,
        createdAt: orders.createdAt,
        paidAt: orders.paidAt,
        cancelledAt: orders.cancelledAt,
        shippedAt: orders.shippedAt,
        shipper: orders.shipper,
        trackingNumber: orders.trackingNumber,
      })
      .from(orders)
      .where(eq(orders.buyerUserId, userId))
      .orderBy(asc(orders.id));
    const lines = own.length
      ? await db
          .select({
            id: orderLines.id,
            orderId: orderLines.orderId,
            offerId: orderLines.offerId,
            sku: orderLines.sku,
            productId: orderLines.productId,
            productName: orderLines.productName,
            grade: orderLines.grade,
            quantity: orderLines.quantity,
            unitPriceMinor: orderLines.unitPriceMinor,
            shippingPriceMinor: orderLines.shippingPriceMinor,
            insurancePremiumMinor: orderLines.insurancePremiumMinor,
            vatTreatment: orderLines.vatTreatment,
            vatRateBp: orderLines.vatRateBp,
            lineNetMinor: orderLines.lineNetMinor,
            lineVatMinor: orderLines.lineVatMinor,
            state: orderLines.state,
            imei: orderLines.imei,
            serialNumber: orderLines.serialNumber,
            updatedAt: orderLines.updatedAt,
          })
          .from(orderLines)
          .where(
            inArray(
              orderLines.orderId,
              own.map((o) => o.id),
            ),
          )
          .orderBy(asc(orderLines.id))
      : [];
    return { orders: own, order_lines: lines, addresses: addressesOf(own) };
  },
};

/** Each distinct address once, per use (shipping or billing), with its first and last order. */
function addressesOf(
  own: Array<{ shippingAddress: PostalAddress; billingAddress: PostalAddress; createdAt: Date }>,
): ExportRow[] {
  const seen = new Map<string, ExportRow & { firstUsedAt: Date; lastUsedAt: Date }>();
  for (const o of own) {
    for (const [usedFor, a] of [
      ['shipping', o.shippingAddress],
      ['billing', o.billingAddress],
    ] as const) {
      const key = `${usedFor}|${JSON.stringify(a)}`;
      const known = seen.get(key);
      if (known) known.lastUsedAt = o.createdAt;
      else seen.set(key, { usedFor, ...a, firstUsedAt: o.createdAt, lastUsedAt: o.createdAt });
    }
  }
  return [...seen.values()];
}
