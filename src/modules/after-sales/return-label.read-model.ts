/**
 * Read model: what a return label shows — the return's carrier and tracking number, the buyer's
 * address (where the parcel leaves from) and the seller's (where it goes), the order and the
 * item. Only for the order's buyer and once a label is issued. Joins after-sales returns, orders,
 * order lines and sellers; never writes.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { carrierName } from '../delivery/carriers.ts';
import { orderLines, orders } from '../orders/orders.schema.ts';
import type { PostalAddress } from '../orders/orders.types.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { returns } from './after-sales.schema.ts';

export type ReturnLabel = {
  returnId: number;
  kind: 'withdrawal' | 'commercial';
  orderId: number;
  productName: string;
  carrierName: string;
  trackingNumber: string;
  issuedAt: Date;
  from: PostalAddress;
  to: { name: string; addressLines: string[]; country: string };
};

export async function returnLabelOf(
  db: Db,
  q: { buyerUserId: number; orderLineId: number },
): Promise<ReturnLabel | null> {
  const [r] = await db
    .select({
      returnId: returns.id,
      kind: returns.kind,
      orderId: orders.id,
      productName: orderLines.productName,
      carrier: returns.carrier,
      trackingNumber: returns.trackingNumber,
      issuedAt: returns.labelIssuedAt,
      from: orders.shippingAddress,
      sellerName: sellers.legalName,
      addressLine: sellers.addressLine,
      postalCode: sellers.postalCode,
      city: sellers.city,
      country: sellers.country,
    })
    .from(returns)
    .innerJoin(orders, eq(orders.id, returns.orderId))
    .innerJoin(orderLines, eq(orderLines.id, returns.orderLineId))
    .innerJoin(sellers, eq(sellers.id, returns.sellerId))
    .where(
      and(
        eq(returns.orderLineId, q.orderLineId),
        eq(orders.buyerUserId, q.buyerUserId),
        inArray(returns.status, ['label_issued', 'received', 'refunded']),
      ),
    )
    .orderBy(desc(returns.id))
    .limit(1);
  if (!r?.trackingNumber || !r.issuedAt) return null;
  return {
    returnId: r.returnId,
    kind: r.kind,
    orderId: r.orderId,
    productName: r.productName,
    carrierName: carrierName(r.carrier ?? ''),
    trackingNumber: r.trackingNumber,
    issuedAt: r.issuedAt,
    from: r.from,
    to: {
      name: r.sellerName,
      addressLines: [r.addressLine, `${r.postalCode} ${r.city}`],
      country: r.country,
    },
  };
}
