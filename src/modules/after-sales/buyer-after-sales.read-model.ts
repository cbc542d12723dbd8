/**
 * Read model: after the sale, as the buyer's order page and after-sales pages show it — each
 * order's parcel (delivery), and per line its delivery day, the return window it is in (or the day
 * it ended), its warranty and legal guarantee, and its care folders, returns and warranty claims.
 * Joins after-sales, delivery (parcelsOfOrders), orders, offers (the promised warranty) and sellers
 * (their return window); never writes.
 */
import { desc, eq, inArray } from 'drizzle-orm';
import { type Day, localDay } from '../../platform/calendar.ts';
import type { Db } from '../../platform/db/client.ts';
import { marketByCode } from '../../platform/markets.ts';
import { type ParcelView, parcelsOfOrders } from '../delivery/shipments.read-model.ts';
import { offers } from '../offers/offers.schema.ts';
import { checkoutOfOrder, linesOfOrders } from '../orders/order-queries.ts';
import { LINE } from '../orders/order-states.ts';
import { orders } from '../orders/orders.schema.ts';
import type { OrderLineRow } from '../orders/orders.types.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { returns, warrantyClaims } from './after-sales.schema.ts';
import { buyerCareFolders, type FolderSummary, orderCareFolders } from './care-folders.read-model.ts';
import { legalGuaranteeEndsOn, MIN_WARRANTY_MONTHS, warrantyEndsOn } from './deadlines.rules.ts';
import { type ReturnEligibility, returnEligibility, returnRefundMinor } from './returns.rules.ts';

export type BuyerReturn = Pick<
  typeof returns.$inferSelect,
  | 'id'
  | 'kind'
  | 'status'
  | 'refundAmountMinor'
  | 'windowEndsOn'
  | 'refundDueOn'
  | 'requestedAt'
  | 'trackingNumber'
>;
export type BuyerClaim = Pick<
  typeof warrantyClaims.$inferSelect,
  'id' | 'basis' | 'status' | 'outcome' | 'openedAt' | 'warrantyEndsOn' | 'legalGuaranteeEndsOn'
>;

export type LineAfterSales = {
  lineId: number;
  orderId: number;
  productName: string;
  quantity: number;
  /** The day the line's parcel was delivered (market's calendar), null while it is not. */
  deliveredOn: Day | null;
  /** Which return the line may have today, or why not (not delivered, window ended on …). */
  returnWindow: ReturnEligibility;
  /** What a return of the whole line would refund: goods (+ standard delivery for a withdrawal). */
  refundMinor: number;
  /** Warranty and legal guarantee last days, from delivery (null while not delivered). */
  warranty: { months: number; endsOn: Day; legalEndsOn: Day; open: boolean } | null;
  /** The line was shipped and not refunded since: returns and claims are possible on it. */
  returnable: boolean;
  /** Paid, whatever happened next: "Get help" is possible. */
  helpable: boolean;
  folders: FolderSummary[];
  returns: BuyerReturn[];
  claims: BuyerClaim[];
};

export type OrderAfterSales = {
  parcels: Map<number, ParcelView>;
  lines: Map<number, LineAfterSales>;
};

const HELPABLE: readonly number[] = [LINE.paid, LINE.accepted, LINE.shipped, LINE.refundedAfterShipping];

/**
 * The after-sales view of some orders of one market (a checkout). `consumer`: the buyer has the
 * legal withdrawal (Reloop Pro's business buyers do not).
 */
