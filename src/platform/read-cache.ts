/**
 * A small read-through cache for hot catalog reads (search pages, product buyboxes).
 *
 * Entries live at most `ttlMs`; any catalog write in this process (offer change, buybox refresh,
 * new product, popularity refresh) bumps a version that invalidates every entry at once. Other
 * processes see the write within `ttlMs` at worst. Checkout re-reads prices from the database,
 * so a cached page can never make an order use a stale price.
 */
let version = 0;

export function invalidateReadCaches(): void {
  version++;
}

type Entry<V> = { at: number; version: number; value: Promise<V> };

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

  /** The cached value for `key`, or the result of `load()` (concurrent callers share one load). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.#ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.version === version && now - hit.at < this.#ttlMs) {
      // Refresh recency (Map keeps insertion order; oldest first is evicted).
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    const value = load();
    const entry = { at: now, version, value };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}
