import type { Clock } from '../clock.ts';
import type { WindowCounts } from './rate-limit.rules.ts';
import type { RateLimitStore, WindowHit } from './rate-limit-store.ts';

export type LocalBatchingOptions = {
  /** The shared store (Postgres or Redis) the increments are synced to. */
  store: RateLimitStore;
  clock: Clock;
  /** Push every counter with unsynced hits this often; 0 = only on `flush()` and on overflow. */
  syncEveryMs?: number;
  /**
   * Hits one process may count for a key without having sent them to the shared store. The
   * hit that would exceed it waits for a sync (one round trip carrying all pending hits).
   */
  maxUnsyncedHits?: number;
  onSyncError?: (error: unknown) => void;
};

type Counter = {
  key: string;
  windowStart: Date;
  windowMs: number;
  /** The shared store's answer at the last sync (includes every process's synced hits). */
  shared: WindowCounts;
  /** Hits sent to the shared store whose answer has not come back yet. */
  inflight: number;
  /** Hits counted here and not sent yet. */
  pending: number;
  syncing: Promise<void> | null;
};

/**
 * A store for high-volume, low-stakes limits (anonymous catalog traffic): hits are counted in
 * memory and decided on (last shared total + this process's unsynced hits), with no round trip;
 * the increments of every key are pushed to the shared store in one batch every `syncEveryMs`,
 * or at once for a key whose unsynced hits would exceed `maxUnsyncedHits`.
 *
 * Precision: each process sees the others' hits only after its own next sync of that key. With
 * n processes sharing the store, at most `limit + (n − 1) × maxUnsyncedHits` hits are allowed in
 * one fixed window (proof sketch: take the process whose last-seen shared total T is the most
 * recent; every hit not included in T is unsynced in some process, at most maxUnsyncedHits each,
 * and that process itself only admitted while T + its unsynced ≤ limit). A crash loses at most
 * maxUnsyncedHits per key (an under-count). Sign-in and other security limits use the store
 * directly (one round trip per attempt, exact).
 */
export class LocalBatchingStore implements RateLimitStore {
  readonly #store: RateLimitStore;
  readonly #clock: Clock;
  readonly #maxUnsynced: number;
  readonly #onSyncError: (error: unknown) => void;
  readonly #counters = new Map<string, Counter>();
  readonly #timer: ReturnType<typeof setInterval> | undefined;

  constructor({ store, clock, syncEveryMs = 1000, maxUnsyncedHits = 10, onSyncError }: LocalBatchingOptions) {
    if (!Number.isSafeInteger(maxUnsyncedHits) || maxUnsyncedHits < 0)
      throw new RangeError('maxUnsyncedHits must be a non-negative integer');
    this.#store = store;
    this.#clock = clock;
    this.#maxUnsynced = maxUnsyncedHits;
    this.#onSyncError = onSyncError ?? (() => {});
    if (syncEveryMs > 0) {
      this.#timer = setInterval(() => {
        this.flush().catch(this.#onSyncError);
      }, syncEveryMs);
      this.#timer.unref();
    }
  }

  async hit(key: string, windowStart: Date, windowMs: number, cost = 1): Promise<WindowCounts> {
    const counter = this.#counterFor(key, windowStart, windowMs);
    counter.pending += cost;
    while (counter.pending + counter.inflight > this.#maxUnsynced) {
      if (counter.syncing) await counter.syncing.catch(() => {});
      else await this.#sync([counter]);
    }
    return {
      current: counter.shared.current + counter.inflight + counter.pending,
      previous: counter.shared.previous,
    };
  }

  /** Push every unsynced hit now and forget counters that can no longer count. */
  async flush(): Promise<void> {
    const now = this.#clock.now().getTime();
    const due: Counter[] = [];
    for (const [id, c] of this.#counters) {
      if (c.syncing) continue;
      if (c.pending > 0) due.push(c);
      else if (c.windowStart.getTime() + 2 * c.windowMs <= now) this.#counters.delete(id);
    }
    await this.#sync(due);
  }

  /** Counters held in memory (for tests and metrics). */
  get size(): number {
    return this.#counters.size;
  }

  /** Stop the timer and push what is left; the shared store stays open (it is not ours). */
  async close(): Promise<void> {
    clearInterval(this.#timer);
    await Promise.all([...this.#counters.values()].map((c) => c.syncing?.catch(() => {})));
    await this.flush();
  }

  #counterFor(key: string, windowStart: Date, windowMs: number): Counter {
    const start = windowStart.getTime();
    const id = `${key}\u0000${start}`;
    let counter = this.#counters.get(id);
    if (!counter) {
      // Until the first sync answers, the previous window is what this process knows of it.
      const before = this.#counters.get(`${key}\u0000${start - windowMs}`);
      const previous = before ? before.shared.current + before.inflight + before.pending : 0;
      counter = {
        key,
        windowStart,
        windowMs,
        shared: { current: 0, previous },
        inflight: 0,
        pending: 0,
        syncing: null,
      };
      this.#counters.set(id, counter);
    }
    return counter;
  }

  /** One round trip for all `counters` not already syncing (one sync at a time per counter). */
  async #sync(counters: Counter[]): Promise<void> {
    const batch = counters.filter((c) => !c.syncing && c.pending > 0);
    if (batch.length === 0) return;
    const hits: WindowHit[] = batch.map((c) => {
      c.inflight = c.pending;
      c.pending = 0;
      return { key: c.key, windowStart: c.windowStart, windowMs: c.windowMs, cost: c.inflight };
    });
    const run = this.#push(hits).then(
      (answers) => {
        batch.forEach((c, i) => {
          c.shared = answers[i]!;
          c.inflight = 0;
          c.syncing = null;
        });
      },
      (error: unknown) => {
        for (const c of batch) {
          c.pending += c.inflight;
          c.inflight = 0;
          c.syncing = null;
        }
        throw error;
      },
    );
    for (const c of batch) c.syncing = run;
    await run;
  }

  #push(hits: WindowHit[]): Promise<WindowCounts[]> {
    const store = this.#store;
    if (store.hitMany) return store.hitMany(hits);
    return Promise.all(hits.map((h) => store.hit(h.key, h.windowStart, h.windowMs, h.cost)));
  }
}
