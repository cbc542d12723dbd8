import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock.ts';
import { MemoryRateLimitStore } from './memory-rate-limit-store.ts';
import {
  assertCost,
  assertRateLimit,
  decide,
  type RateLimit,
  type WindowCounts,
  windowStartOf,
} from './rate-limit.rules.ts';
import { createRateLimiter } from './rate-limiter.ts';

const W = 60_000;
const rule: RateLimit = { name: 'test', limit: 5, windowMs: W };
const start = Date.parse('2026-11-21T12:00:00Z'); // a multiple of 60 s
const at = (ms: number) => new Date(start + ms);
const decideAt = (ms: number, counts: WindowCounts, cost = 1, limit = rule) =>
  decide({ limit, now: at(ms), counts, cost });

describe('windowStartOf', () => {
  it('aligns windows on the epoch, so every process agrees', () => {
    expect(windowStartOf(W, at(0))).toEqual(at(0));
    expect(windowStartOf(W, at(59_999))).toEqual(at(0));
    expect(windowStartOf(W, at(60_000))).toEqual(at(60_000));
    expect(windowStartOf(15 * 60_000, new Date('2026-11-21T12:14:59.999Z'))).toEqual(
      new Date('2026-11-21T12:00:00Z'),
    );
  });
});

describe('decide', () => {
  it('allows the first hit with limit − 1 remaining, full reset at the end of the next window', () => {
    expect(decideAt(10_000, { current: 1, previous: 0 })).toEqual({
      allowed: true,
      limit: 5,
      remaining: 4,
      retryAt: at(10_000),
      retryAfterSeconds: 0,
      resetAt: at(2 * W),
      resetAfterSeconds: 110,
    });
  });

  it('allows exactly `limit` hits in a window, then refuses until this window has decayed enough', () => {
    expect(decideAt(0, { current: 5, previous: 0 })).toMatchObject({ allowed: true, remaining: 0 });
    const refused = decideAt(0, { current: 6, previous: 0 });
    // Next window: 6 × (60 − e)/60 + 1 ≤ 5 ⇔ e ≥ 20 s.
    expect(refused).toMatchObject({ allowed: false, remaining: 0, retryAt: at(W + 20_000) });
    expect(refused.retryAfterSeconds).toBe(80);
  });

  it('weighs the previous window by its remaining overlap', () => {
    const limit10 = { ...rule, limit: 10 };
    // Half-way: 10 × ½ + 5 = 10 ≤ 10.
    expect(decideAt(30_000, { current: 5, previous: 10 }, 1, limit10)).toMatchObject({
      allowed: true,
      remaining: 0,
    });
    // 10 × ½ + 6 = 11 > 10; 10 × (60 − e)/60 + 7 ≤ 10 ⇔ e ≥ 42 s → retry in 12 s.
    const refused = decideAt(30_000, { current: 6, previous: 10 }, 1, limit10);
    expect(refused).toMatchObject({ allowed: false, retryAt: at(42_000), retryAfterSeconds: 12 });
    // Three quarters in, the previous window weighs 2.5: 2.5 + 6 = 8.5 → 1 remaining (rounded down).
    expect(decideAt(45_000, { current: 6, previous: 10 }, 1, limit10)).toMatchObject({
      allowed: true,
      remaining: 1,
    });
  });

  it('is continuous at the window boundary: the last instant of one equals the first of the next', () => {
    const end = decideAt(W - 1, { current: 5, previous: 0 }, 1);
    const next = decideAt(W, { current: 0, previous: 5 }, 1);
    expect(end.remaining).toBe(next.remaining);
  });

  it('rounds Retry-After up to whole seconds, never below 1', () => {
    const short = { ...rule, windowMs: 2_000 };
    // 600 ms in: 6 × 1.4/2 + 1 = 5.2 > 5. The retry (its own hit + the refused one) fits when
    // 6 × (2 − e)/2 + 2 ≤ 5, at e = 1 s: 400 ms away, announced as 1 s.
    const refused = decide({ limit: short, now: at(2_600), counts: { current: 1, previous: 6 } });
    expect(refused.allowed).toBe(false);
    expect(refused.retryAt).toEqual(at(3_000));
    expect(refused.retryAfterSeconds).toBe(1);
  });

  it('asks a costly request to wait for room for its whole cost', () => {
    expect(decideAt(0, { current: 3, previous: 0 }, 3)).toMatchObject({ allowed: true, remaining: 2 });
    const refused = decideAt(0, { current: 6, previous: 0 }, 3);
    // Next window: 6 × (60 − e)/60 + 3 ≤ 5 ⇔ e ≥ 40 s.
    expect(refused.retryAt).toEqual(at(W + 40_000));
    // A cost equal to the limit waits for the window after next, when nothing counts any more.
    expect(decideAt(0, { current: 10, previous: 0 }, 5).retryAt).toEqual(at(2 * W));
  });

  it('sets resetAt to when the last recorded hit stops counting', () => {
    expect(decideAt(30_000, { current: 0, previous: 3 }).resetAt).toEqual(at(W));
    expect(decideAt(30_000, { current: 0, previous: 0 }).resetAt).toEqual(at(30_000));
  });

  it('refuses to define limits or costs that make no sense', () => {
    expect(() => assertRateLimit({ name: 'x', limit: 0, windowMs: W })).toThrow(RangeError);
    expect(() => assertRateLimit({ name: 'x', limit: 1.5, windowMs: W })).toThrow(RangeError);
    expect(() => assertRateLimit({ name: 'x', limit: 1, windowMs: 999 })).toThrow(RangeError);
    expect(() => assertRateLimit({ name: 'has space', limit: 1, windowMs: W })).toThrow(RangeError);
    expect(() => assertRateLimit({ name: '', limit: 1, windowMs: W })).toThrow(RangeError);
    expect(() => assertRateLimit(rule)).not.toThrow();
    expect(() => assertCost(rule, 0)).toThrow(RangeError);
    expect(() => assertCost(rule, 6)).toThrow(RangeError);
    expect(() => assertCost(rule, 2.5)).toThrow(RangeError);
    expect(() => assertCost(rule, 5)).not.toThrow();
  });
});

