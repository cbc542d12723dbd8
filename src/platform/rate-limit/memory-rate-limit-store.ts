import type { WindowCounts } from './rate-limit.rules.ts';
import type { RateLimitStore } from './rate-limit-store.ts';

/**
 * Counters in this process's memory, for tests and as the reference model of a store. Old windows
 * of a key are dropped when it is hit again, but idle keys are never forgotten: not for production.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, Map<number, number>>();

  async hit(key: string, windowStart: Date, windowMs: number, cost = 1): Promise<WindowCounts> {
    const start = windowStart.getTime();
    let windows = this.#windows.get(key);
    if (!windows) {
      windows = new Map();
      this.#windows.set(key, windows);
    }
    const current = (windows.get(start) ?? 0) + cost;
    windows.set(start, current);
    for (const s of windows.keys()) if (s < start - windowMs) windows.delete(s);
    return { current, previous: windows.get(start - windowMs) ?? 0 };
  }

  get size(): number {
    return this.#windows.size;
  }
}
