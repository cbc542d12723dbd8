import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { canShip, type OrderLineState, orderStateFromLines, transition } from '../orders/order-states.ts';
import { checkouts, orderLines, orders } from '../orders/orders.schema.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { enqueueEvent } from '../seller-webhooks/seller-webhooks.ts';

type SellerRef = { sellerId: number };

/** The seller's own order, or 404 (another seller's order does not exist for them). */
export async function sellerOrder(db: Db, sellerId: number, orderId: number) {
  const [o] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.sellerId, sellerId)));
  if (!o) throw AppError.notFound('Order');
  const lines = await db.select().from(orderLines).where(eq(orderLines.orderId, o.id)).orderBy(orderLines.id);
  return { order: o, lines };
}

async function refreshOrderState(tx: Db, orderId: number, extra: Partial<typeof orders.$inferInsert> = {}) {
  const states = (
    await tx.select({ s: orderLines.state }).from(orderLines).where(eq(orderLines.orderId, orderId))
  ).map((r) => r.s as OrderLineState);
  await tx
    .update(orders)
    .set({ state: orderStateFromLines(states), ...extra })
    .where(eq(orders.id, orderId));
}

/** Accept paid lines (1 → 2): the seller commits to ship them. All lines when none are named. */
export async function acceptOrderLines(
  deps: Pick<CheckoutDeps, 'db' | 'clock'>,
  a: SellerRef & { orderId: number; lineIds?: number[] },
): Promise<void> {
  const { order, lines } = await sellerOrder(deps.db, a.sellerId, a.orderId);
  const targets = a.lineIds?.length
    ? lines.filter((l) => a.lineIds!.includes(l.id))
    : lines.filter((l) => l.state === 1);
  if (a.lineIds && targets.length !== a.lineIds.length) throw AppError.notFound('Order line');
  if (!targets.length) throw new AppError('CONFLICT', 'No line of this order is waiting for acceptance');
  for (const l of targets) transition(l.state as OrderLineState, 2); // throws CONFLICT, e.g. before payment
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(orderLines)
      .set({ state: 2, updatedAt: now })
      .where(
        and(
          inArray(
            orderLines.id,
            targets.map((l) => l.id),
          ),
          eq(orderLines.state, 1),
        ),
      );
    await refreshOrderState(tx, order.id);
    for (const l of targets) await lineUpdated(tx, order, l, 2, now);
  });
}

/** Cancel lines the seller cannot honour (1 → 4, or 2 → 5): the buyer is refunded in full. */
export async function cancelOrderLines(
  deps: CheckoutDeps,
  a: SellerRef & { orderId: number; lineIds?: number[]; reason: string },
): Promise<void> {
  const { lines } = await sellerOrder(deps.db, a.sellerId, a.orderId);
  const targets = a.lineIds?.length
    ? lines.filter((l) => a.lineIds!.includes(l.id))
    : lines.filter((l) => l.state === 1 || l.state === 2);
  if (a.lineIds && targets.length !== a.lineIds.length) throw AppError.notFound('Order line');
  if (!targets.length) throw new AppError('CONFLICT', 'No line of this order can be cancelled');
  for (const l of targets) {
    if (l.state !== 1 && l.state !== 2)
      throw new AppError('CONFLICT', `Line ${l.id} cannot be cancelled in state ${l.state}`);
  }
  for (const l of targets) {
    await refundOrderLine(deps, {
      orderLineId: l.id,
      reason: a.reason || 'Cancelled by the seller',
      actor: { sellerId: a.sellerId },
    });
  }
}

/**
 * Ship the whole order (Back Market: all lines in one parcel): every open line must be accepted
 * (2) — never before payment — and a tracking number is required. Lines → 3, order → 9.
 */
