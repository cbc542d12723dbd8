/**
 * Shared scaffolding of the money property tests (imported by *.property.test.ts only): the
 * operations every sequence may hold besides placing orders — shipments, line refunds, monthly
 * fees, time passing, payout runs — applied through the real use cases, and the invariants read
 * back from the ledger independently of the payout job:
 *   - a payout never exceeds the seller's funds of orders shipped past the payout delay, net of
 *     refunds and fees, in its currency, and never takes the seller's balance below zero;
 *   - every ledger transaction balances in its currency (so every order's entries do, and the
 *     whole ledger per currency).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect } from 'vitest';
import { ledgerPostings } from '../src/modules/ledger/ledger.schema.ts';
import { orders } from '../src/modules/orders/orders.schema.ts';
import { getFeeSettings } from '../src/modules/payouts/fee-settings.ts';
import { chargeMonthlyFees } from '../src/modules/payouts/monthly-fees.ts';
import { runPayouts } from '../src/modules/payouts/run-payouts.ts';
import { refundOrderLine } from '../src/modules/refunds/refund-order-line.ts';
import { DAY_MS } from '../src/platform/clock.ts';
import { AppError } from '../src/platform/errors.ts';
import { linesOf, shipOrder, type TestApp } from './orders.ts';
import { feesChargedOf, ledgerNetOfOrder, ledgerOwedOf, payoutsOf } from './payout-ledger.ts';

export type PlacedOrder = { id: number; sellerId: number; currency: string };

export type CommonOp =
  | { kind: 'ship'; order: number; daysAgo: number }
  /** Refund the lines of an order picked by `lines` (a bit mask; 0 → the first line). */
  | { kind: 'refund'; order: number; lines: number; percent: number }
  | { kind: 'fee' }
  | { kind: 'advance'; days: number }
  | { kind: 'payout' };

/** The weighted arbitraries of the common operations, to mix with a test's own (fc.oneof). */
export function commonOps(): Array<fc.WeightedArbitrary<CommonOp>> {
  return [
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('ship' as const),
        order: fc.nat(50),
        daysAgo: fc.integer({ min: 0, max: 12 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('refund' as const),
        order: fc.nat(50),
        lines: fc.nat(7),
        percent: fc.integer({ min: 1, max: 100 }),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'fee' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 6 }) }),
    },
    { weight: 2, arbitrary: fc.constant({ kind: 'payout' as const }) },
  ];
}

const CURRENCIES_SQL = sql`select distinct ${ledgerPostings.currency} as c from ${ledgerPostings}`;

/**
 * The common operations and invariants over one test app. `placed` is filled by the test's own
 * placing operation; `count` records what the sequences exercised (so a property is not vacuous).
 */
