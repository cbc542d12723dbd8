/**
 * Read model for the cart (get-cart, add-cart-line, update-cart-line, the checkout's quote): each
 * cart line with its offer as it is now in the cart's market — price, stock, publication, seller
 * status and tax facts, product — joining cart lines with offers, offer terms, sellers and
 * products; and the cart with all its lines (and an offer being added) in one read. Never writes.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client.ts';
import { preparedPerDb } from '../../platform/db/prepared.ts';
import { products } from '../catalog/catalog.schema.ts';
import { offerPrices, offers } from '../offers/offers.schema.ts';
import type { ShippingOption } from '../offers/shipping.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { cartLines, carts } from './cart.schema.ts';
import type { CartRow } from './cart.store.ts';

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
  /** Where the seller ships from, and its own-VAT option under the OSS threshold (the quote's VAT). */
  sellerCountry: string;
  sellerUnderOssThreshold: boolean;
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

const addedOffer = alias(offers, 'added_offer');
const addedSeller = alias(sellers, 'added_seller');
const addedProduct = alias(products, 'added_product');
const addedPrice = alias(offerPrices, 'added_price');

/** The offer fields of a line's view, from these tables or their aliases. */
function offerFields(
  o: typeof offers | typeof addedOffer,
  s: typeof sellers | typeof addedSeller,
  p: typeof products | typeof addedProduct,
  pr: typeof offerPrices | typeof addedPrice,
) {
  return {
    offerId: o.id,
    sellerId: o.sellerId,
    sellerName: s.name,
    sellerSlug: s.slug,
    sellerActive: sql<boolean>`${s.status} = 'active'`,
    sellerCountry: s.country,
    sellerUnderOssThreshold: s.underOssThreshold,
    productId: o.productId,
    productName: p.name,
    productSlug: p.slug,
    categoryId: p.categoryId,
    grade: o.grade,
    sku: o.sku,
    stock: o.quantity,
    published: o.published,
    warrantyMonths: o.warrantyMonths,
    vatType: o.vatType,
    unitPriceMinor: pr.priceMinor,
    currency: pr.currency,
    shipping: pr.shipping,
  };
}
const cartLineRowsQuery = preparedPerDb((db) =>
  db
    .select({
      lineId: cartLines.id,
      quantity: cartLines.quantity,
      seenUnitPriceMinor: cartLines.seenUnitPriceMinor,
      insurance: cartLines.insurance,
      addedAt: cartLines.addedAt,
      ...offerFields(offers, sellers, products, offerPrices),
    })
    .from(cartLines)
    .innerJoin(offers, eq(offers.id, cartLines.offerId))
    .innerJoin(sellers, eq(sellers.id, offers.sellerId))
    .innerJoin(products, eq(products.id, offers.productId))
    .leftJoin(
      offerPrices,
      and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, sql.placeholder('market'))),
    )
    .where(eq(cartLines.cartId, sql.placeholder('cartId')))
    .orderBy(asc(cartLines.id))
    .prepare('cart_line_rows'),
);

/** Every line with the offer as it is now in the cart's market (price, stock, seller). */
export async function cartLineRows(db: Db, cartId: string, market: string): Promise<CartLineRow[]> {
  return (await cartLineRowsQuery(db).execute({ cartId, market })) as CartLineRow[];
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

/** What a cart line shows of its offer (everything but the line's own columns). */
export type OfferInCart = Omit<
  CartLineRow,
  'lineId' | 'quantity' | 'seenUnitPriceMinor' | 'insurance' | 'addedAt'
>;
export type CartWithLines = {
  cart: CartRow;
  /** Every line with its offer as it is now in the cart's market, by line id. */
  lines: CartLineRow[];
  /** The offer asked for beside the lines (`addedOfferId`), null when there is no such offer. */
  added: OfferInCart | null;
};

const PREFIX = 'added_';
const addedFields = Object.fromEntries(
  Object.entries(offerFields(addedOffer, addedSeller, addedProduct, addedPrice)).map(([k, v]) => [
    PREFIX + k,
    v,
  ]),
) as { [K in keyof ReturnType<typeof offerFields> as `added_${K}`]: ReturnType<typeof offerFields>[K] };

const cartWithLinesQuery = preparedPerDb((db) =>
  db
    .select({
      cart: carts,
      lineId: cartLines.id,
      quantity: cartLines.quantity,
      seenUnitPriceMinor: cartLines.seenUnitPriceMinor,
      insurance: cartLines.insurance,
      addedAt: cartLines.addedAt,
      ...offerFields(offers, sellers, products, offerPrices),
      ...addedFields,
    })
    .from(carts)
    .leftJoin(addedOffer, eq(addedOffer.id, sql.placeholder('addedOfferId')))
    .leftJoin(addedSeller, eq(addedSeller.id, addedOffer.sellerId))
    .leftJoin(addedProduct, eq(addedProduct.id, addedOffer.productId))
    .leftJoin(addedPrice, and(eq(addedPrice.offerId, addedOffer.id), eq(addedPrice.market, carts.market)))
    .leftJoin(cartLines, eq(cartLines.cartId, carts.id))
    .leftJoin(offers, eq(offers.id, cartLines.offerId))
    .leftJoin(sellers, eq(sellers.id, offers.sellerId))
    .leftJoin(products, eq(products.id, offers.productId))
    .leftJoin(offerPrices, and(eq(offerPrices.offerId, offers.id), eq(offerPrices.market, carts.market)))
    .where(eq(carts.id, sql.placeholder('cartId')))
    .orderBy(asc(cartLines.id))
    .prepare('cart_with_lines'),
);

/**
 * A cart (undefined: no such cart) with every line as it is now, in one read; with
 * `addedOfferId`, also that offer in the cart's market (adding a line reads nothing else).
 */
export async function cartWithLines(
  db: Db,
  cartId: string,
  addedOfferId: number | null = null,
): Promise<CartWithLines | undefined> {
  const rows = await cartWithLinesQuery(db).execute({ cartId, addedOfferId });
  const first = rows[0];
  if (!first) return undefined;
  const lines: CartLineRow[] = [];
  for (const r of rows) {
    if (r.lineId === null) continue;
    const line: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (k !== 'cart' && !k.startsWith(PREFIX)) line[k] = v;
    lines.push(line as CartLineRow);
  }
  let added: OfferInCart | null = null;
  if (first.added_offerId !== null) {
    const offer: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(first)) if (k.startsWith(PREFIX)) offer[k.slice(PREFIX.length)] = v;
    added = offer as OfferInCart;
  }
  return { cart: first.cart, lines, added };
}
