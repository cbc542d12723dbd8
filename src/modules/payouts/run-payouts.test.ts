import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import {
  feesChargedOf,
  ledgerNetOfOrder,
  ledgerOwedOf,
  payoutsOf,
  sleep,
} from '../../../test/payout-ledger.ts';
import { DAY_MS } from '../../platform/clock.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { chargeMonthlyFees } from './monthly-fees.ts';
import { runPayouts } from './run-payouts.ts';
import { nextPayoutEstimates } from './seller-money.read-model.ts';

describe.each(ENGINES)('monthly fees and payouts on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  let sellerIds: number[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 10, offers: 160 });
    picks = await offerPicks(t);
    sellerIds = [...new Set(picks.map((p) => p.sellerId))];
  });
  afterAll(() => t.close());

  const feePostings = async (sellerId: number, period: string) =>
    t.deps.db
      .select({
        account: ledgerPostings.account,
        amount: ledgerPostings.amountMinor,
        currency: ledgerPostings.currency,
      })
      .from(ledgerPostings)
      .innerJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerPostings.transactionId))
      .where(
        and(
          eq(ledgerTransactions.kind, 'monthly_fee'),
          eq(ledgerTransactions.reference, `${sellerId}:${period}`),
        ),
      );
  const setCountry = (sellerId: number, country: string) =>
    t.deps.db.update(sellers).set({ country }).where(eq(sellers.id, sellerId));
  const order = async (offerId: number) => (await placeOrder(t, { lines: [{ offerId }] })).orders[0];

  it('charges each seller the fee configured for its payout currency, from that balance (defect 9)', async () => {
    const [fr, se, gb] = sellerIds as [number, number, number];
    await setCountry(fr, 'FR');
    await setCountry(se, 'SE');
    await setCountry(gb, 'GB');
    try {
      // The Swedish seller sells in France too: its EUR balance must not pay its fee.
      const sold = await order(picks.find((p) => p.sellerId === se)!.id);
      const eurBefore = await ledgerOwedOf(t, se, 'EUR');
      expect(eurBefore).toBe(await ledgerNetOfOrder(t, sold.id));

      await chargeMonthlyFees(t.deps, '2031-01');
      expect(await feePostings(se, '2031-01')).toEqual(
        expect.arrayContaining([{ account: `seller_payable:${se}`, amount: 57_000, currency: 'SEK' }]),
      );
      expect((await feePostings(se, '2031-01')).every((p) => p.currency === 'SEK')).toBe(true);
      expect(await ledgerOwedOf(t, se, 'EUR')).toBe(eurBefore);
      expect(await ledgerOwedOf(t, se, 'SEK')).toBe(-57_000);
      // British seller: GBP, outside EU VAT; French seller: EUR with French VAT.
      expect(await feePostings(gb, '2031-01')).toEqual(
        expect.arrayContaining([{ account: `seller_payable:${gb}`, amount: 4300, currency: 'GBP' }]),
      );
      expect(await feePostings(fr, '2031-01')).toEqual(
        expect.arrayContaining([
          { account: `seller_payable:${fr}`, amount: 6000, currency: 'EUR' },
          { account: 'vat_payable:FR', amount: -1000, currency: 'EUR' },
        ]),
      );

      // Its EUR funds are paid in full once shipped past the delay; the SEK deficit is carried.
      await shipOrder(t, sold.id, new Date(t.clock.now().getTime() - 8 * DAY_MS));
      await runPayouts(t.deps);
      const eur = await payoutsOf(t, se, 'EUR');
      expect(eur.map((p) => p.amountMinor)).toEqual([eurBefore]);
      expect(await payoutsOf(t, se, 'SEK')).toEqual([]);
      expect(await ledgerOwedOf(t, se, 'EUR')).toBe(0);
      expect(await ledgerOwedOf(t, se, 'SEK')).toBe(-57_000);
    } finally {
      for (const id of [fr, se, gb]) await setCountry(id, 'DE');
    }
  });

  it('pays only funds of orders shipped past the delay, net of fees; a deficit is carried (defect 10)', async () => {
    const seller = sellerIds[3]!;
    await setCountry(seller, 'DE'); // reverse-charged fee: EUR 50.00 without VAT
    const mine = picks.filter((p) => p.sellerId === seller);
    const now = t.clock.now();
    const old = await order(mine[0]!.id);
    const unshipped = await order(mine[1 % mine.length]!.id);
    await shipOrder(t, old.id, new Date(now.getTime() - 8 * DAY_MS));
    await chargeMonthlyFees(t.deps, '2031-02');
    const feeMinor = await feesChargedOf(t, seller);
    expect(feeMinor).toBeGreaterThan(0);
    const oldNet = await ledgerNetOfOrder(t, old.id);
    expect(oldNet).toBeGreaterThan(feeMinor);

    // The seller portal's estimate says the same as the job pays.
    const { estimates } = await nextPayoutEstimates(t.deps.db, seller, t.clock.now());
    expect(estimates.find((e) => e.currency === 'EUR')?.amountMinor).toBe(oldNet - feeMinor);
    await runPayouts(t.deps);
    // The fee comes out of the shipped order's funds, not out of the unshipped order's.
    expect((await payoutsOf(t, seller)).map((p) => p.amountMinor)).toEqual([oldNet - feeMinor]);
    expect(await ledgerOwedOf(t, seller)).toBe(await ledgerNetOfOrder(t, unshipped.id));

    // The old order is refunded in full after its payout: the seller now owes us; nothing is paid.
    for (const line of old.lines) {
      await refundOrderLine(t.deps, { orderLineId: line.id, reason: 'returned', actor: { operatorId: 1 } });
    }
    await runPayouts(t.deps);
    expect(await payoutsOf(t, seller)).toHaveLength(1);
    // The unshipped order ships: its funds first cover the deficit, the rest is paid.
    await shipOrder(t, unshipped.id, new Date(now.getTime() - 8 * DAY_MS));
    await runPayouts(t.deps);
    const deficit = oldNet - feeMinor;
    const rest = (await ledgerNetOfOrder(t, unshipped.id)) - feeMinor - deficit;
    const after = (await payoutsOf(t, seller)).map((p) => p.amountMinor);
    expect(after).toEqual(rest > 0 ? [oldNet - feeMinor, rest] : [oldNet - feeMinor]);
    expect(await ledgerOwedOf(t, seller)).toBe(Math.min(0, rest));
  });

  it.runIf(engine === 'postgres')(
    'a refund committing during a payout: the payout waits for it and pays only what is left after it (defect 10)',
    async () => {
      const seller = sellerIds[4]!;
      await setCountry(seller, 'DE');
      const mine = picks.filter((p) => p.sellerId === seller);
      const o = await order(mine[0]!.id);
      await shipOrder(t, o.id, new Date(t.clock.now().getTime() - 8 * DAY_MS));
      // The refund's transaction is held open (its email is queued slowly) while the payout runs.
      let entered!: () => void;
      const inRefundTx = new Promise<void>((r) => {
        entered = r;
      });
      const slowMailer: Mailer = {
        send: async (db, m) => {
          entered();
          await sleep(400);
          return t.deps.mailer.send(db, m);
        },
      };
      const refund = refundOrderLine(
        { ...t.deps, mailer: slowMailer },
        { orderLineId: o.lines[0].id, amountMinor: 1500, reason: 'scratched case', actor: { operatorId: 1 } },
      );
      await inRefundTx;
      const payout = runPayouts(t.deps);
      await Promise.all([refund, payout]);
      // Paid exactly what the order brings after its refund, net of the fees charged by the tests
      // above; the balance did not go below zero.
      const net = (await ledgerNetOfOrder(t, o.id)) - (await feesChargedOf(t, seller));
      expect((await payoutsOf(t, seller)).map((p) => p.amountMinor)).toEqual([net]);
      expect(await ledgerOwedOf(t, seller)).toBe(0);
    },
  );
});