export function moneyScenario(
  t: TestApp,
  opts: { sellerIds: () => number[]; count?: (what: string) => void },
) {
  const placed: PlacedOrder[] = [];
  const count = opts.count ?? (() => {});
  let period = 0;

  /** What a seller may have been paid at most in a currency, now: shipped funds past the delay, less fees. */
  const payable = async (sellerId: number, currency: string) => {
    const { payoutDelayDays } = await getFeeSettings(t.deps.db);
    const cutoff = t.clock.now().getTime() - payoutDelayDays * DAY_MS;
    const own = await t.deps.db
      .select({ id: orders.id, shippedAt: orders.shippedAt })
      .from(orders)
      .where(and(eq(orders.sellerId, sellerId), eq(orders.currency, currency)));
    let funds = 0;
    for (const o of own)
      if (o.shippedAt && o.shippedAt.getTime() <= cutoff) funds += await ledgerNetOfOrder(t, o.id);
    return funds - (await feesChargedOf(t, sellerId, currency));
  };
  const paidTo = async (sellerId: number, currency: string) =>
    (await payoutsOf(t, sellerId, currency)).reduce((s, p) => s + p.amountMinor, 0);
  const currencies = async () =>
    ((await t.deps.database.rows(CURRENCIES_SQL)) as Array<{ c: string }>).map((r) => r.c);

  /** Every ledger transaction balances in its currency; so does the ledger as a whole. */
  async function ledgerBalanced(): Promise<void> {
    const unbalanced = await t.deps.db
      .select({
        txn: ledgerPostings.transactionId,
        currency: ledgerPostings.currency,
        s: sql<string>`sum(${ledgerPostings.amountMinor})`,
      })
      .from(ledgerPostings)
      .groupBy(ledgerPostings.transactionId, ledgerPostings.currency)
      .having(sql`sum(${ledgerPostings.amountMinor}) <> 0`);
    expect(unbalanced, 'unbalanced ledger transactions').toEqual([]);
  }

  /** Run the payout job; every new payout is within what the seller earned and leaves it ≥ 0. */
  async function payoutsHold(): Promise<void> {
    const sellers = opts.sellerIds();
    const cs = await currencies();
    const before = new Map<string, { paid: number; owed: number }>();
    for (const s of sellers)
      for (const c of cs)
        before.set(`${s}:${c}`, { paid: await paidTo(s, c), owed: await ledgerOwedOf(t, s, c) });
    await runPayouts(t.deps);
    for (const s of sellers)
      for (const c of cs) {
        const paid = await paidTo(s, c);
        const was = before.get(`${s}:${c}`)!;
        if (paid === was.paid) continue;
        count(`payout:${c}`);
        expect(was.owed, `owed to seller ${s} in ${c} before its payout`).toBeGreaterThan(0);
        expect(paid, `paid to seller ${s} in ${c}`).toBeLessThanOrEqual(await payable(s, c));
        expect(await ledgerOwedOf(t, s, c), `owed to seller ${s} in ${c} after`).toBeGreaterThanOrEqual(0);
      }
    await ledgerBalanced();
  }

  async function refund(o: Extract<CommonOp, { kind: 'refund' }>): Promise<void> {
    if (!placed.length) return;
    const order = placed[o.order % placed.length]!;
    const lines = await linesOf(t, order.id);
    const chosen = lines.filter((_, i) => (o.lines || 1) & (1 << i));
    for (const line of chosen.length ? chosen : lines.slice(0, 1)) {
      if (![1, 2, 3].includes(line.state)) continue;
      const total =
        line.unitPriceMinor * line.quantity + line.shippingPriceMinor + line.insurancePremiumMinor;
      const amountMinor =
        line.state === 3 && o.percent < 100 ? Math.max(1, Math.floor((total * o.percent) / 100)) : undefined;
      await refundOrderLine(t.deps, {
        orderLineId: line.id,
        amountMinor,
        reason: 'property test',
        actor: { operatorId: 1 },
      }).then(
        () => count(`refund:${amountMinor === undefined ? 'full' : 'partial'}`),
        (e) => {
          // Refused refunds (more than is left, already refunded) change nothing.
          if (!(e instanceof AppError)) throw e;
          count('refund:refused');
        },
      );
    }
  }

  async function apply(o: CommonOp): Promise<void> {
    switch (o.kind) {
      case 'ship': {
        if (!placed.length) return;
        const order = placed[o.order % placed.length]!;
        const lines = await linesOf(t, order.id);
        if (!lines.some((l) => l.state === 1)) return;
        await shipOrder(t, order.id, new Date(t.clock.now().getTime() - o.daysAgo * DAY_MS));
        return;
      }
      case 'refund':
        return refund(o);
      case 'fee': {
        period++;
        await chargeMonthlyFees(
          t.deps,
          `${2040 + Math.floor(period / 12)}-${String((period % 12) + 1).padStart(2, '0')}`,
        );
        return;
      }
      case 'advance':
        t.clock.advance(o.days * DAY_MS);
        return;
      case 'payout':
        await payoutsHold();
        return;
    }
  }

  /** Σ of every seller's payouts (pending or sent) in every currency. */
  async function totalPaid(): Promise<number> {
    let paid = 0;
    for (const s of opts.sellerIds()) for (const c of await currencies()) paid += await paidTo(s, c);
    return paid;
  }

  return { placed, apply, payoutsHold, ledgerBalanced, totalPaid };
}

/** The orders of some checkouts, with their seller and currency. */
export async function ordersOfCheckouts(t: TestApp, checkoutIds: string[]): Promise<PlacedOrder[]> {
  if (!checkoutIds.length) return [];
  return t.deps.db
    .select({ id: orders.id, sellerId: orders.sellerId, currency: orders.currency })
    .from(orders)
    .where(inArray(orders.checkoutId, checkoutIds))
    .orderBy(orders.id);
}