export async function shipOrder(
  deps: Pick<CheckoutDeps, 'db' | 'clock' | 'mailer'>,
  a: SellerRef & {
    orderId: number;
    trackingNumber: string | undefined;
    shipper?: string;
    trackingUrl?: string;
  },
): Promise<void> {
  const tracking = a.trackingNumber?.trim() ?? '';
  if (!tracking) throw AppError.invalid([{ field: 'tracking_number', message: 'is required to ship' }]);
  if (tracking.length > 100)
    throw AppError.invalid([{ field: 'tracking_number', message: 'must be at most 100 characters' }]);
  const { order, lines } = await sellerOrder(deps.db, a.sellerId, a.orderId);
  const states = lines.map((l) => l.state as OrderLineState);
  if (!canShip(states)) {
    throw new AppError('CONFLICT', 'Only paid and accepted orders can be shipped: accept every line first');
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await tx
      .update(orderLines)
      .set({ state: 3, updatedAt: now })
      .where(and(eq(orderLines.orderId, order.id), eq(orderLines.state, 2)));
    await refreshOrderState(tx, order.id, {
      shippedAt: now,
      trackingNumber: tracking,
      shipper: a.shipper?.slice(0, 100) ?? null,
    });
    for (const l of lines.filter((x) => x.state === 2)) {
      await lineUpdated(tx, order, l, 3, now, { tracking_number: tracking, shipper: a.shipper ?? null });
    }
    // The buyer hears that the parcel left, with the tracking number.
    const [co] = await tx
      .select({ email: checkouts.buyerEmail })
      .from(checkouts)
      .where(eq(checkouts.id, order.checkoutId));
    if (co) {
      await deps.mailer.send(tx, {
        to: co.email,
        template: 'orders.shipped',
        subject: `Your order ${order.id} is on its way`,
        text: `Your order ${order.id} was handed to ${a.shipper?.trim() || order.shippingOption}.\nTracking number: ${tracking}\n\n${lines
          .filter((l) => l.state === 2)
          .map((l) => `${l.quantity} × ${l.productName}`)
          .join('\n')}\n\n— Reloop, the marketplace for refurbished electronics`,
      });
    }
  });
}

/** IMEI (≤ 15 digits) and/or serial number (≤ 50): written once, never changed. */
export async function setLineIdentifiers(
  deps: Pick<CheckoutDeps, 'db' | 'clock'>,
  a: SellerRef & { orderLineId: number; imei?: string; serialNumber?: string },
): Promise<void> {
  const issues: Array<{ field: string; message: string }> = [];
  if (a.imei !== undefined && !/^\d{1,15}$/.test(a.imei))
    issues.push({ field: 'imei', message: 'must be at most 15 digits' });
  if (a.serialNumber !== undefined && (a.serialNumber.length < 1 || a.serialNumber.length > 50)) {
    issues.push({ field: 'serial_number', message: 'must be 1 to 50 characters' });
  }
  if (a.imei === undefined && a.serialNumber === undefined)
    issues.push({ field: 'imei', message: 'give an IMEI or a serial number' });
  if (issues.length) throw AppError.invalid(issues);
  const [row] = await deps.db
    .select({ line: orderLines, sellerId: orders.sellerId })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(eq(orderLines.id, a.orderLineId));
  if (!row || row.sellerId !== a.sellerId) throw AppError.notFound('Order line');
  if ((a.imei !== undefined && row.line.imei) || (a.serialNumber !== undefined && row.line.serialNumber)) {
    throw new AppError('CONFLICT', 'The IMEI and serial number can be written only once');
  }
  await deps.db
    .update(orderLines)
    .set({
      ...(a.imei !== undefined ? { imei: a.imei } : {}),
      ...(a.serialNumber !== undefined ? { serialNumber: a.serialNumber } : {}),
      updatedAt: deps.clock.now(),
    })
    .where(eq(orderLines.id, a.orderLineId));
}

/** `order_line.updated` for the seller's integrations, in the change's transaction. */
async function lineUpdated(
  tx: Db,
  order: { id: number; sellerId: number },
  line: { id: number; sku: string; state: number },
  state: number,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await enqueueEvent(tx, {
    sellerId: order.sellerId,
    event: 'order_line.updated',
    now,
    payload: {
      order_id: order.id,
      order_line_id: line.id,
      sku: line.sku,
      previous_state: line.state,
      state,
      updated_at: now.toISOString(),
      ...extra,
    },
  });
}

/** Where a seller's invoice for an order is stored (Storage key); further files get -2, -3… */
export function invoiceKey(orderId: number, n = 1): string {
  return n === 1 ? `invoices/${orderId}.pdf` : `invoices/${orderId}-${n}.pdf`;
}
