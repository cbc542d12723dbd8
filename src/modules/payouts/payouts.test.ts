import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/db.ts';
import { createTestApp } from '../../../test/fixtures.ts';
import { offerPicks, type Pick, placeOrder, shipOrder, type TestApp } from '../../../test/orders.ts';
import { DAY_MS } from '../../platform/clock.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { categories } from '../catalog/catalog.schema.ts';
import { commissionVatReverseCharged } from '../checkout/payment-outcomes.ts';
import { ledgerPostings, ledgerTransactions } from '../ledger/ledger.schema.ts';
import { orders } from '../orders/orders.schema.ts';
import { commissionFor, commissionRateBp } from '../pricing/commission.rules.ts';
import { refundOrderLine } from '../refunds/refund-order-line.ts';
import { sellers } from '../sellers/sellers.schema.ts';
import { commissionPlansFor } from './commission-plans.ts';
import { getFeeSettings } from './fee-settings.ts';
import { chargeMonthlyFees, monthlyFeesJob, monthlyFeeVat } from './monthly-fees.ts';
import { FEE_CURRENCIES, orderSellerNet, payoutAmount, sellerPayoutCurrency } from './payout.rules.ts';
import { payouts } from './payouts.schema.ts';
import { payoutsJob, runPayouts } from './run-payouts.ts';
import { setCategoryRate } from './set-category-rate.ts';
import { setSellerRate } from './set-seller-rate.ts';
import { updateFeeSettings } from './update-fee-settings.ts';

describe('payout rules', () => {
  it('an order refunded in full nets to 0; the payout never exceeds what is owed', () => {
    expect(
      orderSellerNet({ goodsTotalMinor: 10_000, commissionMinor: 1000, refundedGoodsMinor: 10_000 }),
    ).toBe(0);
    expect(orderSellerNet({ goodsTotalMinor: 10_000, commissionMinor: 1000, refundedGoodsMinor: 0 })).toBe(
      8800,
    );
    expect(payoutAmount({ owedMinor: 500, eligibleMinor: 8800, alreadyPaidMinor: 0 })).toBe(500);
    expect(payoutAmount({ owedMinor: 9000, eligibleMinor: 8800, alreadyPaidMinor: 8000 })).toBe(800);
    expect(payoutAmount({ owedMinor: -100, eligibleMinor: 8800, alreadyPaidMinor: 0 })).toBe(0);
  });
  it('payouts are net of fees; a balance below zero is never paid out', () => {
    expect(payoutAmount({ owedMinor: 9000, eligibleMinor: 8800, feesMinor: 5000, alreadyPaidMinor: 0 })).toBe(
      3800,
    );
    expect(payoutAmount({ owedMinor: 9000, eligibleMinor: 8800, feesMinor: 9000, alreadyPaidMinor: 0 })).toBe(
      0,
    );
    expect(payoutAmount({ owedMinor: -1, eligibleMinor: 8800, feesMinor: 0, alreadyPaidMinor: 0 })).toBe(0);
  });
  it('the payout currency: the market currency of the seller’s country, EUR elsewhere', () => {
    expect(['FR', 'DE', 'SE', 'GB', 'US', 'PL'].map(sellerPayoutCurrency)).toEqual([
      'EUR',
      'EUR',
      'SEK',
      'GBP',
      'USD',
      'EUR',
    ]);
    expect(FEE_CURRENCIES).toEqual(['EUR', 'SEK', 'GBP', 'USD']);
  });
  it('monthly fee VAT: French VAT in France, reverse charge in the EU, none outside', () => {
    expect(monthlyFeeVat('FR')).toMatchObject({ treatment: 'standard', reverseCharged: false });
    expect(monthlyFeeVat('DE')).toMatchObject({ treatment: 'reverse_charge', reverseCharged: true });
    expect(monthlyFeeVat('US')).toMatchObject({ treatment: 'out_of_scope', reverseCharged: true });
  });
});

const FEES = { EUR: 5000, SEK: 57_000, GBP: 4300, USD: 5400 };

