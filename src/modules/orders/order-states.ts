/**
 * Back Market order-line and order states (domain-rules §1.2 "Order states", "Order-line states",
 * and §7 rules 9–11). Pure: no I/O.
 *
 * Line states keep Back Market's numbers so the seller API stays wire-compatible. The allowed
 * transitions are exactly:
 *   0 → 1 payment_confirmed        0 → 7 payment_refused (bank refused)
 *   8 → 1 transfer_received        8 → 7 payment_overdue (bank transfer unpaid 48 h after checkout)
 *   1 → 2 accepted                 1 → 4 cancelled (customer refunded)
 *   2 → 3 shipped                  2 → 5 refunded_before_shipping
 *   3 → 6 refunded_after_shipping
 * 4, 5, 6 and 7 are final. 9 (on hold, a partner must validate) has no transition yet: nothing in
 * Reloop puts a line on hold; it exists so that Back Market payloads round-trip.
 *
 * The order state is never set directly: it derives from its lines (`orderStateFromLines`).
 */
import { AppError } from '../../platform/errors.ts';

export const ORDER_LINE_STATES = [0, 9, 8, 1, 2, 3, 4, 5, 6, 7] as const;
export type OrderLineState = (typeof ORDER_LINE_STATES)[number];

export const ORDER_LINE_STATE_NAMES: Readonly<Record<OrderLineState, string>> = {
  0: 'new, waiting for payment confirmation',
  9: 'on hold, needs validation by a partner',
  8: 'pending customer payment',
  1: 'paid, the seller must accept or cancel',
  2: 'accepted, to ship',
  3: 'handed to the carrier',
  4: 'cancelled, customer refunded',
  5: 'refunded before shipping',
  6: 'refunded after shipping',
  7: 'not paid (payment refused or overdue)',
};

/** Back Market OrderState: 0 new, 10 awaiting payment, 1 paid, 3 to ship, 8 not paid, 9 processed. */
export const ORDER_STATES = [0, 10, 1, 3, 8, 9] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ORDER_STATE_NAMES: Readonly<Record<OrderState, string>> = {
  0: 'new, payment validation pending',
  10: 'pending, the customer still has time to pay',
  1: 'paid, the seller must accept or cancel each line',
  3: 'to ship, every remaining line is accepted',
  8: 'not paid',
  9: 'processed',
};

export type OrderLineEvent =
  | 'payment_confirmed'
  | 'payment_refused'
  | 'transfer_received'
  | 'payment_overdue'
  | 'accepted'
  | 'cancelled'
  | 'shipped'
  | 'refunded_before_shipping'
  | 'refunded_after_shipping';

export type OrderLineTransition = { from: OrderLineState; to: OrderLineState; event: OrderLineEvent };

/** Every allowed transition, and nothing else. */
export const ORDER_LINE_TRANSITIONS: readonly OrderLineTransition[] = [
  { from: 0, to: 1, event: 'payment_confirmed' },
  { from: 0, to: 7, event: 'payment_refused' },
  { from: 8, to: 1, event: 'transfer_received' },
  { from: 8, to: 7, event: 'payment_overdue' },
  { from: 1, to: 2, event: 'accepted' },
  { from: 1, to: 4, event: 'cancelled' },
  { from: 2, to: 3, event: 'shipped' },
  { from: 2, to: 5, event: 'refunded_before_shipping' },
  { from: 3, to: 6, event: 'refunded_after_shipping' },
];

/** A bank transfer not received this long after checkout makes the line 7 (payment_overdue). */
export const BANK_TRANSFER_PAYMENT_WINDOW_MS = 48 * 60 * 60 * 1000;

const FINAL_LINE_STATES: ReadonlySet<OrderLineState> = new Set([4, 5, 6, 7]);
/** Lines that will never be delivered: they stay out of the parcel and out of the order state. */
const CLOSED_UNDELIVERED: ReadonlySet<OrderLineState> = new Set([4, 5, 7]);

export function isOrderLineState(value: unknown): value is OrderLineState {
  return typeof value === 'number' && (ORDER_LINE_STATES as readonly number[]).includes(value);
}

