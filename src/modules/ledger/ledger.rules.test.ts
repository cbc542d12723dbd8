import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { mulDivHalfUp } from '../../platform/money.ts';
import { commissionFor, commissionRefund } from '../pricing/commission.rules.ts';
import { goodsRefundedUpTo, lineTotals, splitRefund } from '../refunds/refund.rules.ts';
import type { CapturedOrder, LedgerEntry, Posting } from './ledger.rules.ts';
import {
  ACCOUNTS,
  assertBalanced,
  balanceOf,
  balances,
  feeVat,
  monthlyFee,
  paymentCaptured,
  payoutSent,
  refundIssued,
  refundReversed,
  sellerPayable,
  serviceFeeRefunded,
  serviceFeeVat,
  vatPayable,
} from './ledger.rules.ts';

const sumOf = (ps: readonly Posting[]) => ps.reduce((a, p) => a + p.amountMinor, 0);
const all = (...entries: LedgerEntry[]) => entries.flatMap((e) => e.postings);

describe('accounts', () => {
  it('are named as stored', () => {
    expect(sellerPayable(12)).toBe('seller_payable:12');
    expect(vatPayable('fr')).toBe('vat_payable:FR');
    expect(ACCOUNTS.pspClearing).toBe('psp_clearing');
  });
});

describe('assertBalanced / balances', () => {
  it('accepts entries that sum to zero per currency', () => {
    expect(() =>
      assertBalanced([
        { account: 'a', amountMinor: 5, currency: 'EUR' },
        { account: 'b', amountMinor: -5, currency: 'EUR' },
        { account: 'a', amountMinor: 7, currency: 'SEK' },
        { account: 'c', amountMinor: -7, currency: 'SEK' },
      ]),
    ).not.toThrow();
    expect(() => assertBalanced([])).not.toThrow();
  });

  it('refuses an unbalanced entry, even if the grand total is zero across currencies', () => {
    expect(() =>
      assertBalanced([
        { account: 'a', amountMinor: 5, currency: 'EUR' },
        { account: 'b', amountMinor: -5, currency: 'SEK' },
      ]),
    ).toThrow(/EUR postings sum to 5/);
    expect(() => assertBalanced([{ account: 'a', amountMinor: 0.5, currency: 'EUR' }])).toThrow(AppError);
  });

  it('balances are the sums of the amounts per account and currency', () => {
    const posting = fc.record({
      account: fc.constantFrom('psp_clearing', 'seller_payable:1', 'vat_payable:FR'),
      amountMinor: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      currency: fc.constantFrom('EUR', 'SEK'),
    });
    fc.assert(
      fc.property(fc.array(posting, { maxLength: 30 }), (ps) => {
        const b = balances(ps);
        for (const [account, byCurrency] of b) {
          for (const [currency, amount] of byCurrency) {
            expect(amount).toBe(sumOf(ps.filter((p) => p.account === account && p.currency === currency)));
          }
        }
        for (const p of ps) expect(b.get(p.account)?.has(p.currency)).toBe(true);
        expect(balanceOf(b, 'nope', 'EUR')).toBe(0);
      }),
    );
  });
});

