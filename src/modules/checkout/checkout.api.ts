import { z } from '@hono/zod-openapi';
import { toApiMoney } from '../../platform/money.ts';
import { ZApiMoneySchema } from '../catalog/catalog.api-types.ts';
import {
  ORDER_LINE_STATE_NAMES,
  ORDER_STATE_NAMES,
  type OrderLineState,
  type OrderState,
} from '../orders/order-states.ts';
import type { ReceiptView } from './receipt.read-model.ts';

const ZOrderLineSchema = z.object({
  id: z.number().int(),
  product: z.string(),
  grade: z.string(),
  quantity: z.number().int(),
  unitPrice: ZApiMoneySchema,
  lineTotalExclVat: ZApiMoneySchema.nullable(),
  lineTotalInclVat: ZApiMoneySchema,
  vatTreatment: z.enum(['standard', 'margin', 'reverse_charge']),
  state: z.number().int(),
  stateName: z.string(),
});
export const ZOrderSchema = z
  .object({
    id: z.number().int(),
    checkoutId: z.string().uuid(),
    seller: z.object({ id: z.number().int(), name: z.string() }),
    state: z.number().int(),
    stateName: z.string(),
    invoiceNumber: z.string().nullable(),
    shippingOption: z.string(),
    items: ZApiMoneySchema,
    shipping: ZApiMoneySchema,
    insurance: ZApiMoneySchema,
    vat: ZApiMoneySchema,
    total: ZApiMoneySchema,
    vatBreakdown: z.array(
      z.object({
        treatment: z.string(),
        rateBp: z.number().int(),
        net: ZApiMoneySchema,
        vat: ZApiMoneySchema,
      }),
    ),
    lines: z.array(ZOrderLineSchema),
  })
  .openapi('Order');

export const ZCheckoutResultSchema = z
  .object({
    checkoutId: z.string().uuid(),
    orders: z.array(ZOrderSchema),
    serviceFee: ZApiMoneySchema,
    total: ZApiMoneySchema,
    payment: z.object({
      method: z.enum(['card', 'bank_transfer']),
      status: z.string(),
      nextAction: z.record(z.string(), z.unknown()).nullable(),
      failureMessage: z.string().nullable(),
      dueAt: z.string().nullable(),
    }),
  })
  .openapi('CheckoutResult');

export function presentOrders(r: ReceiptView): Array<z.infer<typeof ZOrderSchema>> {
  const m = (minor: number) => toApiMoney(minor, r.currency);
  return r.orders.map((o) => ({
    id: o.orderId,
    checkoutId: r.checkoutId,
    seller: { id: o.sellerId, name: o.sellerName },
    state: o.state,
    stateName: ORDER_STATE_NAMES[o.state as OrderState] ?? String(o.state),
    invoiceNumber: o.invoiceNumber,
    shippingOption: o.shippingOption,
    items: m(o.itemsTotalMinor),
    shipping: m(o.shippingTotalMinor),
    insurance: m(o.insuranceTotalMinor),
    vat: m(o.vatTotalMinor),
    total: m(o.totalMinor),
    vatBreakdown: o.vatBreakdown.map((v) => ({
      treatment: v.treatment,
      rateBp: v.rateBp,
      net: m(v.netMinor),
      vat: m(v.vatMinor),
    })),
    lines: o.lines.map((l) => ({
      id: l.lineId,
      product: l.productName,
      grade: l.grade,
      quantity: l.quantity,
      unitPrice: m(l.unitPriceMinor),
      lineTotalExclVat: l.treatment === 'margin' ? null : m(l.lineNetMinor),
      lineTotalInclVat: m(l.lineGrossMinor),
      vatTreatment: l.treatment,
      state: l.state,
      stateName: ORDER_LINE_STATE_NAMES[l.state as OrderLineState] ?? String(l.state),
    })),
  }));
}

export function presentCheckout(r: ReceiptView): z.infer<typeof ZCheckoutResultSchema> {
  return {
    checkoutId: r.checkoutId,
    orders: presentOrders(r),
    serviceFee: toApiMoney(r.serviceFeeMinor, r.currency),
    total: toApiMoney(r.totalMinor, r.currency),
    payment: {
      method: r.paymentMethod,
      status: r.paymentStatus,
      nextAction: r.nextAction,
      failureMessage: r.failureMessage,
      dueAt: r.paymentDueAt?.toISOString() ?? null,
    },
  };
}
