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
import type { MessageKey } from '../../platform/i18n.ts';

export const ORDER_LINE_STATES = [0, 9, 8, 1, 2, 3, 4, 5, 6, 7] as const;
export type OrderLineState = (typeof ORDER_LINE_STATES)[number];

/** Line states by name: code says `LINE.paid`, never a bare number. */
export const LINE = {
  new: 0,
  onHold: 9,
  awaitingPayment: 8,
  paid: 1,
  accepted: 2,
  shipped: 3,
  cancelled: 4,
  refundedBeforeShipping: 5,
  refundedAfterShipping: 6,
  notPaid: 7,
} as const satisfies Record<string, OrderLineState>;

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

/** Order states by name. */
export const ORDER = {
  new: 0,
  awaitingPayment: 10,
  paid: 1,
  toShip: 3,
  notPaid: 8,
  processed: 9,
} as const satisfies Record<string, OrderState>;

export const ORDER_STATE_NAMES: Readonly<Record<OrderState, string>> = {
  0: 'new, payment validation pending',
  10: 'pending, the customer still has time to pay',
  1: 'paid, the seller must accept or cancel each line',
  3: 'to ship, every remaining line is accepted',
  8: 'not paid',
  9: 'processed',
};

/**
 * The message key of a line state's name (`lineState.3`), for people: shoppers and sellers read
 * it in their language through `t()`. ORDER_LINE_STATE_NAMES stays the English, API-side wording.
 */
export function lineStateKey(state: number): MessageKey {
  return (ORDER_LINE_STATES as readonly number[]).includes(state)
    ? (`lineState.${state as OrderLineState}` as const)
    : 'lineState.unknown';
}

/** The message key of an order state's name (`orderState.1`). */
export function orderStateKey(state: number): MessageKey {
  return (ORDER_STATES as readonly number[]).includes(state)
    ? (`orderState.${state as OrderState}` as const)
    : 'orderState.unknown';
}

export type OrderLineEvent =
  | 'payment_confirmed'
  | 'payment_refused'
  | 'transfer_received'
  | 'payment_overdue'
  | 'accepted'
  | 'cancelled'
  | 'shipped'
  | 'refunded_before_shipping'
  | 'refunded_after_shipping'
  /** A refund that counted failed at the provider: the line goes back to where it was refunded from. */
  | 'refund_reversed'
  /**
   * The payment of a released checkout succeeded after all and its stock could be taken again:
   * 7 → 1. Not in the table (a seller never reopens a line); only `late_payment_captured` applies it.
   */
  | 'late_payment_captured';

export type OrderLineTransition = { from: OrderLineState; to: OrderLineState; event: OrderLineEvent };

/** Every allowed transition, and nothing else. */
export const ORDER_LINE_TRANSITIONS: readonly OrderLineTransition[] = [
  { from: LINE.new, to: LINE.paid, event: 'payment_confirmed' },
  { from: LINE.new, to: LINE.notPaid, event: 'payment_refused' },
  { from: LINE.awaitingPayment, to: LINE.paid, event: 'transfer_received' },
  { from: LINE.awaitingPayment, to: LINE.notPaid, event: 'payment_overdue' },
  { from: LINE.paid, to: LINE.accepted, event: 'accepted' },
  { from: LINE.paid, to: LINE.cancelled, event: 'cancelled' },
  { from: LINE.accepted, to: LINE.shipped, event: 'shipped' },
  { from: LINE.accepted, to: LINE.refundedBeforeShipping, event: 'refunded_before_shipping' },
  { from: LINE.shipped, to: LINE.refundedAfterShipping, event: 'refunded_after_shipping' },
];

/** A bank transfer not received this long after checkout makes the line 7 (payment_overdue). */
export const BANK_TRANSFER_PAYMENT_WINDOW_MS = 48 * 60 * 60 * 1000;

const FINAL_LINE_STATES: ReadonlySet<OrderLineState> = new Set([
  LINE.cancelled,
  LINE.refundedBeforeShipping,
  LINE.refundedAfterShipping,
  LINE.notPaid,
]);
/** Lines that will never be delivered: they stay out of the parcel and out of the order state. */
const CLOSED_UNDELIVERED: ReadonlySet<OrderLineState> = new Set([
  LINE.cancelled,
  LINE.refundedBeforeShipping,
  LINE.notPaid,
]);