describe('paymentCaptured', () => {
  it('books the service fee as stored at placement: reverse-charged → no VAT on it, whatever the rate', () => {
    const order: CapturedOrder = {
      sellerId: 7,
      goodsTotalMinor: 30_000,
      commissionMinor: 3_000,
      insuranceMinor: 0,
      serviceFeeShareMinor: 499,
    };
    const base = { checkoutId: 'chk-rc', currency: 'EUR', market: 'FR', orders: [order] };
    const rc = paymentCaptured({
      ...base,
      serviceFeeVatRateBp: 2000,
      serviceFeeVat: { treatment: 'reverse_charge', vatMinor: 0 },
    });
    expect(rc.postings).toContainEqual({
      account: ACCOUNTS.serviceFeeRevenue,
      amountMinor: -499,
      currency: 'EUR',
    });
    // The only VAT booked is the commission's.
    expect(rc.postings.filter((p) => p.account === 'vat_payable:FR')).toEqual([
      { account: 'vat_payable:FR', amountMinor: -600, currency: 'EUR' },
    ]);
    const std = paymentCaptured({ ...base, serviceFeeVat: { treatment: 'standard', vatMinor: 83 } });
    expect(std.postings).toContainEqual({
      account: ACCOUNTS.serviceFeeRevenue,
      amountMinor: -416,
      currency: 'EUR',
    });
    expect(() =>
      paymentCaptured({ ...base, serviceFeeVat: { treatment: 'reverse_charge', vatMinor: 83 } }),
    ).toThrow();
    expect(() =>
      paymentCaptured({ ...base, serviceFeeVat: { treatment: 'standard', vatMinor: 500 } }),
    ).toThrow();
    expect(() => paymentCaptured(base)).toThrow();
  });

  it('books goods, insurance, fee and commission (example)', () => {
    // One FR order: 300.00 goods incl. VAT, 49.99 insurance, 4.99 fee, 10 % commission = 30.00.
    const e = paymentCaptured({
      checkoutId: 'chk-1',
      currency: 'EUR',
      market: 'FR',
      serviceFeeVatRateBp: 2000,
      orders: [
        {
          sellerId: 7,
          goodsTotalMinor: 30_000,
          commissionMinor: 3_000,
          insuranceMinor: 4_999,
          serviceFeeShareMinor: 499,
        },
      ],
    });
    expect(e.kind).toBe('payment_captured');
    expect(e.reference).toBe('chk-1');
    expect(e.postings).toEqual([
      { account: 'psp_clearing', amountMinor: 35_498, currency: 'EUR' },
      { account: 'seller_payable:7', amountMinor: -30_000, currency: 'EUR' },
      { account: 'insurer_payable', amountMinor: -4_999, currency: 'EUR' },
      { account: 'platform_revenue:service_fee', amountMinor: -416, currency: 'EUR' },
      { account: 'vat_payable:FR', amountMinor: -83, currency: 'EUR' },
      { account: 'seller_payable:7', amountMinor: 3_600, currency: 'EUR' },
      { account: 'platform_revenue:commission', amountMinor: -3_000, currency: 'EUR' },
      { account: 'vat_payable:FR', amountMinor: -600, currency: 'EUR' },
    ]);
    const b = balances(e.postings);
    expect(balanceOf(b, sellerPayable(7), 'EUR')).toBe(-26_400); // owed: 300 − 30 − 6 VAT
  });

  it('posts no commission VAT for a reverse-charged seller, and service-fee VAT in the market', () => {
    const e = paymentCaptured({
      checkoutId: 'chk-2',
      currency: 'EUR',
      market: 'DE',
      serviceFeeVatRateBp: 1900,
      orders: [
        {
          sellerId: 'de-1',
          goodsTotalMinor: 10_000,
          commissionMinor: 1_000,
          insuranceMinor: 0,
          serviceFeeShareMinor: 199,
          commissionReverseCharged: true,
        },
      ],
    });
    const b = balances(e.postings);
    expect(balanceOf(b, vatPayable('DE'), 'EUR')).toBe(-32); // 1.99 × 19/119
    expect(balanceOf(b, vatPayable('FR'), 'EUR')).toBe(0);
    expect(balanceOf(b, sellerPayable('de-1'), 'EUR')).toBe(-9_000);
    expect(e.postings.some((p) => p.account === ACCOUNTS.insurerPayable)).toBe(false); // zero dropped
  });

  it('rejects bad input', () => {
    const base = { checkoutId: 'x', currency: 'EUR', market: 'FR', serviceFeeVatRateBp: 2000 };
    expect(() => paymentCaptured({ ...base, orders: [] })).toThrow();
    const o: CapturedOrder = {
      sellerId: 1,
      goodsTotalMinor: -1,
      commissionMinor: 0,
      insuranceMinor: 0,
      serviceFeeShareMinor: 0,
    };
    expect(() => paymentCaptured({ ...base, orders: [o] })).toThrow();
    expect(() =>
      paymentCaptured({ ...base, currency: 'eur', orders: [{ ...o, goodsTotalMinor: 1 }] }),
    ).toThrow();
  });
});

