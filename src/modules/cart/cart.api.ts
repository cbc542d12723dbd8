import { z } from '@hono/zod-openapi';
import { toApiMoney } from '../../platform/money.ts';
import { ZApiMoneySchema } from '../catalog/catalog.api-types.ts';
import type { CartView } from './get-cart.ts';

export const ZCartSchema = z
  .object({
    id: z.string().uuid(),
    market: z.string(),
    status: z.enum(['open', 'checked_out', 'merged']),
    lines: z.array(
      z.object({
        id: z.number().int(),
        offerId: z.number().int(),
        sku: z.string(),
        product: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
        grade: z.string(),
        seller: z.object({ id: z.number().int(), name: z.string(), slug: z.string() }),
        quantity: z.number().int(),
        buyableQuantity: z.number().int(),
        unitPrice: ZApiMoneySchema.nullable(),
        seenUnitPrice: ZApiMoneySchema,
        insurance: z.boolean(),
        warrantyMonths: z.number().int(),
        flags: z.object({ offline: z.boolean(), priceChanged: z.boolean(), quantityReduced: z.boolean() }),
      }),
    ),
    sellers: z.array(
      z.object({
        sellerId: z.number().int(),
        shippingOptions: z.array(
          z.object({ carrier: z.string(), price: ZApiMoneySchema, delayDays: z.number().int() }),
        ),
      }),
    ),
    itemsTotal: ZApiMoneySchema,
    itemCount: z.number().int(),
  })
  .openapi('Cart');

export function presentCart(c: CartView): z.infer<typeof ZCartSchema> {
  return {
    id: c.id,
    market: c.market,
    status: c.status as 'open',
    lines: c.lines.map((l) => ({
      id: l.lineId,
      offerId: l.offerId,
      sku: l.sku,
      product: { id: l.productId, name: l.productName, slug: l.productSlug },
      grade: l.grade,
      seller: { id: l.sellerId, name: l.sellerName, slug: l.sellerSlug },
      quantity: l.quantity,
      buyableQuantity: l.buyableQuantity,
      unitPrice: l.unitPriceMinor === null ? null : toApiMoney(l.unitPriceMinor, c.currency),
      seenUnitPrice: toApiMoney(l.seenUnitPriceMinor, c.currency),
      insurance: l.insurance,
      warrantyMonths: l.warrantyMonths,
      flags: { offline: l.offline, priceChanged: l.priceChanged, quantityReduced: l.quantityReduced },
    })),
    sellers: c.sellers.map((s) => ({
      sellerId: s.sellerId,
      shippingOptions: s.shippingOptions.map((o) => ({
        carrier: o.carrier,
        price: toApiMoney(o.priceMinor, c.currency),
        delayDays: o.delayDays,
      })),
    })),
    itemsTotal: toApiMoney(c.itemsTotalMinor, c.currency),
    itemCount: c.itemCount,
  };
}
