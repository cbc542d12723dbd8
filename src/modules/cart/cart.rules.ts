/** A cart line's quantity is bounded by the offer's stock and by a per-line maximum. */
export const MAX_QUANTITY_PER_LINE = 10;
export const MAX_LINES_PER_CART = 50;

export type LineFacts = {
  seenUnitPriceMinor: number;
  /** null: the offer has no price in this market. */
  unitPriceMinor: number | null;
  stock: number;
  published: boolean;
  sellerActive: boolean;
  quantity: number;
};

export type LineStatus = {
  /** Offline lines are shown but excluded from totals and checkout. */
  offline: boolean;
  priceChanged: boolean;
  /** What can be bought now: min(quantity, stock, max). */
  buyableQuantity: number;
  quantityReduced: boolean;
};

export function lineStatus(f: LineFacts): LineStatus {
  const offline = !f.published || !f.sellerActive || f.stock <= 0 || f.unitPriceMinor === null;
  const buyableQuantity = offline ? 0 : Math.min(f.quantity, f.stock, MAX_QUANTITY_PER_LINE);
  return {
    offline,
    priceChanged: !offline && f.unitPriceMinor !== f.seenUnitPriceMinor,
    buyableQuantity,
    quantityReduced: !offline && buyableQuantity < f.quantity,
  };
}

/** Quantity after adding `more` to `current`, or an error message. */
export function addedQuantity(current: number, more: number, stock: number): number | string {
  const total = current + more;
  if (total > MAX_QUANTITY_PER_LINE) return `at most ${MAX_QUANTITY_PER_LINE} of one offer per order`;
  if (total > stock) return stock === 0 ? 'this offer is out of stock' : `only ${stock} in stock`;
  return total;
}
