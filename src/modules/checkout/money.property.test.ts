/**
 * Property (issue 11, "what else must hold"; fast-check on the real use cases): for any short
 * sequence of checkouts (card or bank transfer) whose payment event arrives once, twice, or late
 * (after the stalled-payment / unpaid-transfer release job), line refunds (partial or whole),
 * shipments, monthly fees, time passing and payout runs:
 *   - the ledger balances in every currency;
 *   - a payout never exceeds the seller's funds of orders shipped past the delay, net of refunds
 *     and fees, and a seller at or below zero gets none;
 *   - every checkout's payment is for exactly the total its receipt showed when it was placed;
 *   - refunds of a payment (not failed) never exceed what was charged.
 */
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { linesOf, offerPicks, type Pick, shipOrder, type TestApp } from '../../../test/orders.ts';
import { feesChargedOf, ledgerNetOfOrder, ledgerOwedOf, payoutsOf } from '../../../test/payout-ledger.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { ledgerPostings } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import type { PaymentOutcome, StartPaymentInput } from '../payments/payment-provider.ts';
import { payments } from '../payments/payments.schema.ts';
import { type SandboxProvider, sandboxPaymentRef } from '../payments/sandbox-provider.ts';
import { getFeeSettings } from '../payouts/fee-settings.ts';
import { chargeMonthlyFees } from '../payouts/monthly-fees.ts';
import { runPayouts } from '../payouts/run-payouts.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { refunds } from '../refunds/refunds.schema.ts';
import { cancelUnpaidTransfers, releaseStalledPayments } from './cancel-unpaid-transfers.ts';

type Delivery = 'sync' | 'once' | 'twice' | 'late';
type Op =
  | { kind: 'place'; pick: number; method: 'card' | 'bank_transfer'; delivery: Delivery }
  | { kind: 'ship'; order: number; daysAgo: number }
  | { kind: 'refund'; order: number; percent: number }
  | { kind: 'fee' }
  | { kind: 'advance'; days: number }
  | { kind: 'payout' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('place' as const),
      pick: fc.nat(50),
      method: fc.constantFrom('card' as const, 'bank_transfer' as const),
      delivery: fc.constantFrom<Delivery>('sync', 'once', 'twice', 'late'),
    }),
  },
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

const address = { name: 'Ada Lovelace', line1: '1 rue X', postalCode: '75004', city: 'Paris', country: 'FR' };
/** API money ({ amount: "12.34", currency: "EUR" }) in minor units (EUR: 2 decimals). */
const minor = (m: { amount: string }) => Math.round(Number(m.amount) * 100);
const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada' };

