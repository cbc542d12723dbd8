import { expect, it } from 'vitest';
import type { RateLimitStore } from './rate-limit-store.ts';

const W = 60_000;
const T0 = Date.parse('2026-11-21T12:00:00Z');
const win = (n: number) => new Date(T0 + n * W);

/**
 * What every RateLimitStore must do, run against each implementation. `store()` gives the store
 * under test, `twin()` a second instance over the same counters (another process).
 */
export function itBehavesLikeARateLimitStore(
  store: () => RateLimitStore,
  twin: () => RateLimitStore,
  uniqueKey: (name: string) => string,
): void {
  it('returns the running total of the window and the previous window’s total', async () => {
    const key = uniqueKey('totals');
    expect(await store().hit(key, win(0), W)).toEqual({ current: 1, previous: 0 });
    expect(await store().hit(key, win(0), W)).toEqual({ current: 2, previous: 0 });
    expect(await store().hit(key, win(0), W, 3)).toEqual({ current: 5, previous: 0 });
    expect(await store().hit(key, win(1), W)).toEqual({ current: 1, previous: 5 });
    expect(await store().hit(key, win(1), W, 0)).toEqual({ current: 1, previous: 5 });
    // Two windows later the old one is not "previous" any more.
    expect(await store().hit(key, win(3), W)).toEqual({ current: 1, previous: 0 });
    expect(await store().hit(uniqueKey('other'), win(1), W)).toEqual({ current: 1, previous: 0 });
  });

  it('counts every concurrent hit exactly once, across instances', async () => {
    const key = uniqueKey('concurrent');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? store() : twin()).hit(key, win(0), W)),
    );
    // Each increment is atomic: the totals handed out are exactly 1..40.
    expect(answers.map((a) => a.current).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect(await twin().hit(key, win(0), W, 0)).toEqual({ current: 40, previous: 0 });
  });

  it('applies a batch in one go, in order, including a hit on the previous window', async () => {
    const s = store();
    if (!s.hitMany) return;
    const a = uniqueKey('batch-a');
    const b = uniqueKey('batch-b');
    await s.hit(a, win(0), W, 2);
    const answers = await s.hitMany([
      { key: a, windowStart: win(1), windowMs: W, cost: 1 },
      { key: b, windowStart: win(0), windowMs: W, cost: 4 },
      { key: a, windowStart: win(0), windowMs: W, cost: 3 },
      { key: b, windowStart: win(1), windowMs: W, cost: 1 },
    ]);
    expect(answers[1]).toEqual({ current: 4, previous: 0 });
    expect(answers[2]).toEqual({ current: 5, previous: 0 });
    // The previous window is read either before or after the same batch touched it.
    expect([2, 5]).toContain(answers[0]!.previous);
    expect([0, 4]).toContain(answers[3]!.previous);
    expect(await s.hit(a, win(1), W, 0)).toEqual({ current: 1, previous: 5 });
    expect(await s.hit(b, win(1), W, 0)).toEqual({ current: 1, previous: 4 });
    expect(await s.hitMany([])).toEqual([]);
  });
}
