import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../platform/clock.ts';
import { NO_QUALITY_ISSUES } from '../offers/buybox.rules.ts';
import {
  cancellationRateBp,
  computeQualityRates,
  flagChange,
  formatBp,
  inWindow,
  lateDeliveryRateBp,
  needsReview,
  qualityDay,
  qualityFlags,
  rateBp,
  reviewPending,
  type ShipmentOutcome,
} from './quality.rules.ts';

const now = new Date('2026-11-21T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * DAY_MS);

describe('the 90-day window', () => {
  it('counts day 89 and day 90, not day 91 nor the future', () => {
    expect(inWindow(daysAgo(89), now)).toBe(true);
    expect(inWindow(daysAgo(90), now)).toBe(true);
    expect(inWindow(new Date(daysAgo(90).getTime() - 1), now)).toBe(false);
    expect(inWindow(daysAgo(91), now)).toBe(false);
    expect(inWindow(new Date(now.getTime() + 1), now)).toBe(false);
  });
});

describe('rateBp', () => {
  it('is in basis points, rounded half up, null without a denominator', () => {
    expect(rateBp(1, 3)).toBe(3333);
    expect(rateBp(2, 3)).toBe(6667);
    expect(rateBp(1, 8)).toBe(1250);
    expect(rateBp(1, 20_000)).toBe(1); // 0.5 bp rounds up
    expect(rateBp(0, 5)).toBe(0);
    expect(rateBp(0, 0)).toBeNull();
    expect(formatBp(325)).toBe('3.25 %');
  });
});

describe('cancellation rate', () => {
  it('cancelled (4) and refunded before shipping (5) over decided lines, in the window by payment date', () => {
    const lines = [
      { paidAt: daysAgo(89), state: 4 }, // counts, cancelled
      { paidAt: daysAgo(91), state: 4 }, // outside
      { paidAt: daysAgo(10), state: 3 },
      { paidAt: daysAgo(10), state: 2 },
      { paidAt: daysAgo(10), state: 6 }, // refunded after shipping: not a seller cancellation
      { paidAt: daysAgo(5), state: 5 }, // counts, cancelled after acceptance
      { paidAt: daysAgo(1), state: 1 }, // undecided: not counted
      { paidAt: daysAgo(1), state: 7 }, // not paid
    ];
    expect(cancellationRateBp(lines, now)).toBe(4000); // 2 of 5
    expect(cancellationRateBp([{ paidAt: daysAgo(91), state: 4 }], now)).toBeNull();
  });
});

describe('late delivery rate', () => {
  const o = (paid: number, shipped: number | null, promisedDays = 2, toShip = true): ShipmentOutcome => ({
    paidAt: daysAgo(paid),
    shippedAt: shipped === null ? null : daysAgo(shipped),
    promisedDays,
    toShip,
  });
  it('late when shipped after paid + delay; overdue unshipped orders count once due', () => {
    const orders = [
      o(10, 9), // on time
      o(10, 7), // late (3 days > 2)
      o(92, 89), // late, shipped on day 89: counts
      o(95, 91), // shipped day 91: outside
      o(5, null), // accepted, due 3 days ago, not shipped: late
      o(1, null), // not due yet: unknown
      o(20, null, 2, false), // all lines cancelled: never counted
    ];
    expect(lateDeliveryRateBp(orders, now)).toBe(7500); // 3 late of 4
    expect(lateDeliveryRateBp([o(1, null)], now)).toBeNull();
  });
  it('shipping exactly at the promised instant is on time', () => {
    expect(lateDeliveryRateBp([o(10, 8)], now)).toBe(0);
  });
  const day = (daysBack: number) => daysAgo(daysBack).toISOString().slice(0, 10);
  /** Paid and handed over on time (the hand-over rule alone would say on time), promised by a day. */
  const tracked = (promisedBy: number, delivered: number | null): ShipmentOutcome => ({
    ...o(promisedBy + 5, promisedBy + 4, 3),
    tracking: {
      promisedBy: day(promisedBy),
      deliveredOn: delivered === null ? null : day(delivered),
      deliveredAt: delivered === null ? null : daysAgo(delivered),
      today: day(0),
    },
  });
  it('a tracked parcel is judged by its delivery day against the promised day, not by its hand-over', () => {
    expect(lateDeliveryRateBp([tracked(5, 6)], now)).toBe(0); // a day early
    expect(lateDeliveryRateBp([tracked(5, 5)], now)).toBe(0); // on the promised day
    expect(lateDeliveryRateBp([tracked(5, 4)], now)).toBe(10_000); // handed over in time, delivered a day late
  });
  it('a tracked parcel still on its way after the promised day is late; until then, unknown', () => {
    expect(lateDeliveryRateBp([tracked(3, null)], now)).toBe(10_000);
    expect(lateDeliveryRateBp([tracked(0, null)], now)).toBeNull();
    expect(lateDeliveryRateBp([tracked(-2, null)], now)).toBeNull();
  });
  it('counts a late delivery in the window of the day it was delivered', () => {
    expect(lateDeliveryRateBp([tracked(95, 91)], now)).toBeNull();
    expect(lateDeliveryRateBp([tracked(95, 89)], now)).toBe(10_000);
  });
});

describe('computeQualityRates and flags', () => {
  it('leaves out rates it cannot measure', () => {
    expect(computeQualityRates({ lines: [], shipments: [], now })).toEqual({});
    expect(computeQualityRates({ lines: [{ paidAt: daysAgo(3), state: 2 }], shipments: [], now })).toEqual({
      cancellationBp: 0,
    });
  });
  it('flags rates strictly above their threshold', () => {
    expect(needsReview(NO_QUALITY_ISSUES)).toBe(false);
    expect(needsReview({ ...NO_QUALITY_ISSUES, cancellationBp: 300 })).toBe(false);
    expect(qualityFlags({ ...NO_QUALITY_ISSUES, cancellationBp: 301, lateDeliveryBp: 1500 })).toEqual([
      { rate: 'lateDeliveryBp', valueBp: 1500, thresholdBp: 1000 },
      { rate: 'cancellationBp', valueBp: 301, thresholdBp: 300 },
    ]);
  });
});

describe('the review flag', () => {
  const at = new Date('2026-11-01T00:00:00Z');
  const later = new Date('2026-11-02T00:00:00Z');
  it('is raised above a threshold, cleared back within, otherwise left alone', () => {
    expect(flagChange(null, true)).toBe('raise');
    expect(flagChange(at, true)).toBeNull();
    expect(flagChange(at, false)).toBe('clear');
    expect(flagChange(null, false)).toBeNull();
  });
  it('waits for a review recorded after it was raised', () => {
    expect(reviewPending({ qualityFlaggedAt: null, qualityReviewedAt: null })).toBe(false);
    expect(reviewPending({ qualityFlaggedAt: at, qualityReviewedAt: null })).toBe(true);
    expect(reviewPending({ qualityFlaggedAt: later, qualityReviewedAt: at })).toBe(true);
    expect(reviewPending({ qualityFlaggedAt: at, qualityReviewedAt: later })).toBe(false);
    expect(reviewPending({ qualityFlaggedAt: at, qualityReviewedAt: at })).toBe(false);
  });
  it('stores days in UTC', () => {
    expect(qualityDay(new Date('2026-11-21T23:59:59+01:00'))).toBe('2026-11-21');
    expect(qualityDay(new Date('2026-11-22T00:30:00+01:00'))).toBe('2026-11-21');
  });
});
