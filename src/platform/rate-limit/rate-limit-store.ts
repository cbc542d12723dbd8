import type { WindowCounts } from './rate-limit.rules.ts';

/** One increment of a fixed-window counter: `cost` hits on `key` in the window starting at `windowStart`. */
export type WindowHit = { key: string; windowStart: Date; windowMs: number; cost: number };

/**
 * Fixed-window hit counters shared by every process of the deployment. `hit` adds `cost` (default 1,
 * 0 only reads) to the counter of `windowStart` and returns it with the counter of the window just
 * before, in one atomic round trip. Counters live at least until the end of the next window.
 */
export type RateLimitStore = {
  hit(key: string, windowStart: Date, windowMs: number, cost?: number): Promise<WindowCounts>;
  /** Many increments in one round trip (answers in the same order); used by LocalBatchingStore. */
  hitMany?(hits: readonly WindowHit[]): Promise<WindowCounts[]>;
  close?(): Promise<void>;
};

/** Sum the costs of hits on the same counter: a batch touches each counter once. */
export function mergeHits(hits: readonly WindowHit[]): { unique: WindowHit[]; indexOf: number[] } {
  const unique: WindowHit[] = [];
  const byCounter = new Map<string, number>();
  const indexOf = hits.map((h) => {
    const id = `${h.key}\u0000${h.windowStart.getTime()}`;
    let i = byCounter.get(id);
    if (i === undefined) {
      i = unique.push({ ...h }) - 1;
      byCounter.set(id, i);
    } else {
      unique[i]!.cost += h.cost;
    }
    return i;
  });
  return { unique, indexOf };
}
