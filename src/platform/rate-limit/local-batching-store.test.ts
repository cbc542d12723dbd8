import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fixedClock } from '../clock.ts';
import { LocalBatchingStore } from './local-batching-store.ts';
import { MemoryRateLimitStore } from './memory-rate-limit-store.ts';
import type { RateLimit, WindowCounts } from './rate-limit.rules.ts';
import type { RateLimitStore, WindowHit } from './rate-limit-store.ts';
import { createRateLimiter } from './rate-limiter.ts';

const W = 60_000;
const T0 = '2026-11-21T12:00:00Z';
const ws = new Date(T0);

/** A shared store that counts its round trips and can be made to fail. */
function sharedStore() {
  const memory = new MemoryRateLimitStore();
  const state = { roundTrips: 0, down: false };
  const store: RateLimitStore = {
    async hit(key, windowStart, windowMs, cost = 1) {
      state.roundTrips++;
      if (state.down) throw new Error('store down');
      return memory.hit(key, windowStart, windowMs, cost);
    },
    async hitMany(hits: readonly WindowHit[]): Promise<WindowCounts[]> {
      state.roundTrips++;
      if (state.down) throw new Error('store down');
      const answers: WindowCounts[] = [];
      for (const h of hits) answers.push(await memory.hit(h.key, h.windowStart, h.windowMs, h.cost));
      return answers;
    },
  };
  return { store, state };
}

const batching = (store: RateLimitStore, maxUnsyncedHits = 10, clock = fixedClock(T0)) =>
  new LocalBatchingStore({ store, clock, syncEveryMs: 0, maxUnsyncedHits });