/** The event name of an allowed transition, or null when it is not allowed. */
export function transitionEvent(from: OrderLineState, to: OrderLineState): OrderLineEvent | null {
  return ORDER_LINE_TRANSITIONS.find((t) => t.from === from && t.to === to)?.event ?? null;
}

export function canTransition(from: OrderLineState, to: OrderLineState): boolean {
  return transitionEvent(from, to) !== null;
}

/** States reachable in one step from `from`. */
export function nextStates(from: OrderLineState): OrderLineState[] {
  return ORDER_LINE_TRANSITIONS.filter((t) => t.from === from).map((t) => t.to);
}

function describe(state: OrderLineState): string {
  return `${state} (${ORDER_LINE_STATE_NAMES[state]})`;
}

/** `to` when the transition is allowed; otherwise an AppError CONFLICT saying what is allowed. */
export function transition(from: OrderLineState, to: OrderLineState): OrderLineState {
  if (canTransition(from, to)) return to;
  const next = nextStates(from);
  const allowed = next.length === 0 ? 'it is final' : `allowed next states: ${next.map(describe).join(', ')}`;
  throw new AppError(
    'CONFLICT',
    `An order line cannot go from ${describe(from)} to ${describe(to)}; ${allowed}.`,
  );
}

/** No further transition will ever happen (4, 5, 6, 7). */
export function isFinal(state: OrderLineState): boolean {
  return FINAL_LINE_STATES.has(state);
}

/** The customer's payment is confirmed for this line, now or before (1, 2, 3, 4, 5, 6). */
export function isPaid(state: OrderLineState): boolean {
  return state === 1 || state === 2 || state === 3 || state === 4 || state === 5 || state === 6;
}

/**
 * The order state derived from its lines, first rule that matches:
 *   1. every line 7                          → 8  not paid (final)
 *   2. any line 0 or 9                       → 0  new: payment validation / partner hold
 *   3. any line 8                            → 10 pending: the customer may still pay
 *   4. any line 1                            → 1  paid: the seller must accept or cancel each line
 *   5. any line 2                            → 3  to ship (the others are closed or shipped)
 *   6. otherwise (only 3, 4, 5, 6, 7 remain) → 9  processed: shipped, or cancelled/refunded (final)
 * Lines in 7 are ignored unless all lines are 7. Payment is per checkout, so in practice the
 * lines of one order move through 0/8/7 together; the rules stay safe when they do not: an
 * order is never "to ship" (3) while a line still waits for payment or a decision.
 */
export function orderStateFromLines(lineStates: readonly OrderLineState[]): OrderState {
  if (lineStates.length === 0) throw new AppError('INTERNAL', 'An order has at least one line');
  const has = (s: OrderLineState) => lineStates.includes(s);
  if (lineStates.every((s) => s === 7)) return 8;
  if (has(0) || has(9)) return 0;
  if (has(8)) return 10;
  if (has(1)) return 1;
  if (has(2)) return 3;
  return 9;
}

/**
 * Whether the seller may ship the order now. Shipping (→ 3) applies to the whole order, so every
 * line must have been decided: each line is accepted (2) or closed without delivery (4 cancelled,
 * 5 refunded before shipping), and at least one line is accepted. Lines in 0, 8, 9 (unpaid),
 * 1 (undecided), 7 (not paid) or already shipped forbid it — an order is never shipped before
 * payment. (Stricter than "all lines 2" only in letting a seller cancel one line and ship the rest.)
 */
export function canShip(lineStates: readonly OrderLineState[]): boolean {
  if (!lineStates.some((s) => s === 2)) return false;
  return lineStates.every((s) => s === 2 || s === 4 || s === 5);
}

/** The line states after shipping the order: every accepted line goes to 3. Throws unless canShip. */
export function shipOrder(lineStates: readonly OrderLineState[]): OrderLineState[] {
  if (!canShip(lineStates)) {
    throw new AppError(
      'CONFLICT',
      `The order cannot be shipped: every line must be accepted (2) or closed, got [${lineStates.join(', ')}].`,
    );
  }
  return lineStates.map((s) => (CLOSED_UNDELIVERED.has(s) ? s : transition(s, 3)));
}