describe.each(ENGINES)('money property on %s', (engine) => {
  let t: TestApp;
  let sandbox: SandboxProvider;
  let realStart: SandboxProvider['start'];
  let picks: Pick[];
  let sellerIds: number[];
  const placed: Array<{ id: number; sellerId: number }> = [];
  /** What each checkout's receipt showed when it was placed. */
  const shown: Array<{ checkoutId: string; totalMinor: number }> = [];
  /** What the sequences exercised, so the property is not vacuous. */
  const seen = new Map<string, number>();
  const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
  let period = 0;
  let seq = 0;
  let ip = 0;

  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    sandbox = t.deps.payments as SandboxProvider;
    realStart = sandbox.start;
    const all = await offerPicks(t);
    sellerIds = [...new Set(all.map((p) => p.sellerId))].slice(0, 3);
    picks = all.filter((p) => sellerIds.includes(p.sellerId));
  }, 60_000);
  afterAll(() => t?.close());

  const req = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `198.51.140.${ip++ % 250}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, body: (await res.json()) as any };
  };

  const deliver = (pay: { id: string; providerRef: string | null; amountMinor: number }) => {
    const ev = sandbox.simulate('payment.succeeded', pay.providerRef ?? sandboxPaymentRef(pay.id), {
      amountMinor: pay.amountMinor,
      paymentId: pay.id,
    });
    return req('/api/v1/webhooks/payments/sandbox', ev.body, ev.headers);
  };

  async function place(o: Extract<Op, { kind: 'place' }>): Promise<void> {
    const pick = picks[o.pick % picks.length]!;
    const cart = (await req('/api/v1/carts', { market: 'fr-fr' })).body.id as string;
    const added = await req(`/api/v1/carts/${cart}/lines`, { offerId: pick.id });
    if (added.status >= 300) return;
    const async_ = o.method === 'card' && o.delivery !== 'sync';
    if (async_) {
      // The provider charges the card, but its answer never reaches us: only the webhook tells.
      Object.assign(sandbox, {
        start: async (i: StartPaymentInput) => {
          await realStart(i);
          return { status: 'processing' } as unknown as PaymentOutcome;
        },
      });
    }
    const r = await req(
      `/api/v1/carts/${cart}/checkout`,
      {
        email: `buyer${seq}@example.com`,
        shippingAddress: address,
        paymentMethod: o.method,
        ...(o.method === 'card' ? { card } : {}),
      },
      { 'idempotency-key': `money-prop-${engine}-${++seq}` },
    ).finally(() => Object.assign(sandbox, { start: realStart }));
    if (r.status !== 201) return;
    // The receipt is self-consistent (orders plus service fee make the total) and is what we charge.
    const shownTotal = minor(r.body.total);
    const ords = r.body.orders as Array<{ id: number; total: { amount: string } }>;
    expect(ords.reduce((a, x) => a + minor(x.total), minor(r.body.serviceFee))).toBe(shownTotal);
    shown.push({ checkoutId: r.body.checkoutId, totalMinor: shownTotal });
    for (const ord of ords) placed.push({ id: ord.id, sellerId: pick.sellerId });
    const [pay] = await t.deps.db.select().from(payments).where(eq(payments.checkoutId, r.body.checkoutId));
    if (!pay || pay.status === 'succeeded') return;
    if (o.delivery === 'sync' && o.method === 'card') return;
    if (o.delivery === 'late') {
      if (o.method === 'card') {
        t.clock.advance(16 * 60_000);
        await releaseStalledPayments(t.deps);
      } else {
        t.clock.advance(49 * 3_600_000);
        await cancelUnpaidTransfers(t.deps);
      }
    }
    if (o.delivery === 'sync') return; // a transfer never paid
    count(`event:${o.method}:${o.delivery}:${(await deliver(pay)).body.result}`);
    if (o.delivery === 'twice') count(`event:${o.method}:again:${(await deliver(pay)).body.result}`);
  }

  /** What a seller may have been paid at most, now: funds of orders shipped past the delay, less fees. */
  const payable = async (sellerId: number) => {
    const { payoutDelayDays } = await getFeeSettings(t.deps.db);
    const cutoff = t.clock.now().getTime() - payoutDelayDays * DAY_MS;
    const shipped = await t.deps.db
      .select({ id: orders.id, shippedAt: orders.shippedAt })
      .from(orders)
      .where(eq(orders.sellerId, sellerId));
    let funds = 0;
    for (const o of shipped)
      if (o.shippedAt && o.shippedAt.getTime() <= cutoff) funds += await ledgerNetOfOrder(t, o.id);
    return funds - (await feesChargedOf(t, sellerId));
  };
  const paidTo = async (sellerId: number) =>
    (await payoutsOf(t, sellerId)).reduce((s, p) => s + p.amountMinor, 0);

  async function moneyHolds(): Promise<void> {
    const sums = await t.deps.db
      .select({ currency: ledgerPostings.currency, s: sql<string>`sum(${ledgerPostings.amountMinor})` })
      .from(ledgerPostings)
      .groupBy(ledgerPostings.currency);
    for (const r of sums) expect(Number(r.s), `ledger in ${r.currency}`).toBe(0);
    for (const s of shown) {
      const [pay] = await t.deps.db.select().from(payments).where(eq(payments.checkoutId, s.checkoutId));
      expect(pay?.amountMinor, `charged for checkout ${s.checkoutId}`).toBe(s.totalMinor);
      const rs = await t.deps.db.select().from(refunds).where(eq(refunds.paymentId, pay!.id));
      const refunded = rs
        .filter((x) => x.status !== 'failed' && !x.reversedAt)
        .reduce((a, x) => a + x.amountMinor, 0);
      expect(refunded, `refunded of payment ${pay!.id}`).toBeLessThanOrEqual(pay!.amountMinor);
    }
  }

  async function payoutsHold(): Promise<void> {
    const before = new Map<number, { paid: number; owed: number }>();
    for (const s of sellerIds) before.set(s, { paid: await paidTo(s), owed: await ledgerOwedOf(t, s) });
    await runPayouts(t.deps);
    for (const s of sellerIds) {
      const paid = await paidTo(s);
      const was = before.get(s)!;
      if (paid === was.paid) continue;
      count('payout');
      expect(was.owed).toBeGreaterThan(0);
      expect(paid).toBeLessThanOrEqual(await payable(s));
      expect(await ledgerOwedOf(t, s)).toBeGreaterThanOrEqual(0);
    }
  }

  async function apply(o: Op): Promise<void> {
    switch (o.kind) {
      case 'place':
        return place(o);
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
        }).then(
          () => count(`refund:${amountMinor === undefined ? 'full' : 'partial'}`),
          (e) => {
            // Refused refunds (more than is left, already refunded) change nothing.
            if (!(e instanceof AppError)) throw e;
            count('refund:refused');
          },
        );
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

  it('charged = shown, refunds ≤ charged, payouts ≤ earned, ledger balanced, whatever the sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          await apply(o);
          await moneyHolds();
        }
        await payoutsHold();
        await moneyHolds();
      }),
      { numRuns: 15, endOnFailure: true },
    );
    console.log(engine, shown.length, 'checkouts', Object.fromEntries([...seen].sort()));
    expect(shown.length).toBeGreaterThan(0);
    expect(seen.get('payout') ?? 0).toBeGreaterThan(0);
  }, 240_000);
});
