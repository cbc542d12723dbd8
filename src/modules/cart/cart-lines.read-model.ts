/**
 * Read model for the cart (get-cart, add-cart-line, update-cart-line): each cart line with its
 * offer as it is now in the cart's market — price, stock, publication, seller status, product —
 * joining cart lines with offers, offer terms, sellers and products. Never writes.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { products } from '../catalog/catalog.schema.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import type { ShippingOption } from '../offers/shipping.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { cartLines } from './cart.schema.ts';

export type CartLineRow = {
  lineId: number;
  offerId: number;
  quantity: number;
  seenUnitPriceMinor: number;
  insurance: boolean;
  addedAt: Date;
  sellerId: number;
  sellerName: string;
  sellerSlug: string;
  sellerActive: boolean;
  productId: string;
  productName: string;
  productSlug: string;
  categoryId: number;
  grade: string;
  sku: string;
  stock: number;
  published: boolean;
  warrantyMonths: number;
  vatType: 'REGULAR' | 'MARGINAL';
  unitPriceMinor: number | null;
  currency: string | null;
  shipping: ShippingOption[] | null;
};

/** Every line with the offer as it is now in the cart's market (price, stock, seller). */
export async function cartLineRows(db: Db, cartId: string, market: string): Promise<CartLineRow[]> {
  const rows = await db
    .select({
      lineId: cartLines.id,
      offerId: cartLines.offerId,
      quantity: cartLines.quantity,
      seenUnitPriceMinor: cartLines.seenUnitPriceMinor,
      insurance: cartLines.insurance,
      addedAt: cartLines.addedAt,
      sellerId: offers.sellerId,
      sellerName: sellers.name,
      sellerSlug: sellers.slug,
      sellerActive: sql<boolean>`${sellers.status} = 'active'`,
      productId: offers.productId,
      productName: products.name,
      productSlug: products.slug,
      categoryId: products.categoryId,
      grade: offers.grade,
      sku: offers.sku,
      stock: offers.quantity,
      published: offers.published,
      warrantyMonths: offers.warrantyMonths,
      vatType: offers.vatType,
      unitPriceMinor: offerPrices.priceMinor,
      currency: offerPrices.currency,
      shipping: offerPrices.shipping,
    })
    .from(cartLines)
    .innerJoin(offers, eq(offers.id, cartLines.offerId))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .innerJoin(products, eq(products.id, offers.productId))
    .leftJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, market)))
    .where(eq(cartLines.cartId, cartId))
    .orderBy(asc(cartLines.id));
  return rows as CartLineRow[];
}

export async function offerInMarket(db: Db, offerId: number, market: string) {
  const [row] = await db
    .select({
      offerId: offers.id,
      stock: offers.quantity,
      published: offers.published,
      sellerActive: sql<boolean>`${sellers.status} = 'active'`,
      unitPriceMinor: offerPrices.priceMinor,
    })
    .from(offers)
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .leftJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, market)))
    .where(eq(offers.id, offerId))
    .limit(1);
  return row;
}
