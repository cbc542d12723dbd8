/**
 * The answers of GET /ws/orders, kept per seller and URL and tagged with the seller's order-list
 * version (the largest `orders.change_seq`, bumped by triggers on every change of an order or
 * its lines). A request reads the version (one index lookup) and reuses the answer when the
 * version is unchanged: integrations poll this list, and most polls find nothing new.
 *
 * The version itself is read again at most every VERSION_TTL_MS per seller: a change made by
 * another process (a checkout, a job, the portal) shows within 50 ms, and a write through this
 * process's /ws forgets the seller's version at once, so an integration reads its own writes.
 *
 * Answers also expire after TTL_MS. Sequence numbers are taken at change time and become visible
 * at commit, so a change with a smaller number can commit after one with a larger: a poll between
 * the two commits caches a list that the version alone would keep serving; the expiry bounds that
 * to one second.
 */
const TTL_MS = 1_000;
export const VERSION_TTL_MS = 50;
const MAX_ENTRIES = 2_000;

/** Bodies are kept UTF-8 encoded: a hit writes the bytes without encoding 10 kB again. */
type Entry = { version: number; at: number; body: Uint8Array };

export type OrderListCache = {
  get(key: string, version: number, now: number): Uint8Array | undefined;
  set(key: string, version: number, now: number, body: Uint8Array): void;
  /** The seller's version if read less than VERSION_TTL_MS ago, else `read()` it and keep it. */
  version(sellerId: number, now: number, read: () => Promise<number>): Promise<number>;
  /** After a write for this seller: the next request reads the version again. */
  forgetSeller(sellerId: number): void;
};

export function createOrderListCache(): OrderListCache {
  const entries = new Map<string, Entry>();
  const versions = new Map<number, { version: number; at: number }>();
  return {
    async version(sellerId, now, read) {
      const known = versions.get(sellerId);
      if (known && now - known.at < VERSION_TTL_MS && now >= known.at) return known.version;
      const version = await read();
      versions.set(sellerId, { version, at: now });
      if (versions.size > MAX_ENTRIES) {
        const oldest = versions.keys().next().value;
        if (oldest !== undefined) versions.delete(oldest);
      }
      return version;
    },
    forgetSeller(sellerId) {
      versions.delete(sellerId);
    },
    get(key, version, now) {
      const e = entries.get(key);
      if (!e) return undefined;
      if (e.version !== version || now - e.at >= TTL_MS) {
        entries.delete(key);
        return undefined;
      }
      return e.body;
    },
    set(key, version, now, body) {
      entries.delete(key);
      entries.set(key, { version, at: now, body });
      if (entries.size > MAX_ENTRIES) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    },
  };
}