describe('refundIssued / payoutSent / monthlyFee — examples', () => {
  it('a partial refund returns commission pro rata', () => {
    const e = refundIssued({
      refundId: 'r-1',
      currency: 'EUR',
      sellerId: 7,
      order: { goodsTotalMinor: 30_000, commissionMinor: 3_000 },
      goodsRefundMinor: 10_000,
    });
    expect(e.kind).toBe('refund');
    expect(e.postings).toEqual([
      { account: 'psp_clearing', amountMinor: -10_000, currency: 'EUR' },
      { account: 'seller_payable:7', amountMinor: 10_000, currency: 'EUR' },
      { account: 'seller_payable:7', amountMinor: -1_200, currency: 'EUR' },
      { account: 'platform_revenue:commission', amountMinor: 1_000, currency: 'EUR' },
      { account: 'vat_payable:FR', amountMinor: 200, currency: 'EUR' },
    ]);
  });

  it('an insurance premium alone (unbound policy) moves only insurer_payable and psp_clearing', () => {
    const e = refundIssued({
      refundId: 'r-ins',
      currency: 'EUR',
      sellerId: 7,
      order: { goodsTotalMinor: 30_000, commissionMinor: 3_000 },
      goodsRefundMinor: 0,
      alreadyRefundedGoodsMinor: 10_000,
      insuranceRefundMinor: 1_499,
    });
    expect(e.postings).toEqual([
      { account: 'psp_clearing', amountMinor: -1_499, currency: 'EUR' },
      { account: 'insurer_payable', amountMinor: 1_499, currency: 'EUR' },
    ]);
  });

  it('refunds a service fee with its VAT; refunding nothing or too much is refused', () => {
    const base = {
      refundId: 'r',
      currency: 'EUR',
      sellerId: 1,
      order: { goodsTotalMinor: 100, commissionMinor: 10 },
      goodsRefundMinor: 100,
    };
    expect(() => refundIssued({ ...base, goodsRefundMinor: 0 })).toThrow(/some money/);
    expect(() => refundIssued({ ...base, goodsRefundMinor: 101 })).toThrow(/exceed/);
    const serviceFeeRefund = { amountMinor: 49, checkoutFeeMinor: 49, market: 'FR', vatRateBp: 2000 };
    const e = refundIssued({ ...base, serviceFeeRefund });
    expect(balanceOf(balances(e.postings), ACCOUNTS.serviceFeeRevenue, 'EUR')).toBe(41);
    expect(() =>
      refundIssued({ ...base, serviceFeeRefund: { ...serviceFeeRefund, alreadyRefundedMinor: 1 } }),
    ).toThrow(/exceed/);
  });

  it('payout and monthly fee', () => {
    expect(
      payoutSent({ payoutId: 'p-1', sellerId: 7, amountMinor: 26_400, currency: 'EUR' }).postings,
    ).toEqual([
      { account: 'seller_payable:7', amountMinor: 26_400, currency: 'EUR' },
      { account: 'psp_clearing', amountMinor: -26_400, currency: 'EUR' },
    ]);
    expect(() => payoutSent({ payoutId: 'p', sellerId: 7, amountMinor: 0, currency: 'EUR' })).toThrow();
    const m = monthlyFee({
      sellerId: 7,
      period: '2025-06',
      feeMinor: 5_000,
      currency: 'EUR',
      vatRateBp: 2000,
    });
    expect(m.reference).toBe('7:2025-06');
    expect(m.postings).toEqual([
      { account: 'seller_payable:7', amountMinor: 6_000, currency: 'EUR' },
      { account: 'platform_revenue:monthly_fee', amountMinor: -5_000, currency: 'EUR' },
      { account: 'vat_payable:FR', amountMinor: -1_000, currency: 'EUR' },
    ]);
    const rc = monthlyFee({
      sellerId: 7,
      period: '2025-06',
      feeMinor: 5_000,
      currency: 'EUR',
      vatRateBp: 2000,
      reverseCharged: true,
    });
    expect(sumOf(rc.postings.filter((p) => p.account.startsWith('vat_payable')))).toBe(0);
    expect(() =>
      monthlyFee({ sellerId: 7, period: '2025-6', feeMinor: 1, currency: 'EUR', vatRateBp: 0 }),
    ).toThrow();
  });

  it('fee VAT helpers', () => {
    expect(feeVat(3_000, 2000)).toBe(600);
    expect(feeVat(3_000, 2000, true)).toBe(0);
    expect(feeVat(1_234, 2000)).toBe(247);
    expect(serviceFeeVat(499, 2000)).toBe(83);
  });
});

