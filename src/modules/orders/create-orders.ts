import type { Db } from '../../platform/db/client.ts';
import { initialLineState, orderStateFromLines } from './order-states.ts';
import { orderLines, orders } from './orders.schema.ts';
import type { PostalAddress } from './orders.types.ts';

/** One line as checkout froze it (prices, VAT, commission share). */
export type NewOrderLine = {
  offerId: number;
  sku: string;
  productId: string;
  productName: string;
  grade: string;
  quantity: number;
  unitPriceMinor: number;
  shippingPriceMinor: number;
  insurancePremiumMinor: number;
  vatType: 'REGULAR' | 'MARGINAL';
  vatTreatment: 'standard' | 'margin' | 'reverse_charge';
  vatRateBp: number;
  lineNetMinor: number;
  lineVatMinor: number;
  commissionMinor: number;
};

/** One seller's order of a checkout, with its totals and lines. */
export type NewOrder = {
  sellerId: number;
  shippingOption: string;
  itemsTotalMinor: number;
  shippingTotalMinor: number;
  insuranceTotalMinor: number;
  serviceFeeShareMinor: number;
  vatTotalMinor: number;
  totalMinor: number;
  vatBreakdown: Array<Record<string, unknown>>;
  commissionMinor: number;
  lines: NewOrderLine[];
};

export type CreateOrdersInput = {
  checkoutId: string;
  buyerUserId: number | null;
  market: string;
  currency: string;
  paymentMethod: 'card' | 'bank_transfer';
  shippingAddress: PostalAddress;
  billingAddress: PostalAddress;
  buyerVatNumber: string | null;
  orders: NewOrder[];
};

/**
 * The orders of a checkout, one per seller, with their lines in their first state: 8 (awaiting the
 * bank transfer) or 0 (new, the card payment is being validated); each order's state derives from
 * its lines. Call it in the checkout's transaction (`deps.db` may be one).
 */
export async function createOrders(
  deps: { db: Db; now: Date },
  input: CreateOrdersInput,
): Promise<{ orderIds: number[] }> {
  const lineState = initialLineState(input.paymentMethod);
  const orderIds: number[] = [];
  for (const o of input.orders) {
    const [order] = await deps.db
      .insert(orders)
      .values({
        checkoutId: input.checkoutId,
        buyerUserId: input.buyerUserId,
        sellerId: o.sellerId,
        market: input.market,
        currency: input.currency,
        state: orderStateFromLines(o.lines.map(() => lineState)),
        shippingAddress: input.shippingAddress,
        billingAddress: input.billingAddress,
        buyerVatNumber: input.buyerVatNumber,
        shippingOption: o.shippingOption,
        itemsTotalMinor: o.itemsTotalMinor,
        shippingTotalMinor: o.shippingTotalMinor,
        insuranceTotalMinor: o.insuranceTotalMinor,
        serviceFeeShareMinor: o.serviceFeeShareMinor,
        vatTotalMinor: o.vatTotalMinor,
        totalMinor: o.totalMinor,
        vatBreakdown: o.vatBreakdown,
        commissionMinor: o.commissionMinor,
        createdAt: deps.now,
      })
      .returning({ id: orders.id });
    await deps.db
      .insert(orderLines)
      .values(o.lines.map((l) => ({ ...l, orderId: order!.id, state: lineState, updatedAt: deps.now })));
    orderIds.push(order!.id);
  }
  return { orderIds };
}