describe('LocalBatchingStore', () => {
  it('answers from memory until a key has more than maxUnsyncedHits unsynced, then syncs them all at once', async () => {
    const { store, state } = sharedStore();
    const local = batching(store, 10);
    for (let i = 1; i <= 10; i++) expect(await local.hit('k', ws, W)).toEqual({ current: i, previous: 0 });
    expect(state.roundTrips).toBe(0);
    expect(await local.hit('k', ws, W)).toEqual({ current: 11, previous: 0 });
    expect(state.roundTrips).toBe(1);
    expect(await store.hit('k', ws, W, 0)).toEqual({ current: 11, previous: 0 });
  });

  it('pushes every key in one round trip per flush, and the instances converge', async () => {
    const { store, state } = sharedStore();
    const a = batching(store);
    const b = batching(store);
    for (let i = 0; i < 3; i++) await a.hit('k', ws, W);
    for (let i = 0; i < 4; i++) await b.hit('k', ws, W);
    await b.hit('other', ws, W);
    const peek = (s: LocalBatchingStore) => s.hit('k', ws, W, 0);
    expect([(await peek(a)).current, (await peek(b)).current]).toEqual([3, 4]);
    await a.flush();
    await b.flush();
    expect(state.roundTrips).toBe(2);
    expect((await peek(b)).current).toBe(7); // b's sync answered with a's hits too
    await a.hit('k', ws, W);
    await a.flush();
    expect([(await peek(a)).current, (await peek(b)).current]).toEqual([8, 7]);
    await b.hit('k', ws, W);
    await b.flush();
    expect([(await peek(a)).current, (await peek(b)).current]).toEqual([8, 9]);
    expect(await store.hit('k', ws, W, 0)).toEqual({ current: 9, previous: 0 });
    await a.flush();
    expect(state.roundTrips).toBe(5); // nothing pending: no round trip
  });

  it('carries the previous window from memory until the shared store answers', async () => {
    const { store } = sharedStore();
    const clock = fixedClock(T0);
    const local = batching(store, 10, clock);
    for (let i = 0; i < 4; i++) await local.hit('k', ws, W);
    const next = new Date(ws.getTime() + W);
    expect(await local.hit('k', next, W)).toEqual({ current: 1, previous: 4 });
    await store.hit('k', ws, W, 5); // another process, synced
    await local.flush();
    expect(await local.hit('k', next, W, 0)).toEqual({ current: 1, previous: 9 });
  });

  it('keeps unsynced hits when the shared store fails, and pushes them once it is back', async () => {
    const { store, state } = sharedStore();
    const local = batching(store, 2);
    await local.hit('k', ws, W);
    state.down = true;
    await expect(local.flush()).rejects.toThrow('store down');
    await local.hit('k', ws, W);
    await expect(local.hit('k', ws, W)).rejects.toThrow('store down'); // over the slack: must sync
    state.down = false;
    await local.flush();
    expect(await store.hit('k', ws, W, 0)).toEqual({ current: 3, previous: 0 });
  });

  it('syncs on its own timer, reports sync errors, forgets dead counters and flushes on close', async () => {
    vi.useFakeTimers();
    try {
      const { store, state } = sharedStore();
      const clock = fixedClock(T0);
      const onSyncError = vi.fn();
      const local = new LocalBatchingStore({ store, clock, syncEveryMs: 1000, onSyncError });
      await local.hit('k', ws, W);
      await vi.advanceTimersByTimeAsync(999);
      expect(state.roundTrips).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(state.roundTrips).toBe(1);
      state.down = true;
      await local.hit('k', ws, W);
      await vi.advanceTimersByTimeAsync(1000);
      expect(onSyncError).toHaveBeenCalledOnce();
      state.down = false;
      clock.advance(2 * W);
      await vi.advanceTimersByTimeAsync(1000); // pushes the pending hit
      await vi.advanceTimersByTimeAsync(1000); // then forgets the expired counter
      expect(local.size).toBe(0);
      expect(await store.hit('k', ws, W, 0)).toEqual({ current: 2, previous: 0 });
      await local.hit('k', new Date(ws.getTime() + 2 * W), W);
      await local.close();
      expect(await store.hit('k', new Date(ws.getTime() + 2 * W), W, 0)).toEqual({ current: 1, previous: 0 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets through at most limit + (instances − 1) × maxUnsyncedHits in a window, and reaches it', async () => {
    const rule: RateLimit = { name: 'b', limit: 5, windowMs: W };
    const { store } = sharedStore();
    const clock = fixedClock(T0);
    const a = createRateLimiter({ store: batching(store, 3, clock), clock });
    const b = createRateLimiter({ store: batching(store, 3, clock), clock });
    let allowed = 0;
    for (let i = 0; i < 10; i++) if ((await a.consume(rule, 'ip')).allowed) allowed++;
    expect(allowed).toBe(5);
    for (let i = 0; i < 10; i++) if ((await b.consume(rule, 'ip')).allowed) allowed++;
    expect(allowed).toBe(5 + 3);
  });

  it('never exceeds that bound, whatever the interleaving (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          limit: fc.integer({ min: 1, max: 30 }),
          instances: fc.integer({ min: 1, max: 4 }),
          slack: fc.integer({ min: 0, max: 6 }),
          // Each step: a burst of concurrent requests (instance, cost), or a flush of one instance.
          steps: fc.array(
            fc.oneof(
              fc.array(fc.record({ at: fc.nat(3), cost: fc.integer({ min: 1, max: 3 }) }), {
                minLength: 1,
                maxLength: 8,
              }),
              fc.nat(3),
            ),
            { minLength: 1, maxLength: 60, size: 'medium' },
          ),
        }),
        async ({ limit, instances, slack, steps }) => {
          const rule: RateLimit = { name: 'b', limit, windowMs: W };
          const clock = fixedClock(T0);
          const { store } = sharedStore();
          const locals = Array.from({ length: instances }, () => batching(store, slack, clock));
          const limiters = locals.map((s) => createRateLimiter({ store: s, clock }));
          let allowed = 0;
          for (const step of steps) {
            if (typeof step === 'number') {
              await locals[step % instances]!.flush();
              continue;
            }
            const decisions = await Promise.all(
              step.map(({ at, cost }) =>
                limiters[at % instances]!.consume(rule, 'ip', Math.min(cost, limit)),
              ),
            );
            decisions.forEach((d, i) => {
              if (d.allowed) allowed += Math.min(step[i]!.cost, limit);
            });
          }
          expect(allowed).toBeLessThanOrEqual(limit + (instances - 1) * slack);
        },
      ),
      { numRuns: 300 },
    );
  });
});
