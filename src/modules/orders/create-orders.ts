import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { executeNamed } from '../../platform/db/prepared.ts';
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

/** The columns each new order and line is written with, in the one statement of `createOrders`. */
const ORDER_COLUMNS = [
  'checkoutId',
  'buyerUserId',
  'sellerId',
  'market',
  'currency',
  'state',
  'shippingAddress',
  'billingAddress',
  'buyerVatNumber',
  'shippingOption',
  'itemsTotalMinor',
  'shippingTotalMinor',
  'insuranceTotalMinor',
  'serviceFeeShareMinor',
  'vatTotalMinor',
  'totalMinor',
  'vatBreakdown',
  'commissionMinor',
  'createdAt',
] as const satisfies ReadonlyArray<keyof typeof orders.$inferInsert>;
const LINE_COLUMNS = [
  'offerId',
  'sku',
  'productId',
  'productName',
  'grade',
  'quantity',
  'unitPriceMinor',
  'shippingPriceMinor',
  'insurancePremiumMinor',
  'vatType',
  'vatTreatment',
  'vatRateBp',
  'lineNetMinor',
  'lineVatMinor',
  'commissionMinor',
  'state',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof typeof orderLines.$inferInsert>;

/** A row as JSON keyed by column name, for jsonb_populate_record. */
function asRecord<K extends string>(
  table: Record<K, { name: string }>,
  keys: readonly K[],
  values: Record<K, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [table[k].name, values[k] ?? null]));
}
const columnList = <K extends string>(table: Record<K, { name: string }>, keys: readonly K[], prefix = '') =>
  sql.raw(keys.map((k) => `${prefix}"${table[k].name}"`).join(', '));

/**
 * The orders of a checkout, one per seller, with their lines in their first state: 8 (awaiting the
 * bank transfer) or 0 (new, the card payment is being validated); each order's state derives from
 * its lines. One statement writes them all (the orders, then each line joined to its seller's
 * order). Call it in the checkout's transaction (`deps.db` may be one).
 */
export async function createOrders(
  deps: { db: Db; now: Date },
  input: CreateOrdersInput,
): Promise<{ orderIds: number[] }> {
  if (input.orders.length === 0) return { orderIds: [] };
  const lineState = initialLineState(input.paymentMethod);
  const newOrders = input.orders.map((o) =>
    asRecord(orders, ORDER_COLUMNS, {
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
    }),
  );
  const newLines = input.orders.flatMap((o) =>
    o.lines.map((l) => ({
      ...asRecord(orderLines, LINE_COLUMNS, { ...l, state: lineState, updatedAt: deps.now }),
      seller_id: o.sellerId,
    })),
  );
  const rows = await executeNamed<{ id: number; sellerId: number }>(
    deps.db,
    'create_orders',
    sql`
    WITH o AS (
      INSERT INTO orders (${columnList(orders, ORDER_COLUMNS)})
      SELECT ${columnList(orders, ORDER_COLUMNS)} FROM jsonb_populate_recordset(NULL::orders, ${JSON.stringify(newOrders)}::jsonb)
      RETURNING id, seller_id
    ), l AS (
      INSERT INTO order_lines (order_id, ${columnList(orderLines, LINE_COLUMNS)})
      SELECT o.id, ${columnList(orderLines, LINE_COLUMNS, 'l.')}
      FROM jsonb_array_elements(${JSON.stringify(newLines)}::jsonb) WITH ORDINALITY AS x(e, n)
      CROSS JOIN LATERAL jsonb_populate_record(NULL::order_lines, x.e) AS l
      JOIN o ON o.seller_id = (x.e->>'seller_id')::int
      ORDER BY x.n
    )
    SELECT id, seller_id AS "sellerId" FROM o`,
  );
  const idOf = new Map(rows.map((r) => [r.sellerId, r.id]));
  return { orderIds: input.orders.map((o) => idOf.get(o.sellerId)!) };
}
