import { addBusinessDays, localDay } from '../../platform/calendar.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { marketByCode } from '../../platform/markets.ts';
import { checkoutRecipient } from '../checkout/buyer-locale.ts';
import type { CheckoutDeps } from '../checkout/checkout.deps.ts';
import { TRANSIT_BUSINESS_DAYS } from '../delivery/parcel.rules.ts';
import { registerShipment } from '../delivery/register-shipment.ts';
import { offerTerms } from '../offers/offers.store.ts';
import { orderWithLines } from '../orders/order-queries.ts';
import { canShip, LINE, type OrderLineState, transition } from '../orders/order-states.ts';
import { recordLineIdentifiers } from '../orders/record-line-identifiers.ts';
import { transitionOrderLines } from '../orders/transition-order-lines.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { orderShippedEmail } from './seller-order-emails.ts';

type SellerRef = { sellerId: number };

/** The seller's own order, or 404 (another seller's order does not exist for them). */
export async function sellerOrder(db: Db, sellerId: number, orderId: number) {
  const found = await orderWithLines(db, orderId, sellerId);
  if (!found) throw AppError.notFound('Order');
  return found;
}

/** Accept paid lines (1 → 2): the seller commits to ship them. All lines when none are named. */
export async function acceptOrderLines(
  deps: Pick<CheckoutDeps, 'db' | 'clock'>,
  a: SellerRef & { orderId: number; lineIds?: number[] },
): Promise<void> {
  const { order, lines } = await sellerOrder(deps.db, a.sellerId, a.orderId);
  const targets = a.lineIds?.length
    ? lines.filter((l) => a.lineIds!.includes(l.id))
    : lines.filter((l) => l.state === LINE.paid);
  if (a.lineIds && targets.length !== a.lineIds.length) throw AppError.notFound('Order line');
  if (!targets.length) throw new AppError('INVALID_STATE', 'No line of this order is waiting for acceptance');
  for (const l of targets) transition(l.state as OrderLineState, LINE.accepted); // throws CONFLICT, e.g. before payment
  await deps.db.transaction(async (tx) => {
    await transitionOrderLines(
      { db: tx, clock: deps.clock },
      { kind: 'accept', orderId: order.id, lineIds: targets.map((l) => l.id) },
    );
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
    : lines.filter((l) => l.state === LINE.paid || l.state === LINE.accepted);
  if (a.lineIds && targets.length !== a.lineIds.length) throw AppError.notFound('Order line');
  if (!targets.length) throw new AppError('INVALID_STATE', 'No line of this order can be cancelled');
  for (const l of targets) {
    if (l.state !== LINE.paid && l.state !== LINE.accepted)
      throw new AppError('INVALID_STATE', `Line ${l.id} cannot be cancelled in state ${l.state}`);
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
 * The last day of the delivery promised for an order: its payment day plus the longest delay its
 * offers promise with the order's carrier in its market, plus the carrier's transit days (the
 * late-delivery rate's reading); null when the order is unpaid or no offer names that carrier.
 */
async function promisedByOf(
  db: Db,
  order: { market: string; paidAt: Date | null; shippingOption: string },
  lines: readonly { offerId: number }[],
): Promise<string | null> {
  const market = marketByCode(order.market);
  if (!order.paidAt || !market) return null;
  let delay: number | null = null;
  for (const offerId of new Set(lines.map((l) => l.offerId))) {
    const terms = (await offerTerms(db, offerId)).find((t) => marketByCode(t.market)?.code === market.code);
    for (const s of terms?.shipping ?? [])
      if (s.carrier === order.shippingOption) delay = Math.max(delay ?? 0, s.delayDays);
  }
  if (delay === null) return null;
  // Handed over within the delay, then the carrier's transit (the estimate the buyer is shown).
  const handOver = localDay(new Date(order.paidAt.getTime() + delay * DAY_MS), market.timeZone);
  return addBusinessDays(handOver, TRANSIT_BUSINESS_DAYS, market.code);
}

/**
 * Ship the whole order (Back Market: all lines in one parcel): every open line must be accepted
 * (2) — never before payment — and a tracking number is required. Lines → 3, order → 9. The
 * parcel is registered with the delivery module in the same transaction (its tracking, estimate
 * and the promised day the late-delivery rate reads).
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
    throw new AppError(
      'INVALID_STATE',
      'Only paid and accepted orders can be shipped: accept every line first',
    );
  }
  await deps.db.transaction(async (tx) => {
    const { moves } = await transitionOrderLines(
      { db: tx, clock: deps.clock },
      { kind: 'ship', orderId: order.id, trackingNumber: tracking, shipper: a.shipper ?? null },
    );
    const now = deps.clock.now();
    await registerShipment(
      { db: tx, now },
      {
        orderId: order.id,
        market: order.market,
        shipper: a.shipper?.trim() || order.shippingOption,
        trackingNumber: tracking,
        shippedAt: now,
        promisedBy: await promisedByOf(tx, order, lines),
      },
    );
    // The buyer hears that the parcel left, with the tracking number.
    const buyer = await checkoutRecipient(tx, order.checkoutId);
    if (buyer) {
      await deps.mailer.send(
        tx,
        orderShippedEmail(buyer, {
          orderId: order.id,
          carrier: a.shipper?.trim() || order.shippingOption,
          tracking,
          lines: moves.map((m) => m.line),
        }),
      );
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
  await recordLineIdentifiers(deps, a);
}

/** Where a seller's invoice for an order is stored (Storage key); further files get -2, -3… */
export function invoiceKey(orderId: number, n = 1): string {
  return n === 1 ? `invoices/${orderId}.pdf` : `invoices/${orderId}-${n}.pdf`;
}