describe.each(ENGINES)('payouts and fees on %s', (engine) => {
  let t: TestApp;
  let picks: Pick[];
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 12, sellers: 4, offers: 80 });
    picks = await offerPicks(t);
  });
  afterAll(() => t.close());

  const owed = async (sellerId: number) =>
    -Number(
      (
        await t.deps.db
          .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
          .from(ledgerPostings)
          .where(
            and(eq(ledgerPostings.account, `seller_payable:${sellerId}`), eq(ledgerPostings.currency, 'EUR')),
          )
      )[0]!.s,
    );
  const ledgerSum = async () =>
    Number(
      (
        await t.deps.db
          .select({ s: sql<string>`coalesce(sum(${ledgerPostings.amountMinor}), 0)` })
          .from(ledgerPostings)
      )[0]!.s,
    );
  const netOfOrder = async (orderId: number, refundedGoodsMinor = 0) => {
    const [o] = await t.deps.db.select().from(orders).where(eq(orders.id, orderId));
    const reverseCharged = await commissionVatReverseCharged(t.deps.db, o!.sellerId);
    return orderSellerNet({
      goodsTotalMinor: o!.itemsTotalMinor + o!.shippingTotalMinor,
      commissionMinor: o!.commissionMinor,
      refundedGoodsMinor,
      commissionVatRateBp: reverseCharged ? 0 : 2000,
    });
  };
  const order = async (offerId: number) => (await placeOrder(t, { lines: [{ offerId }] })).orders[0];

  it('fee settings and overrides make each seller’s commission plan', async () => {
    const [a, b] = [picks[0]!.sellerId, picks.find((p) => p.sellerId !== picks[0]!.sellerId)!.sellerId];
    let plans = await commissionPlansFor(t.deps.db, [a, b]);
    expect(plans.get(a)!.rateBp).toBe(1000);
    expect(await getFeeSettings(t.deps.db)).toMatchObject({
      defaultCommissionBp: 1000,
      monthlyFees: { EUR: 5000, SEK: 57_000, GBP: 4300, USD: 5400 },
      payoutDelayDays: 7,
    });
    await updateFeeSettings(t.deps.db, {
      input: { defaultCommissionBp: 1200, monthlyFees: FEES, payoutDelayDays: 7 },
      operatorId: null,
      at: t.clock.now(),
    });
    const by = { operatorId: null, at: t.clock.now() };
    await setSellerRate(t.deps.db, { sellerId: b, rateBp: 800 }, by);
    const [cat] = await t.deps.db.select().from(categories).limit(1);
    await setCategoryRate(t.deps.db, { categoryId: cat!.id, rateBp: 500 }, by);
    // Every change is in the audit log, the settings with their value before.
    const audited = await t.deps.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(audited.map((e) => e.action)).toEqual([
      'fees.settings_changed',
      'fees.seller_rate_set',
      'fees.category_rate_set',
    ]);
    expect(audited[0]!.details).toMatchObject({
      before: { defaultCommissionBp: 1000 },
      after: { defaultCommissionBp: 1200 },
    });
    plans = await commissionPlansFor(t.deps.db, [a, b, a]);
    expect(plans.size).toBe(2);
    expect(commissionRateBp(plans.get(a)!)).toBe(1200);
    expect(commissionRateBp(plans.get(b)!)).toBe(800);
    expect(commissionRateBp(plans.get(b)!, String(cat!.id))).toBe(500);
    expect(commissionFor({ amountMinor: 10_000, plan: plans.get(a)! })).toBe(1200);
    await expect(setSellerRate(t.deps.db, { sellerId: b, rateBp: 10_001 }, by)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    // Back to the defaults for the payout test below.
    await updateFeeSettings(t.deps.db, {
      input: { defaultCommissionBp: 1000, monthlyFees: FEES, payoutDelayDays: 7 },
      operatorId: null,
      at: t.clock.now(),
    });
  });

  it('pays sellers only for orders shipped at least the delay ago, once, never more than owed', async () => {
    const seller = picks[0]!.sellerId;
    const mine = picks.filter((p) => p.sellerId === seller);
    const now = t.clock.now();
    const old = await order(mine[0]!.id);
    const recent = await order(mine[1 % mine.length]!.id);
    const unshipped = await order(mine[2 % mine.length]!.id);
    await shipOrder(t, old.id, new Date(now.getTime() - 8 * DAY_MS));
    await shipOrder(t, recent.id, new Date(now.getTime() - 2 * DAY_MS));
    // A gesture on the old order after shipping: it is netted from what is paid for it.
    const [oldLine] = old.lines;
    await refundOrderLine(t.deps, {
      orderLineId: oldLine.id,
      amountMinor: 300,
      reason: 'scratch',
      actor: { operatorId: 1 },
    });

    const before = await owed(seller);
    expect(before).toBe(
      (await netOfOrder(old.id, 300)) + (await netOfOrder(recent.id)) + (await netOfOrder(unshipped.id)),
    );
    const first = await runPayouts(t.deps);
    expect(first.sent).toBeGreaterThanOrEqual(1);
    const [p1] = await t.deps.db.select().from(payouts).where(eq(payouts.sellerId, seller));
    expect(p1).toMatchObject({ status: 'sent', amountMinor: await netOfOrder(old.id, 300), currency: 'EUR' });
    expect(p1!.providerRef).toBeTruthy();
    expect(await owed(seller)).toBe((await netOfOrder(recent.id)) + (await netOfOrder(unshipped.id)));
    const [entry] = await t.deps.db
      .select()
      .from(ledgerTransactions)
      .where(and(eq(ledgerTransactions.kind, 'payout'), eq(ledgerTransactions.reference, String(p1!.id))));
    expect(entry).toBeTruthy();
    expect(await ledgerSum()).toBe(0);

    // Again, same time: nothing new.
    expect(await runPayouts(t.deps)).toEqual({ created: 0, sent: 0, pending: 0 });

    // The monthly fee (FR or not) is netted from the eligible funds: after the recent order's
    // delay, the seller gets its net minus the fee (never money of the unshipped order).
    const fees = await chargeMonthlyFees(t.deps);
    expect(fees.charged).toBeGreaterThan(0);
    expect((await chargeMonthlyFees(t.deps)).charged).toBe(0);
    const [s] = await t.deps.db.select().from(sellers).where(eq(sellers.id, seller));
    const fee = 5000 + (monthlyFeeVat(s!.country).reverseCharged ? 0 : 1000);
    t.clock.advance(6 * DAY_MS);
    try {
      await runPayouts(t.deps);
      const rows = await t.deps.db
        .select()
        .from(payouts)
        .where(eq(payouts.sellerId, seller))
        .orderBy(payouts.id);
      expect(rows).toHaveLength(2);
      expect(rows[1]!.amountMinor).toBe((await netOfOrder(recent.id)) - fee);
      expect(await owed(seller)).toBeGreaterThanOrEqual(0);
      expect(await ledgerSum()).toBe(0);
    } finally {
      t.clock.advance(-6 * DAY_MS);
    }
  });

  it('charges the monthly fee once per active seller and period, with VAT only for French sellers', async () => {
    const period = '2026-12';
    const all = await t.deps.db.select().from(sellers);
    await t.deps.db.update(sellers).set({ status: 'suspended' }).where(eq(sellers.id, all[0]!.id));
    const r = await chargeMonthlyFees(t.deps, period);
    expect(r).toEqual({ period, charged: all.length - 1, alreadyCharged: 0 });
    expect(await chargeMonthlyFees(t.deps, period)).toMatchObject({
      charged: 0,
      alreadyCharged: all.length - 1,
    });
    for (const s of all.slice(1)) {
      const postings = await t.deps.db
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
            eq(ledgerTransactions.reference, `${s.id}:${period}`),
          ),
        );
      const vat = postings.find((p) => p.account === 'vat_payable:FR')?.amount ?? 0;
      expect(vat).toBe(s.country === 'FR' ? -1000 : 0);
      // In the seller's payout currency, at the amount configured for it.
      const currency = sellerPayoutCurrency(s.country);
      expect(postings.find((p) => p.account === `seller_payable:${s.id}`)!.amount).toBe(
        s.country === 'FR' ? 6000 : FEES[currency as keyof typeof FEES],
      );
    }
    await t.deps.db.update(sellers).set({ status: 'active' }).where(eq(sellers.id, all[0]!.id));
    expect(await ledgerSum()).toBe(0);
    expect(monthlyFeesJob(t.deps)).toMatchObject({ name: 'monthly-fees', everyMs: 3_600_000 });
    expect(payoutsJob(t.deps).name).toBe('payouts');
  });
});