export async function orderAfterSales(
  db: Db,
  o: { orderIds: readonly number[]; market: string; orderedAt: Date; consumer: boolean },
  now: Date,
): Promise<OrderAfterSales> {
  const market = marketByCode(o.market);
  const tz = market?.timeZone ?? 'UTC';
  const country = market?.code ?? o.market;
  const today = localDay(now, tz);
  const [parcels, lines, folders] = await Promise.all([
    parcelsOfOrders(db, o.orderIds),
    linesOfOrders(db, o.orderIds),
    orderCareFolders(db, o.orderIds, now),
  ]);
  const lineIds = lines.map((l) => l.id);
  const offerIds = [...new Set(lines.map((l) => l.offerId))];
  const [rs, cs, months, windows] = lineIds.length
    ? await Promise.all([
        db.select().from(returns).where(inArray(returns.orderLineId, lineIds)).orderBy(desc(returns.id)),
        db
          .select()
          .from(warrantyClaims)
          .where(inArray(warrantyClaims.orderLineId, lineIds))
          .orderBy(desc(warrantyClaims.id)),
        db
          .select({ id: offers.id, months: offers.warrantyMonths })
          .from(offers)
          .where(inArray(offers.id, offerIds)),
        db
          .select({ orderId: orders.id, days: sellers.returnWindowDays })
          .from(orders)
          .innerJoin(sellers, eq(sellers.id, orders.sellerId))
          .where(inArray(orders.id, [...o.orderIds])),
      ])
    : [[], [], [], []];
  const windowOf = new Map(windows.map((w) => [w.orderId, w.days]));
  const monthsOf = new Map(months.map((m) => [m.id, m.months ?? MIN_WARRANTY_MONTHS]));
  const out = new Map<number, LineAfterSales>();
  for (const l of lines as OrderLineRow[]) {
    const parcel = parcels.get(l.orderId);
    const deliveredOn = parcel?.deliveredAt ? localDay(parcel.deliveredAt, tz) : null;
    const returnWindow = returnEligibility({
      today,
      ordered: localDay(o.orderedAt, tz),
      lastDelivered: deliveredOn,
      country,
      consumer: o.consumer,
      ...(windowOf.has(l.orderId) ? { returnWindowDays: windowOf.get(l.orderId)! } : {}),
    });
    const m = monthsOf.get(l.offerId) ?? MIN_WARRANTY_MONTHS;
    const warranty = deliveredOn
      ? (() => {
          const endsOn = warrantyEndsOn(deliveredOn, m);
          const legalEndsOn = legalGuaranteeEndsOn(deliveredOn);
          return {
            months: Math.max(m, MIN_WARRANTY_MONTHS),
            endsOn,
            legalEndsOn,
            open: today <= endsOn || today <= legalEndsOn,
          };
        })()
      : null;
    out.set(l.id, {
      lineId: l.id,
      orderId: l.orderId,
      productName: l.productName,
      quantity: l.quantity,
      deliveredOn,
      returnWindow,
      refundMinor: returnRefundMinor({
        kind: returnWindow.ok ? returnWindow.kind : 'commercial',
        unitPriceMinor: l.unitPriceMinor,
        quantity: l.quantity,
        shippingMinor: l.shippingPriceMinor,
      }),
      warranty,
      returnable: l.state === LINE.shipped,
      helpable: HELPABLE.includes(l.state),
      folders: folders.filter((f) => f.orderLineId === l.id),
      returns: rs
        .filter((r) => r.orderLineId === l.id)
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          status: r.status,
          refundAmountMinor: r.refundAmountMinor,
          windowEndsOn: r.windowEndsOn,
          refundDueOn: r.refundDueOn,
          requestedAt: r.requestedAt,
          trackingNumber: r.trackingNumber,
        })),
      claims: cs
        .filter((c) => c.orderLineId === l.id)
        .map((c) => ({
          id: c.id,
          basis: c.basis,
          status: c.status,
          outcome: c.outcome,
          openedAt: c.openedAt,
          warrantyEndsOn: c.warrantyEndsOn,
          legalGuaranteeEndsOn: c.legalGuaranteeEndsOn,
        })),
    });
  }
  return { parcels, lines: out };
}

export type BuyerHelpRequest = FolderSummary & { productName: string };

/** The buyer's help requests (care folders), newest message first, each with its item's name. */
export async function buyerHelpRequests(db: Db, buyerUserId: number, now: Date): Promise<BuyerHelpRequest[]> {
  const folders = await buyerCareFolders(db, buyerUserId, now);
  const lines = await linesOfOrders(db, [...new Set(folders.map((f) => f.orderId))]);
  const name = new Map(lines.map((l) => [l.id, l.productName]));
  return folders.map((f) => ({ ...f, productName: name.get(f.orderLineId) ?? '' }));
}

/** The item a folder is about (its name, and the checkout its order page lives under). */
export async function careFolderItem(
  db: Db,
  f: { orderId: number; orderLineId: number },
): Promise<{ productName: string; checkoutId: string | null }> {
  const [l] = (await linesOfOrders(db, [f.orderId])).filter((x) => x.id === f.orderLineId);
  const order = await checkoutOfOrder(db, f.orderId);
  return { productName: l?.productName ?? '', checkoutId: order?.checkoutId ?? null };
}