describe('decide, properties (through a limiter over a memory store)', () => {
  // Mostly bursts, sometimes pauses longer than a window.
  const waits = fc.oneof(fc.constant(0), fc.nat({ max: 2_000 }), fc.nat({ max: 90_000 }));
  const arbitraryRun = fc.record({
    limit: fc.integer({ min: 1, max: 20 }),
    windowMs: fc.integer({ min: 1_000, max: 120_000 }),
    steps: fc.array(fc.record({ waitMs: waits, cost: fc.integer({ min: 1, max: 4 }) }), {
      minLength: 1,
      maxLength: 200,
      size: 'medium',
    }),
  });

  it('never allows more than `limit` in a fixed window; a refusal names a retry time that works', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryRun, async ({ limit, windowMs, steps }) => {
        const rl: RateLimit = { name: 'p', limit, windowMs };
        const clock = fixedClock(at(0));
        const limiter = createRateLimiter({ store: new MemoryRateLimitStore(), clock });
        const hits = new Map<number, number>(); // every counted hit per window (allowed or not)
        const allowed = new Map<number, number>();
        const countsAt = (t: number, cost: number): WindowCounts => {
          const ws = windowStartOf(windowMs, new Date(t)).getTime();
          return { current: (hits.get(ws) ?? 0) + cost, previous: hits.get(ws - windowMs) ?? 0 };
        };
        for (const { waitMs, cost: c } of steps) {
          clock.advance(waitMs);
          const cost = Math.min(c, limit);
          const now = clock.now().getTime();
          const ws = windowStartOf(windowMs, clock.now()).getTime();
          const d = await limiter.consume(rl, 's', cost);
          hits.set(ws, (hits.get(ws) ?? 0) + cost);
          if (d.allowed) {
            allowed.set(ws, (allowed.get(ws) ?? 0) + cost);
            expect(allowed.get(ws)).toBeLessThanOrEqual(limit);
            expect(d.retryAfterSeconds).toBe(0);
            expect(d.remaining).toBeGreaterThanOrEqual(0);
            // What `remaining` promises holds: that many more unit hits right now are allowed.
            if (d.remaining > 0)
              expect(
                decide({ limit: rl, now: new Date(now), counts: countsAt(now, d.remaining) }).allowed,
              ).toBe(true);
          } else {
            expect(d.retryAfterSeconds).toBeGreaterThanOrEqual(1);
            expect(d.remaining).toBe(0);
            const retry = d.retryAt.getTime();
            expect(retry).toBeGreaterThan(now);
            expect(d.retryAfterSeconds).toBe(Math.ceil((retry - now) / 1000));
            // With nobody else hitting, the same request fits at retryAt and not one ms before.
            const fits = (t: number) =>
              decide({ limit: rl, now: new Date(t), counts: countsAt(t, cost), cost });
            expect(fits(retry).allowed).toBe(true);
            expect(fits(retry - 1).allowed).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('forgets everything once two windows have passed', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbitraryRun,
        fc.integer({ min: 1, max: 20 }),
        async ({ limit, windowMs, steps }, c) => {
          const rl: RateLimit = { name: 'p', limit, windowMs };
          const cost = Math.min(c, limit);
          const clock = fixedClock(at(0));
          const limiter = createRateLimiter({ store: new MemoryRateLimitStore(), clock });
          for (const s of steps) {
            clock.advance(s.waitMs);
            await limiter.consume(rl, 's', Math.min(s.cost, limit));
          }
          clock.advance(2 * windowMs);
          const d = await limiter.consume(rl, 's', cost);
          expect(d.allowed).toBe(true);
          expect(d.remaining).toBe(limit - cost);
        },
      ),
      { numRuns: 200 },
    );
  });
});
