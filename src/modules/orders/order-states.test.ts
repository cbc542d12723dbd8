import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import type { OrderLineState } from './order-states.ts';
import {
  canShip,
  canTransition,
  isFinal,
  isOrderLineState,
  isPaid,
  nextStates,
  ORDER_LINE_STATES,
  ORDER_LINE_TRANSITIONS,
  ORDER_STATES,
  orderStateFromLines,
  shipOrder,
  transition,
  transitionEvent,
} from './order-states.ts';

const ALLOWED = new Set(['0>1', '0>7', '8>1', '8>7', '1>2', '1>4', '2>3', '2>5', '3>6']);
const PAIRS = ORDER_LINE_STATES.flatMap((from) => ORDER_LINE_STATES.map((to) => [from, to] as const));

describe('order-line transitions (domain-rules §1.2, §7 rule 9)', () => {
  it('has exactly the ten Back Market line states', () => {
    expect([...ORDER_LINE_STATES].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(ORDER_LINE_TRANSITIONS).toHaveLength(ALLOWED.size);
  });

  it.each(PAIRS)('%i → %i is accepted only when allowed', (from, to) => {
    const allowed = ALLOWED.has(`${from}>${to}`);
    expect(canTransition(from, to)).toBe(allowed);
    expect(transitionEvent(from, to) !== null).toBe(allowed);
    if (allowed) expect(transition(from, to)).toBe(to);
    else expect(() => transition(from, to)).toThrow(AppError);
  });

  it('names the transitions', () => {
    expect(transitionEvent(0, 1)).toBe('payment_confirmed');
    expect(transitionEvent(0, 7)).toBe('payment_refused');
    expect(transitionEvent(8, 1)).toBe('transfer_received');
    expect(transitionEvent(8, 7)).toBe('payment_overdue');
    expect(transitionEvent(1, 2)).toBe('accepted');
    expect(transitionEvent(1, 4)).toBe('cancelled');
    expect(transitionEvent(2, 3)).toBe('shipped');
    expect(transitionEvent(2, 5)).toBe('refunded_before_shipping');
    expect(transitionEvent(3, 6)).toBe('refunded_after_shipping');
  });

  it('refuses an illegal transition with INVALID_STATE that says what is allowed', () => {
    try {
      transition(1, 3);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('INVALID_STATE');
      expect((e as AppError).message).toBe(
        'An order line cannot go from 1 (paid, the seller must accept or cancel) to 3 (handed to the carrier); ' +
          'allowed next states: 2 (accepted, to ship), 4 (cancelled, customer refunded).',
      );
    }
    expect(() => transition(6, 3)).toThrow(/it is final/);
  });

  it('knows final and paid states', () => {
    expect(ORDER_LINE_STATES.filter(isFinal).sort()).toEqual([4, 5, 6, 7]);
    for (const s of ORDER_LINE_STATES) {
      if (isFinal(s)) expect(nextStates(s)).toEqual([]);
    }
    expect(ORDER_LINE_STATES.filter(isPaid).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(nextStates(9)).toEqual([]);
    expect(isFinal(9)).toBe(false);
  });

  it('recognises line states', () => {
    expect(isOrderLineState(3)).toBe(true);
    expect(isOrderLineState(10)).toBe(false);
    expect(isOrderLineState('3')).toBe(false);
  });
});

describe('orderStateFromLines', () => {
  it.each<[OrderLineState[], number]>([
    [[0], 0],
    [[0, 0], 0],
    [[9], 0],
    [[8, 8], 10],
    [[7], 8],
    [[7, 7], 8],
    [[1], 1],
    [[1, 2], 1],
    [[1, 4], 1],
    [[2], 3],
    [[2, 2], 3],
    [[2, 4], 3],
    [[2, 5], 3],
    [[2, 3], 3],
    [[3], 9],
    [[3, 4], 9],
    [[3, 6], 9],
    [[6], 9],
    [[4], 9],
    [[4, 5], 9],
    [[7, 1], 1],
    [[0, 1], 0],
    [[8, 1], 10],
  ])('%j → %i', (lines, expected) => {
    expect(orderStateFromLines(lines)).toBe(expected);
  });

  it('needs at least one line', () => {
    expect(() => orderStateFromLines([])).toThrow(AppError);
  });

  it('always gives a Back Market order state', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ORDER_LINE_STATES), { minLength: 1, maxLength: 6 }),
        (lines) => {
          expect(ORDER_STATES).toContain(orderStateFromLines(lines));
        },
      ),
    );
  });
});