/** Closed without delivery (4, 5, 7): the order counts as cancelled once every line is. */
export function isClosedUndelivered(state: OrderLineState): boolean {
  return CLOSED_UNDELIVERED.has(state);
}

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

/** `to` when the transition is allowed; otherwise an AppError INVALID_STATE saying what is allowed. */
export function transition(from: OrderLineState, to: OrderLineState): OrderLineState {
  if (canTransition(from, to)) return to;
  const next = nextStates(from);
  const allowed = next.length === 0 ? 'it is final' : `allowed next states: ${next.map(describe).join(', ')}`;
  throw new AppError(
    'INVALID_STATE',
    `An order line cannot go from ${describe(from)} to ${describe(to)}; ${allowed}.`,
  );
}

/** The state a line starts in: awaiting the bank transfer, or new while a card payment is validated. */
export function initialLineState(paymentMethod: 'card' | 'bank_transfer'): OrderLineState {
  return paymentMethod === 'bank_transfer' ? LINE.awaitingPayment : LINE.new;
}

/**
 * Where a refund takes a line: refunded in full, 1 → 4 (cancelled) and 2 → 5 (before shipping),
 * 3 → 6 (after shipping); a partial refund of a shipped line keeps it in 3 (Back Market has no
 * "partially refunded" state). Throws INVALID_STATE for any other state or a partial refund before
 * shipping.
 */
export function refundTarget(from: OrderLineState, full: boolean): OrderLineState {
  if (!full) {
    if (from === LINE.shipped) return LINE.shipped;
    throw new AppError(
      'INVALID_STATE',
      `Only a shipped line can be refunded in part; this one is in state ${describe(from)}.`,
    );
  }
  const to =
    from === LINE.paid
      ? LINE.cancelled
      : from === LINE.accepted
        ? LINE.refundedBeforeShipping
        : LINE.refundedAfterShipping;
  return transition(from, to);
}

/**
 * Where a refund that failed at the provider takes a line back: 4 → 1, 5 → 2, 6 → 3 (a shipped
 * line partly refunded stays 3). Not in the seller's transition table (domain rule 9: a seller
 * can never reopen a refunded line); only the orders module's `refund_failed` change applies it,
 * because the buyer was never paid back and the line must be refundable again.
 */
export function refundReversalTarget(from: OrderLineState): OrderLineState {
  if (from === LINE.cancelled) return LINE.paid;
  if (from === LINE.refundedBeforeShipping) return LINE.accepted;
  if (from === LINE.refundedAfterShipping || from === LINE.shipped) return LINE.shipped;
  throw new AppError('INVALID_STATE', `A refund of a line in state ${describe(from)} cannot be reversed.`);
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
  if (lineStates.every((s) => s === LINE.notPaid)) return ORDER.notPaid;
  if (has(LINE.new) || has(LINE.onHold)) return ORDER.new;
  if (has(LINE.awaitingPayment)) return ORDER.awaitingPayment;
  if (has(LINE.paid)) return ORDER.paid;
  if (has(LINE.accepted)) return ORDER.toShip;
  return ORDER.processed;
}

/**
 * Whether the seller may ship the order now. Shipping (→ 3) applies to the whole order, so every
 * line must have been decided: each line is accepted (2) or closed without delivery (4 cancelled,
 * 5 refunded before shipping), and at least one line is accepted. Lines in 0, 8, 9 (unpaid),
 * 1 (undecided), 7 (not paid) or already shipped forbid it — an order is never shipped before
 * payment. (Stricter than "all lines 2" only in letting a seller cancel one line and ship the rest.)
 */
export function canShip(lineStates: readonly OrderLineState[]): boolean {
  if (!lineStates.some((s) => s === LINE.accepted)) return false;
  return lineStates.every(
    (s) => s === LINE.accepted || s === LINE.cancelled || s === LINE.refundedBeforeShipping,
  );
}

/** The line states after shipping the order: every accepted line goes to 3. Throws unless canShip. */
export function shipOrder(lineStates: readonly OrderLineState[]): OrderLineState[] {
  if (!canShip(lineStates)) {
    throw new AppError(
      'INVALID_STATE',
      `The order cannot be shipped: every line must be accepted (2) or closed, got [${lineStates.join(', ')}].`,
    );
  }
  return lineStates.map((s) => (CLOSED_UNDELIVERED.has(s) ? s : transition(s, LINE.shipped)));
}
