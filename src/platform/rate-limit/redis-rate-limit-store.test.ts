import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itBehavesLikeARateLimitStore } from './rate-limit-store.contract.ts';
import { RedisRateLimitStore } from './redis-rate-limit-store.ts';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Why Redis cannot be used, or null when it answers. */
async function redisUnavailable(): Promise<string | null> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  let cause = '';
  probe.on('error', (e: Error) => {
    cause = e.message;
  });
  try {
    await probe.connect();
    await probe.ping();
    return null;
  } catch (e) {
    return cause || (e as Error).message;
  } finally {
    probe.disconnect();
  }
}

const unavailable = await redisUnavailable();
if (unavailable) console.warn(`Skipping the Redis rate-limit store tests: ${REDIS_URL}: ${unavailable}`);

describe.skipIf(unavailable !== null)('RedisRateLimitStore', () => {
  const prefix = `reloop-test:${process.pid}:${randomBytes(4).toString('hex')}:`;
  let store: RedisRateLimitStore;
  let twin: RedisRateLimitStore;
  let admin: Redis;
  beforeAll(() => {
    store = RedisRateLimitStore.connect(REDIS_URL, prefix);
    twin = RedisRateLimitStore.connect(REDIS_URL, prefix);
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length) await admin.del(...keys);
    await Promise.all([store.close(), twin.close(), admin.quit()]);
  });

  let n = 0;
  itBehavesLikeARateLimitStore(
    () => store,
    () => twin,
    (name) => `${name}-${n++}`,
  );

  it('puts both windows of a key on one cluster slot, under the prefix, expiring after two windows', async () => {
    const start = new Date('2026-11-21T12:00:00Z');
    await store.hit('ttl', start, 60_000);
    const key = `${prefix}{ttl}:${start.getTime()}`;
    expect(await admin.get(key)).toBe('1');
    const ttl = await admin.pttl(key);
    expect(ttl).toBeGreaterThan(119_000);
    expect(ttl).toBeLessThanOrEqual(120_000);
    // A later hit does not push the expiry further.
    await new Promise((r) => setTimeout(r, 20));
    await store.hit('ttl', start, 60_000);
    expect(await admin.pttl(key)).toBeLessThan(ttl);
  });

  it('keeps other prefixes apart', async () => {
    const other = new RedisRateLimitStore({ redis: admin, prefix: `${prefix}other:` });
    await store.hit('shared-name', new Date(0), 60_000);
    expect(await other.hit('shared-name', new Date(0), 60_000)).toEqual({ current: 1, previous: 0 });
  });
});
