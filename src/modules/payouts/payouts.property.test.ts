/**
 * Property (fast-check, on the real use cases): for any sequence of orders, shipments, refunds
 * (before or after shipping, partial or whole), monthly fees, time passing and payout runs,
 *   - a payout run never pays a seller more than the funds of its orders shipped at least the
 *     payout delay ago, net of refunds and fees (so nothing of an unshipped or refunded order);
 *   - a payout never takes a seller's balance below zero, and a seller at or below zero gets none;
 *   - the ledger balances in every currency.
 * The funds are read from the ledger postings of each order, independently of the payout job.
 */
import { and, eq, isNotNull, lte, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { feesChargedOf, ledgerNetOfOrder, ledgerOwedOf, payoutsOf } from '../../../test/payout-ledger.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { ledgerPostings } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { getFeeSettings } from './fee-settings.ts';
import { chargeMonthlyFees } from './monthly-fees.ts';
import { runPayouts } from './run-payouts.ts';

type Op =
  | { kind: 'place'; pick: number }
  | { kind: 'ship'; order: number; daysAgo: number }
  | { kind: 'refund'; order: number; percent: number }
  | { kind: 'fee' }
  | { kind: 'advance'; days: number }
  | { kind: 'payout' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('place' as const), pick: fc.nat(50) }) },
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
      percent: fc.integer({ min: 1, max: 100 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'fee' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('advance' as const), days: fc.integer({ min: 1, max: 6 }) }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'payout' as const }) },
);

describe.each(ENGINES)('payouts property on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let sellerIds: number[];
  const placed: Array<{ id: number; sellerId: number }> = [];
  let period = 0;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    const all = await offerPicks(t);
    sellerIds = [...new Set(all.map((p) => p.sellerId))].slice(0, 3);
    picks = all.filter((p) => sellerIds.includes(p.sellerId));
  });
  afterAll(() => t.close());

  /** What a seller may have been paid at most, now: funds of orders shipped past the delay, less fees. */
  const payable = async (sellerId: number) => {
    const { payoutDelayDays } = await getFeeSettings(t.deps.db);
    const cutoff = new Date(t.clock.now().getTime() - payoutDelayDays * DAY_MS);
    const shipped = await t.deps.db
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.sellerId, sellerId), isNotNull(orders.shippedAt), lte(orders.shippedAt, cutoff)));
    let funds = 0;
    for (const o of shipped) funds += await ledgerNetOfOrder(t, o.id);
    return funds - (await feesChargedOf(t, sellerId));
  };
  const paidTo = async (sellerId: number) =>
    (await payoutsOf(t, sellerId)).reduce((s, p) => s + p.amountMinor, 0);

  async function payoutsHold(): Promise<void> {
    const before = new Map<number, { paid: number; owed: number }>();
    for (const s of sellerIds) before.set(s, { paid: await paidTo(s), owed: await ledgerOwedOf(t, s) });
    await runPayouts(t.deps);
    for (const s of sellerIds) {
      const paid = await paidTo(s);
      const was = before.get(s)!;
      if (paid === was.paid) continue;
      // A new payout: from shipped funds net of refunds and fees only, never below zero.
      expect(was.owed).toBeGreaterThan(0);
      expect(paid).toBeLessThanOrEqual(await payable(s));
      expect(await ledgerOwedOf(t, s)).toBeGreaterThanOrEqual(0);
    }
    const sums = await t.deps.db
      .select({ currency: ledgerPostings.currency, s: sql<string>`sum(${ledgerPostings.amountMinor})` })
      .from(ledgerPostings)
      .groupBy(ledgerPostings.currency);
    for (const r of sums) expect(Number(r.s)).toBe(0);
  }

  async function apply(o: Op): Promise<void> {
    switch (o.kind) {
      case 'place': {
        const pick = picks[o.pick % picks.length]!;
        const r = await placeOrder(t, { lines: [{ offerId: pick.id }] }).catch(() => null);
        if (r) placed.push({ id: r.orders[0].id, sellerId: pick.sellerId });
        return;
      }
      case 'ship': {
        if (!placed.length) return;
        const order = placed[o.order % placed.length]!;
        const lines = await linesOf(t, order.id);
        if (!lines.some((l) => l.state === 1)) return;
        await shipOrder(t, order.id, new Date(t.clock.now().getTime() - o.daysAgo * DAY_MS));
        return;
      }
      case 'refund': {
        if (!placed.length) return;
        const order = placed[o.order % placed.length]!;
        const [line] = await linesOf(t, order.id);
        if (!line || ![1, 2, 3].includes(line.state)) return;
        const total =
          line.unitPriceMinor * line.quantity + line.shippingPriceMinor + line.insurancePremiumMinor;
        const amountMinor =
          line.state === 3 && o.percent < 100
            ? Math.max(1, Math.floor((total * o.percent) / 100))
            : undefined;
        await refundOrderLine(t.deps, {
          orderLineId: line.id,
          amountMinor,
          reason: 'property test',
          actor: { operatorId: 1 },
        }).catch((e) => {
          // Refused refunds (more than is left, already refunded) change nothing.
          if (!(e instanceof AppError)) throw e;
        });
        return;
      }
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

  it('no seller is paid for an unshipped or refunded order, nor below zero, whatever the sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 14 }), async (ops) => {
        for (const o of ops) await apply(o);
        await payoutsHold();
      }),
      { numRuns: engine === 'postgres' ? 6 : 10, endOnFailure: true },
    );
    // The sequences did pay sellers (the property is not vacuous).
    let paid = 0;
    for (const s of sellerIds) paid += await paidTo(s);
    expect(paid).toBeGreaterThan(0);
  }, 240_000);
});