describe('canShip / shipOrder (§7 rules 10–11)', () => {
  it.each<[OrderLineState[], boolean]>([
    [[2], true],
    [[2, 2], true],
    [[2, 4], true],
    [[2, 5], true],
    [[4], false],
    [[4, 5], false],
    [[0], false],
    [[8], false],
    [[9], false],
    [[7], false],
    [[1], false],
    [[1, 2], false],
    [[2, 0], false],
    [[2, 8], false],
    [[2, 7], false],
    [[2, 3], false],
    [[3], false],
  ])('%j → %s', (lines, expected) => {
    expect(canShip(lines)).toBe(expected);
  });

  it('ships every accepted line and leaves closed ones', () => {
    expect(shipOrder([2, 4, 2, 5])).toEqual([3, 4, 3, 5]);
    expect(() => shipOrder([1, 2])).toThrow(/cannot be shipped/);
  });

  it('an order that can ship is in order state 3, and 9 after', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<OrderLineState>(...ORDER_LINE_STATES), { minLength: 1 }),
        (lines) => {
          if (canShip(lines)) {
            expect(orderStateFromLines(lines)).toBe(3);
            expect(orderStateFromLines(shipOrder(lines))).toBe(9);
          }
        },
      ),
    );
  });
});

describe('random walks (fast-check)', () => {
  // A walk: an order of 1–4 lines starting unpaid (0: card, 8: bank transfer); each step either
  // moves one line to a random state (illegal moves must throw and change nothing) or ships.
  const step = fc.oneof(
    fc.record({
      kind: fc.constant('move' as const),
      line: fc.nat(),
      to: fc.constantFrom(...ORDER_LINE_STATES),
    }),
    fc.record({ kind: fc.constant('ship' as const) }),
  );

  it('never reaches an illegal state and never ships before payment', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<OrderLineState>(0, 8),
        fc.integer({ min: 1, max: 4 }),
        fc.array(step, { maxLength: 40 }),
        (start, n, steps) => {
          let lines: OrderLineState[] = Array.from({ length: n }, () => start);
          const paid = lines.map(() => false);
          for (const s of steps) {
            if (s.kind === 'ship') {
              const ok = canShip(lines);
              if (ok) {
                // Every line in the parcel went through payment (1) first.
                lines.forEach((st, i) => {
                  if (st === 2) expect(paid[i]).toBe(true);
                });
                expect(orderStateFromLines(lines)).toBe(3);
                lines = shipOrder(lines);
              } else {
                expect(() => shipOrder(lines)).toThrow(AppError);
              }
              continue;
            }
            const i = s.line % n;
            const from = lines[i]!;
            if (canTransition(from, s.to)) {
              lines[i] = transition(from, s.to);
              if (s.to === 1) paid[i] = true;
            } else {
              expect(() => transition(from, s.to)).toThrow(AppError);
            }
            expect(ORDER_LINE_STATES).toContain(lines[i]);
            // Paid-only states are only reachable through payment.
            if (isPaid(lines[i]!)) expect(paid[i]).toBe(true);
          }
          // Shipped lines were paid; unpaid lines can only be 0, 8 or 7.
          lines.forEach((st, i) => {
            if (!paid[i]) expect([0, 8, 7]).toContain(st);
          });
        },
      ),
    );
  });
});
