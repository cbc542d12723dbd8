/**
 * A parcel's life, pure. Statuses only move forward (a late or repeated carrier event is kept in
 * the history but never moves a delivered parcel back to "in transit"); `failed_attempt` sits
 * beside `out_for_delivery` and a new attempt moves on from it.
 */
import { addBusinessDays, type Day, localDay } from '../../platform/calendar.ts';

export const PARCEL_STATUSES = [
  'label_created',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'delivered',
  'returned',
  'lost',
] as const;
export type ParcelStatus = (typeof PARCEL_STATUSES)[number];

const RANK: Readonly<Record<ParcelStatus, number>> = {
  label_created: 0,
  in_transit: 1,
  out_for_delivery: 2,
  failed_attempt: 2,
  delivered: 3,
  returned: 3,
  lost: 3,
};

export const isFinal = (s: ParcelStatus) => RANK[s] === 3;

/** The status after an event: the event's when it moves the parcel on, else the current one. */
export function nextStatus(current: ParcelStatus, event: ParcelStatus): ParcelStatus {
  if (isFinal(current)) return current;
  if (RANK[event] > RANK[current]) return event;
  // Out for delivery again after a failed attempt, or a failed attempt while out for delivery.
  if (RANK[event] === 2 && RANK[current] === 2) return event;
  return current;
}

/** Working days a parcel takes from hand-over to delivery, when the carrier gives no estimate. */
export const TRANSIT_BUSINESS_DAYS = 2;

/** The day a parcel handed over at `shippedAt` is expected, in the destination's calendar. */
export function estimatedDelivery(shippedAt: Date, market: { code: string; timeZone: string }): Day {
  return addBusinessDays(localDay(shippedAt, market.timeZone), TRANSIT_BUSINESS_DAYS, market.code);
}

/** Delivered after the day the seller's promise allowed. */
export function deliveredLate(deliveredOn: Day, promisedBy: Day | null): boolean {
  return promisedBy !== null && deliveredOn > promisedBy;
}

/** A tracking number as carriers match it: letters and digits, upper case. */
export function trackingKey(trackingNumber: string): string {
  return trackingNumber.replace(/[^0-9a-z]/gi, '').toUpperCase();
}

/**
 * Where the sandbox carrier's parcel is at `now`: label created on hand-over, in transit two hours
 * later, out for delivery at 07:00 UTC on the estimated day, delivered at 12:00 UTC that day. It
 * moves only with the injected clock, so demos and tests can walk a parcel to the buyer's door.
 */
export function sandboxStatusAt(
  s: { shippedAt: Date; estimatedOn: Day },
  now: Date,
): { status: ParcelStatus; since: Date } {
  const outAt = new Date(`${s.estimatedOn}T07:00:00Z`);
  const deliveredAt = new Date(`${s.estimatedOn}T12:00:00Z`);
  const inTransitAt = new Date(s.shippedAt.getTime() + 2 * 3_600_000);
  if (now >= deliveredAt) return { status: 'delivered', since: deliveredAt };
  if (now >= outAt) return { status: 'out_for_delivery', since: outAt };
  if (now >= inTransitAt) return { status: 'in_transit', since: inTransitAt };
  return { status: 'label_created', since: s.shippedAt };
}