describe('ledger laws (fast-check)', () => {
  const currency = fc.constantFrom('EUR', 'SEK', 'GBP', 'USD');
  const rate = fc.constantFrom(0, 1900, 2000, 2100, 2500);
  const order = fc.record({
    sellerId: fc.integer({ min: 1, max: 5 }),
    goodsTotalMinor: fc.integer({ min: 1, max: 5_000_000 }),
    commissionBp: fc.integer({ min: 0, max: 3000 }),
    insuranceMinor: fc.constantFrom(0, 2_999, 11_999),
    serviceFeeShareMinor: fc.integer({ min: 0, max: 799 }),
    commissionReverseCharged: fc.boolean(),
  });
  const toCaptured = (o: {
    sellerId: number;
    goodsTotalMinor: number;
    commissionBp: number;
    insuranceMinor: number;
    serviceFeeShareMinor: number;
    commissionReverseCharged: boolean;
  }): CapturedOrder => ({
    sellerId: o.sellerId,
    goodsTotalMinor: o.goodsTotalMinor,
    commissionMinor: commissionFor({ amountMinor: o.goodsTotalMinor, plan: { rateBp: o.commissionBp } }),
    insuranceMinor: o.insuranceMinor,
    serviceFeeShareMinor: o.serviceFeeShareMinor,
    commissionReverseCharged: o.commissionReverseCharged,
  });

  it('every builder balances', () => {
    fc.assert(
      fc.property(
        currency,
        rate,
        rate,
        fc.array(order, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (cur, feeRate, platformRate, orders, amount) => {
          const captured = paymentCaptured({
            checkoutId: 'c',
            currency: cur,
            market: 'FR',
            serviceFeeVatRateBp: feeRate,
            platformVat: { country: 'FR', rateBp: platformRate },
            orders: orders.map(toCaptured),
          });
          const o = toCaptured(orders[0]!);
          const refund = refundIssued({
            refundId: 'r',
            currency: cur,
            sellerId: o.sellerId,
            order: o,
            goodsRefundMinor: Math.min(amount, o.goodsTotalMinor),
            insuranceRefundMinor: o.insuranceMinor,
            serviceFeeRefund: {
              amountMinor: o.serviceFeeShareMinor,
              checkoutFeeMinor: orders.reduce((a, x) => a + x.serviceFeeShareMinor, 0),
              market: 'FR',
              vatRateBp: feeRate,
            },
            platformVat: { country: 'FR', rateBp: platformRate },
          });
          const payout = payoutSent({ payoutId: 'p', sellerId: 1, amountMinor: amount, currency: cur });
          const fee = monthlyFee({
            sellerId: 1,
            period: '2025-01',
            feeMinor: amount,
            currency: cur,
            vatRateBp: platformRate,
          });
          for (const e of [captured, refund, payout, fee]) {
            expect(sumOf(e.postings)).toBe(0);
            expect(() => assertBalanced(e.postings)).not.toThrow();
            for (const p of e.postings) {
              expect(Number.isSafeInteger(p.amountMinor)).toBe(true);
              expect(p.amountMinor).not.toBe(0);
              expect(p.currency).toBe(cur);
            }
          }
          // The PSP receives exactly what the buyer paid.
          const paid = orders.reduce(
            (a, x) => a + x.goodsTotalMinor + x.insuranceMinor + x.serviceFeeShareMinor,
            0,
          );
          expect(balanceOf(balances(captured.postings), ACCOUNTS.pspClearing, cur)).toBe(paid);
        },
      ),
    );
  });

  it('payment then full refunds in parts leaves seller_payable, commission and VAT at 0', () => {
    fc.assert(
      fc.property(
        currency,
        rate,
        rate,
        fc.array(order, { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (cur, feeRate, platformRate, raw, weights) => {
          // One order per seller, as checkout makes them.
          const orders = raw
            .filter((o, i) => raw.findIndex((x) => x.sellerId === o.sellerId) === i)
            .map(toCaptured);
          const platformVat = { country: 'FR', rateBp: platformRate };
          const entries: LedgerEntry[] = [
            paymentCaptured({
              checkoutId: 'c',
              currency: cur,
              market: 'SE',
              serviceFeeVatRateBp: feeRate,
              platformVat,
              orders,
            }),
          ];
          const checkoutFee = orders.reduce((a, x) => a + x.serviceFeeShareMinor, 0);
          let feeRefunded = 0;
          for (const o of orders) {
            // Split the order's goods into parts by the weights; the first part also refunds
            // insurance and the fee share.
            const sumW = weights.reduce((a, b) => a + b, 0);
            const parts = weights.map((w) => Math.floor((o.goodsTotalMinor * w) / sumW));
            parts[0]! += o.goodsTotalMinor - parts.reduce((a, b) => a + b, 0);
            let already = 0;
            parts.forEach((part, k) => {
              const extra = k === 0 ? o.insuranceMinor + o.serviceFeeShareMinor : 0;
              if (part + extra === 0) return;
              entries.push(
                refundIssued({
                  refundId: `r-${o.sellerId}-${k}`,
                  currency: cur,
                  sellerId: o.sellerId,
                  order: o,
                  goodsRefundMinor: part,
                  alreadyRefundedGoodsMinor: already,
                  insuranceRefundMinor: k === 0 ? o.insuranceMinor : 0,
                  serviceFeeRefund:
                    k === 0
                      ? {
                          amountMinor: o.serviceFeeShareMinor,
                          checkoutFeeMinor: checkoutFee,
                          alreadyRefundedMinor: feeRefunded,
                          market: 'SE',
                          vatRateBp: feeRate,
                        }
                      : undefined,
                  platformVat,
                }),
              );
              if (k === 0) feeRefunded += o.serviceFeeShareMinor;
              already += part;
            });
          }
          const b = balances(all(...entries));
          for (const o of orders) expect(balanceOf(b, sellerPayable(o.sellerId), cur)).toBe(0);
          expect(balanceOf(b, ACCOUNTS.commissionRevenue, cur)).toBe(0);
          expect(balanceOf(b, vatPayable('FR'), cur)).toBe(0);
          expect(balanceOf(b, ACCOUNTS.pspClearing, cur)).toBe(0);
          expect(balanceOf(b, ACCOUNTS.insurerPayable, cur)).toBe(0);
          // The service fee, refunded share by share, gives back exactly its revenue and VAT.
          expect(balanceOf(b, ACCOUNTS.serviceFeeRevenue, cur)).toBe(0);
          expect(balanceOf(b, vatPayable('SE'), cur)).toBe(0);
        },
      ),
    );
  });
});

describe('refunds that fail (refundReversed) and the service fee (serviceFeeRefunded)', () => {
  it('reverses an entry exactly and refunds the fee with the VAT booked at capture', () => {
    const e = refundIssued({
      refundId: '7',
      currency: 'EUR',
      sellerId: 3,
      order: { goodsTotalMinor: 10_000, commissionMinor: 1_000 },
      goodsRefundMinor: 2_500,
    });
    const r = refundReversed(e);
    expect(r.kind).toBe('refund_reversal');
    expect(r.reference).toBe('7');
    expect(balances(all(e, r)).size).toBeGreaterThan(0);
    for (const [, byCurrency] of balances(all(e, r))) expect(byCurrency.get('EUR')).toBe(0);
    const fee = serviceFeeRefunded({
      refundId: '8',
      currency: 'EUR',
      market: 'FR',
      amountMinor: 799,
      checkoutFeeMinor: 799,
      capturedFeeVatMinor: 133,
    });
    expect(fee.kind).toBe('service_fee_refund');
    const b = balances(fee.postings);
    expect(balanceOf(b, ACCOUNTS.pspClearing, 'EUR')).toBe(-799);
    expect(balanceOf(b, ACCOUNTS.serviceFeeRevenue, 'EUR')).toBe(666);
    expect(balanceOf(b, vatPayable('FR'), 'EUR')).toBe(133);
    // Reverse-charged at capture (no VAT booked): none given back.
    const rc = serviceFeeRefunded({
      refundId: '9',
      currency: 'EUR',
      market: 'FR',
      amountMinor: 799,
      checkoutFeeMinor: 799,
      capturedFeeVatMinor: 0,
    });
    expect(balanceOf(balances(rc.postings), ACCOUNTS.serviceFeeRevenue, 'EUR')).toBe(799);
    expect(() =>
      serviceFeeRefunded({
        refundId: '10',
        currency: 'EUR',
        market: 'FR',
        amountMinor: 800,
        checkoutFeeMinor: 799,
        capturedFeeVatMinor: 133,
      }),
    ).toThrow();
  });

  /**
   * The law the refunds module relies on (refund-order-line.ts, settle-refund.ts): refunds of an
   * order's lines in any order, partial, some failing later (reversed as if they were the last
   * refund), retried, plus the service fee once every line is refunded — after every step each
   * entry balances, the ledger balances per currency, the commission returned is exactly the
   * cumulative pro rata of what stays refunded, and once everything is refunded the seller, the
   * commission, the insurer, the fee and its VAT are back to 0.
   */
  it('refunds in any order, partial or failing, keep the ledger exact (fast-check)', () => {
    const lineArb = fc.record({
      unitPriceMinor: fc.integer({ min: 1, max: 200_000 }),
      quantity: fc.integer({ min: 1, max: 3 }),
      shippingPriceMinor: fc.integer({ min: 0, max: 2_000 }),
      insurancePremiumMinor: fc.integer({ min: 0, max: 5_000 }),
    });
    const stepArb = fc.record({
      line: fc.nat(),
      weight: fc.integer({ min: 1, max: 100 }),
      fails: fc.boolean(),
      failLater: fc.nat({ max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 3 }),
        fc.array(stepArb, { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 2_500 }),
        fc.integer({ min: 0, max: 2_500 }),
        fc.constantFrom('EUR', 'SEK'),
        fc.boolean(),
        (lines, steps, rateBp, fee, currency, reverseCharged) => {
          const totals = lines.map((l) => lineTotals(l));
          const goodsTotal = totals.reduce((s, t) => s + t.goodsMinor, 0);
          const insuranceTotal = totals.reduce((s, t) => s + t.insuranceMinor, 0);
          const commission = mulDivHalfUp(goodsTotal, rateBp, 10_000);
          const order = {
            goodsTotalMinor: goodsTotal,
            commissionMinor: commission,
            commissionReverseCharged: reverseCharged,
          };
          const entries: LedgerEntry[] = [
            paymentCaptured({
              checkoutId: 'co',
              currency,
              market: 'FR',
              serviceFeeVatRateBp: 2000,
              orders: [
                {
                  sellerId: 1,
                  goodsTotalMinor: goodsTotal,
                  commissionMinor: commission,
                  insuranceMinor: insuranceTotal,
                  serviceFeeShareMinor: fee,
                  commissionReverseCharged: reverseCharged,
                },
              ],
            }),
          ];
          type R = { id: number; line: number; amount: number; counted: boolean; failAt: number | null };
          const refunds: R[] = [];
          const counted = (i: number) =>
            refunds.filter((r) => r.counted && r.line === i).reduce((s, r) => s + r.amount, 0);
          const orderGoods = () => totals.reduce((s, t, i) => s + goodsRefundedUpTo(t, counted(i)), 0);
          const commissionBack = () => {
            const b = balances(entries.flatMap((e) => e.postings));
            return balanceOf(b, ACCOUNTS.commissionRevenue, currency) + commission;
          };
          let id = 0;
          const failDue = (step: number) => {
            for (const r of refunds.filter((x) => x.counted && x.failAt === step)) {
              const t = totals[r.line]!;
              const c = counted(r.line);
              const split = splitRefund(t, c - r.amount, r.amount);
              const g = orderGoods();
              entries.push(
                refundReversed(
                  refundIssued({
                    refundId: String(r.id),
                    currency,
                    sellerId: 1,
                    order,
                    goodsRefundMinor: split.goodsMinor,
                    alreadyRefundedGoodsMinor: g - split.goodsMinor,
                    insuranceRefundMinor: split.insuranceMinor,
                  }),
                ),
              );
              r.counted = false;
            }
          };
          const refund = (i: number, amount: number, failAt: number | null) => {
            const t = totals[i]!;
            const split = splitRefund(t, counted(i), amount);
            entries.push(
              refundIssued({
                refundId: String(++id),
                currency,
                sellerId: 1,
                order,
                goodsRefundMinor: split.goodsMinor,
                alreadyRefundedGoodsMinor: orderGoods(),
                insuranceRefundMinor: split.insuranceMinor,
              }),
            );
            refunds.push({ id, line: i, amount, counted: true, failAt });
          };
          steps.forEach((s, step) => {
            failDue(step);
            const i = s.line % lines.length;
            const left = totals[i]!.totalMinor - counted(i);
            if (left > 0)
              refund(
                i,
                Math.max(1, Math.floor((left * s.weight) / 100)),
                s.fails ? step + 1 + s.failLater : null,
              );
            for (const e of entries) assertBalanced(e.postings);
            expect(commissionBack()).toBe(commissionRefund(commission, orderGoods(), goodsTotal));
          });
          for (let late = steps.length; late <= steps.length + 4; late++) failDue(late);
          // Retry what is left, in full, then the service fee.
          totals.forEach((t, i) => {
            const left = t.totalMinor - counted(i);
            if (left > 0) refund(i, left, null);
          });
          if (fee > 0)
            entries.push(
              serviceFeeRefunded({
                refundId: 'fee',
                currency,
                market: 'FR',
                amountMinor: fee,
                checkoutFeeMinor: fee,
                capturedFeeVatMinor: serviceFeeVat(fee, 2000),
              }),
            );
          const b = balances(entries.flatMap((e) => e.postings));
          for (const [account, byCurrency] of b) expect(byCurrency.get(currency) ?? 0, account).toBe(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
