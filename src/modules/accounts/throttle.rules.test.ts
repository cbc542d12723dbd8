import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterFailure, backoffMs, THROTTLE, type ThrottleKind, waitMs } from './throttle.rules.ts';

describe('sign-in back-off schedule', () => {
  it('lets the first failures through, then doubles the wait from 1 s up to 15 min', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs('account', n))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10].map((n) => backoffMs('account', n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000,
    ]);
    expect(backoffMs('account', 14)).toBe(512_000);
    expect(backoffMs('account', 15)).toBe(900_000);
    expect(backoffMs('account', 10_000)).toBe(THROTTLE.maxDelayMs);
    expect(backoffMs('ip', 19)).toBe(0);
    expect(backoffMs('ip', 20)).toBe(1_000);
  });

  it('never decreases with more failures and never exceeds the cap', () => {
    fc.assert(
      fc.property(fc.constantFrom<ThrottleKind>('account', 'ip', 'device'), fc.nat(100_000), (kind, n) => {
        const d = backoffMs(kind, n);
        expect(d).toBeLessThanOrEqual(THROTTLE.maxDelayMs);
        expect(backoffMs(kind, n + 1)).toBeGreaterThanOrEqual(d);
      }),
    );
  });

  it('counts consecutive failures and forgets them after a day', () => {
    const t0 = new Date('2026-11-21T10:00:00Z');
    let s = afterFailure('account', null, t0);
    expect(s.failures).toBe(1);
    for (let i = 0; i < 5; i++) s = afterFailure('account', s, t0);
    expect(s.failures).toBe(6);
    expect(waitMs(s, t0)).toBe(2_000);
    expect(waitMs(s, new Date(t0.getTime() + 2_000))).toBe(0);
    const later = afterFailure('account', s, new Date(t0.getTime() + THROTTLE.forgetAfterMs + 1));
    expect(later.failures).toBe(1);
    expect(waitMs(null, t0)).toBe(0);
  });
});
