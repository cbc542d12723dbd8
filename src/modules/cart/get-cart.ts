import type { Db } from '../../platform/db/client.ts';
import type { Actor } from '../../platform/http/actor.ts';
import { marketByCode } from '../../platform/markets.ts';
import type { ShippingOption } from '../offers/shipping.ts';
import { type LineStatus, lineStatus } from './cart.rules.ts';
import type { CartRow } from './cart.store.ts';
import { allowedCart, isCartId } from './cart-access.ts';
import { type CartLineRow, cartLineRows, cartWithLines } from './cart-lines.read-model.ts';

export type CartLineView = CartLineRow & LineStatus;
export type SellerGroup = {
  sellerId: number;
  sellerName: string;
  sellerSlug: string;
  lines: CartLineView[];
  /** Carriers every line of this seller ships with; price = the highest line price for it. */
  shippingOptions: ShippingOption[];
};
export type CartView = {
  id: string;
  market: string;
  currency: string;
  status: string;
  userId: number | null;
  lines: CartLineView[];
  sellers: SellerGroup[];
  itemsTotalMinor: number;
  itemCount: number;
  hasProblems: boolean;
};

export function shippingOptionsFor(lines: Array<{ shipping: ShippingOption[] | null }>): ShippingOption[] {
  const lists = lines.map((l) => l.shipping ?? []);
  if (!lists.length) return [];
  return lists[0]!
    .filter((o) => lists.every((list) => list.some((x) => x.carrier === o.carrier)))
    .map((o) => {
      const same = lists.map((list) => list.find((x) => x.carrier === o.carrier)!);
      return {
        carrier: o.carrier,
        priceMinor: Math.max(...same.map((x) => x.priceMinor)),
        delayDays: Math.max(...same.map((x) => x.delayDays)),
      };
    })
    .sort((a, b) => a.priceMinor - b.priceMinor);
}

/** The cart as the buyer sees it: each line checked against the offer as it is now. */
export async function getCart(db: Db, a: { cartId: string; actor: Actor | null }): Promise<CartView> {
  const found = isCartId(a.cartId) ? await cartWithLines(db, a.cartId) : undefined;
  return cartView(allowedCart(found?.cart, a.actor), found!.lines);
}

/** The view of a cart row already read (and allowed): its lines as they are now, one read. */
export async function viewOfCart(db: Db, cart: CartRow): Promise<CartView> {
  return cartView(cart, await cartLineRows(db, cart.id, cart.market));
}

/** A cart and its lines as the buyer sees them (no line: a cart just opened). */
export function cartView(
  cart: Pick<CartRow, 'id' | 'market' | 'status' | 'userId'>,
  rows: readonly CartLineRow[],
): CartView {
  const lines = rows.map((r) => ({
    ...r,
    ...lineStatus({
      seenUnitPriceMinor: r.seenUnitPriceMinor,
      unitPriceMinor: r.unitPriceMinor,
      stock: r.stock,
      published: r.published,
      sellerActive: r.sellerActive,
      quantity: r.quantity,
    }),
  }));
  const sellers: SellerGroup[] = [];
  for (const l of lines.filter((x) => !x.offline)) {
    let g = sellers.find((s) => s.sellerId === l.sellerId);
    if (!g) {
      g = {
        sellerId: l.sellerId,
        sellerName: l.sellerName,
        sellerSlug: l.sellerSlug,
        lines: [],
        shippingOptions: [],
      };
      sellers.push(g);
    }
    g.lines.push(l);
  }
  for (const g of sellers) g.shippingOptions = shippingOptionsFor(g.lines);
  const buyable = lines.filter((l) => !l.offline);
  return {
    id: cart.id,
    market: cart.market,
    currency: marketByCode(cart.market)?.currency ?? 'EUR',
    status: cart.status,
    userId: cart.userId,
    lines,
    sellers,
    itemsTotalMinor: buyable.reduce((s, l) => s + l.unitPriceMinor! * l.buyableQuantity, 0),
    itemCount: buyable.reduce((s, l) => s + l.buyableQuantity, 0),
    hasProblems: lines.some((l) => l.offline || l.priceChanged || l.quantityReduced),
  };
}
