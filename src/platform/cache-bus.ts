/**
 * In-process caches (catalog reads, API key lookups, the category tree…) are dropped in every
 * process when one process writes. A cache registers what to drop under a topic
 * (`onInvalidate`); a writer calls `invalidateEverywhere(topic)`: this process drops at once, and
 * the other processes hear it through the installation's channel — Redis pub/sub with REDIS_URL,
 * else PostgreSQL LISTEN/NOTIFY; nothing on PGlite, which one process owns (decision 0018).
 *
 * Bursts are coalesced: one message per COALESCE_MS at most, naming every topic invalidated
 * meanwhile (a 10,000-line CSV import sends a few dozen, not 10,000). Writers invalidate inside
 * their transaction, before it commits, so every drop is repeated SETTLE_MS later: a reader who
 * reloaded between the two caught the rows before the commit. A lost message (a channel down)
 * costs what the caches' own TTLs bound; a reconnected listener drops everything it may have missed.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from './logger.ts';

export const COALESCE_MS = 50;
export const SETTLE_MS = 300;

const drops = new Map<string, Set<() => void>>();
const buses = new Set<{ announce(topic: string): void }>();
let settling: { topics: Set<string>; timer: ReturnType<typeof setTimeout> } | null = null;

/** What this process drops when `topic` is invalidated, here or in another process. */
export function onInvalidate(topic: string, drop: () => void): void {
  const set = drops.get(topic) ?? new Set();
  set.add(drop);
  drops.set(topic, set);
}

function dropNow(topics: Iterable<string>): void {
  for (const topic of topics) for (const drop of drops.get(topic) ?? []) drop();
}

/** Drop now, and once more after SETTLE_MS (the writer's transaction has committed by then). */
function dropLocally(topics: Iterable<string>): void {
  const list = [...topics];
  dropNow(list);
  if (!settling) {
    const pending = new Set<string>();
    const timer = setTimeout(() => {
      settling = null;
      dropNow(pending);
    }, SETTLE_MS);
    timer.unref?.();
    settling = { topics: pending, timer };
  }
  for (const t of list) settling.topics.add(t);
}

/** Every registered topic: what a listener that may have missed messages drops. */
function allTopics(): string[] {
  return [...drops.keys()];
}

/** Drop `topic`'s caches in this process now and in every other process promptly. */
export function invalidateEverywhere(topic: string): void {
  dropLocally([topic]);
  for (const bus of buses) bus.announce(topic);
}

/** How messages travel between processes (cache-bus-channels.ts). */
export type CacheChannel = {
  publish(message: string): Promise<void>;
  /**
   * Calls `receive` with each message, and `missed` after a reconnection; resolves once
   * listening (it keeps trying in the background when the first attempt fails).
   */
  subscribe(receive: (message: string) => void, missed: () => void): Promise<void>;
  close(): Promise<void>;
};

export type CacheBus = {
  /** Resolves once this process hears the others (tests wait for it). */
  readonly ready: Promise<void>;
  /** Sends what is pending now (tests, shutdown); resolves when it is published. */
  flush(): Promise<void>;
  /** Flushes, stops listening and closes the channel's connections. */
  close(): Promise<void>;
  /** Messages published by this bus so far (metrics, tests). */
  readonly published: number;
};

/** The bus of a single process (PGlite): local drops only. */
export const LOCAL_ONLY_BUS: CacheBus = {
  ready: Promise.resolve(),
  flush: async () => {},
  close: async () => {},
  published: 0,
};

/**
 * Connect this process to the others through `channel`: invalidations made here are announced
 * (coalesced), invalidations announced by others are dropped here.
 */
export function startCacheBus(channel: CacheChannel, logger: Logger, coalesceMs = COALESCE_MS): CacheBus {
  const origin = randomBytes(6).toString('hex');
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let published = 0;
  let sending: Promise<void> = Promise.resolve();
  const send = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending.size === 0) return sending;
    const message = `${origin} ${[...pending].join(',')}`;
    pending.clear();
    published++;
    sending = sending.then(() =>
      channel
        .publish(message)
        .catch((err) => logger.warn({ err }, 'cache invalidation not sent: other processes rely on the TTL')),
    );
    return sending;
  };
  const member = {
    announce(topic: string) {
      pending.add(topic);
      if (!timer) {
        timer = setTimeout(send, coalesceMs);
        timer.unref?.();
      }
    },
  };
  const ready = channel.subscribe(
    (message) => {
      const [from, topics = ''] = message.split(' ', 2);
      if (from !== origin) dropLocally(topics.split(',').filter(Boolean));
    },
    () => dropLocally(allTopics()),
  );
  buses.add(member);
  return {
    ready,
    flush: send,
    async close() {
      buses.delete(member);
      await send();
      await channel.close();
    },
    get published() {
      return published;
    },
  };
}
