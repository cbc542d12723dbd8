import { Redis } from 'ioredis';
import type { WindowCounts } from './rate-limit.rules.ts';
import type { RateLimitStore, WindowHit } from './rate-limit-store.ts';

/**
 * INCRBY the current window's counter, give it a TTL of two windows when this hit created it, and
 * read the previous window's counter: atomic, one round trip. TTLs are relative, so the Redis
 * server's clock never has to agree with the application's.
 */
const HIT_SCRIPT = `
local current = redis.call('INCRBY', KEYS[1], ARGV[1])
if current == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
local previous = tonumber(redis.call('GET', KEYS[2]) or '0') or 0
return {current, previous}`;

const COMMAND = 'reloopRateLimitHit';
type HitCommand = (
  current: string,
  previous: string,
  cost: number,
  ttlMs: number,
) => Promise<[number, number]>;

/**
 * Counters in Redis, for several processes. Keys are `<prefix>{<key>}:<window start ms>`; the
 * braces are a Redis Cluster hash tag, so a key's two windows live on the same shard.
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #ownsClient: boolean;

  constructor({
    redis,
    prefix = 'reloop:rl:',
    ownsClient = false,
  }: { redis: Redis; prefix?: string; ownsClient?: boolean }) {
    this.#redis = redis;
    this.#prefix = prefix;
    this.#ownsClient = ownsClient;
    if (!(COMMAND in redis)) redis.defineCommand(COMMAND, { numberOfKeys: 2, lua: HIT_SCRIPT });
  }

  /** A store with its own connection, failing fast (one retry) instead of queueing while Redis is down. */
  static connect(url: string, prefix?: string): RedisRateLimitStore {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
    return new RedisRateLimitStore({ redis, prefix, ownsClient: true });
  }

  async hit(key: string, windowStart: Date, windowMs: number, cost = 1): Promise<WindowCounts> {
    const [current, previous] = await (this.#redis as unknown as Record<string, HitCommand>)[COMMAND]!(
      ...this.#args({ key, windowStart, windowMs, cost }),
    );
    return { current, previous };
  }

  async hitMany(hits: readonly WindowHit[]): Promise<WindowCounts[]> {
    if (hits.length === 0) return [];
    const pipeline = this.#redis.pipeline() as unknown as Record<string, (...args: unknown[]) => void> & {
      exec(): Promise<Array<[Error | null, unknown]> | null>;
    };
    for (const h of hits) pipeline[COMMAND]!(...this.#args(h));
    const results = (await pipeline.exec()) ?? [];
    return results.map(([err, value]) => {
      if (err) throw err;
      const [current, previous] = value as [number, number];
      return { current, previous };
    });
  }

  async close(): Promise<void> {
    if (this.#ownsClient) await this.#redis.quit();
  }

  #args(h: WindowHit): [string, string, number, number] {
    const start = h.windowStart.getTime();
    return [
      `${this.#prefix}{${h.key}}:${start}`,
      `${this.#prefix}{${h.key}}:${start - h.windowMs}`,
      h.cost,
      2 * h.windowMs,
    ];
  }
}
