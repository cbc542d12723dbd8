import { invalidateEverywhere, onInvalidate } from './cache-bus.ts';

/**
 * A small read-through cache for hot catalog reads (search pages, product buyboxes).
 *
 * Entries live at most `ttlMs`; any catalog write (offer change, buybox refresh, new product,
 * popularity refresh) bumps a version that invalidates every entry at once, in this process at
 * once and in the others through the cache bus (cache-bus.ts) within milliseconds; a lost message
 * leaves them `ttlMs` at worst. Checkout re-reads prices from the database, so a cached page can
 * never make an order use a stale price.
 */
let version = 0;
const TOPIC = 'read-caches';
onInvalidate(TOPIC, () => {
  version++;
});

export function invalidateReadCaches(): void {
  invalidateEverywhere(TOPIC);
}

type Entry<V> = { at: number; version: number; value: Promise<V>; refreshing?: boolean };

/** Past its TTL, an entry is still served (while one background reload runs) for this many TTLs. */
const STALE_TTLS = 5;

export class ReadCache<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #max: number;
  readonly #ttlMs: number;
  constructor({ max, ttlMs }: { max: number; ttlMs: number }) {
    this.#max = max;
    this.#ttlMs = ttlMs;
  }

  get size(): number {
    return this.#entries.size;
  }

  /**
   * The cached value for `key`, or the result of `load()` (concurrent callers share one load).
   * A stale entry is answered at once while one caller reloads it in the background
   * (stale-while-revalidate), so an expiring hot key never makes every caller wait.
   */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.#ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.version === version) {
      const age = now - hit.at;
      if (age < this.#ttlMs * STALE_TTLS) {
        // Refresh recency (Map keeps insertion order; the oldest is evicted first).
        this.#entries.delete(key);
        this.#entries.set(key, hit);
        if (age >= this.#ttlMs && !hit.refreshing) this.#revalidate(key, hit, load);
        return hit.value;
      }
    }
    return this.#store(key, load(), now);
  }

  #revalidate(key: string, stale: Entry<V>, load: () => Promise<V>): void {
    stale.refreshing = true;
    const fresh = load();
    fresh.then(
      () => {
        if (this.#entries.get(key) === stale) this.#store(key, fresh, Date.now());
      },
      () => {
        stale.refreshing = false;
      },
    );
  }

  #store(key: string, value: Promise<V>, at: number): Promise<V> {
    const entry: Entry<V> = { at, version, value };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}
