import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db.ts';
import {
  type CacheChannel,
  COALESCE_MS,
  invalidateEverywhere,
  onInvalidate,
  SETTLE_MS,
  startCacheBus,
} from './cache-bus.ts';
import { openCacheBus, postgresChannel, redisChannel } from './cache-bus-channels.ts';
import type { Database } from './db/client.ts';

const logger = pino({ level: 'silent' });
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function eventually(check: () => boolean, ms = 2_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('not within the time allowed');
    await sleep(5);
  }
}

/** Messages carried between subscribers in this process, as a broker would. */
function memoryBroker() {
  const subscribers = new Set<(m: string) => void>();
  const sent: string[] = [];
  const channel = (): CacheChannel => {
    let mine: ((m: string) => void) | null = null;
    return {
      async publish(message) {
        sent.push(message);
        for (const s of subscribers) s(message);
      },
      async subscribe(receive) {
        mine = receive;
        subscribers.add(receive);
      },
      async close() {
        if (mine) subscribers.delete(mine);
      },
    };
  };
  return { channel, sent };
}

describe('the cache bus', () => {
  it('drops here at once and again once writers have committed; a burst is one message', async () => {
    const topic = `t-${randomBytes(3).toString('hex')}`;
    let drops = 0;
    onInvalidate(topic, () => drops++);
    const broker = memoryBroker();
    const bus = startCacheBus(broker.channel(), logger);
    for (let i = 0; i < 10_000; i++) invalidateEverywhere(topic);
    expect(drops).toBe(10_000);
    await sleep(COALESCE_MS * 3);
    expect(broker.sent).toHaveLength(1);
    expect(bus.published).toBe(1);
    await eventually(() => drops === 10_001, SETTLE_MS * 3);
    await bus.close();
  });

  it('drops what another process announced, never re-announcing it, and ignores its own echo', async () => {
    const topic = `u-${randomBytes(3).toString('hex')}`;
    let drops = 0;
    onInvalidate(topic, () => drops++);
    const broker = memoryBroker();
    const here = startCacheBus(broker.channel(), logger);
    await broker.channel().publish(`someone-else ${topic},unknown-topic`);
    expect(drops).toBe(1);
    await sleep(COALESCE_MS * 2);
    expect(here.published).toBe(0);
    invalidateEverywhere(topic);
    await here.flush();
    expect(broker.sent).toHaveLength(2);
    // Its own message came back through the broker and was ignored: one local drop only.
    expect(drops).toBe(2);
    await here.close();
  });

  it('is a no-op bus on PGlite, which one process owns', async () => {
    const db = await createTestDatabase('pglite');
    const bus = openCacheBus({ database: db, redisUrl: REDIS_URL, logger });
    await bus.ready;
    await bus.flush();
    expect(bus.published).toBe(0);
    await bus.close();
    await db.close();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL LISTEN/NOTIFY channel', () => {
  let a: Database;
  let b: Database;
  beforeAll(async () => {
    a = await createTestDatabase('postgres');
    // A second pool to the same database: another process's.
    const { openPostgres } = await import('./db/client.ts');
    b = await openPostgres(a.url!, 2);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('carries messages between two pools, and listens again after losing its connection', async () => {
    const got: string[] = [];
    let missed = 0;
    const listener = postgresChannel(a, a.url!, logger);
    await listener.subscribe(
      (m) => got.push(m),
      () => missed++,
    );
    const sender = postgresChannel(b, b.url!, logger);
    await sender.publish('p1 read-caches');
    await eventually(() => got.length === 1);
    expect(got).toEqual(['p1 read-caches']);

    // An administrator (or a failover) cuts the listener's connection.
    await b.rows(
      sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND query = 'LISTEN reloop_cache'`,
    );
    await eventually(() => missed === 1, 5_000);
    await sender.publish('p1 seller-api-keys');
    await eventually(() => got.length === 2, 5_000);
    expect(got[1]).toBe('p1 seller-api-keys');
    await listener.close();
    await sender.close();
  }, 20_000);
});

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  const up = await probe.connect().then(
    () => true,
    () => false,
  );
  probe.disconnect();
  return up;
}
const redisUp = await redisAnswers();

describe.skipIf(!redisUp)('Redis pub/sub channel', () => {
  it('carries messages between two connections on the channel of one database', async () => {
    const name = `reloop-test:cache:${randomBytes(4).toString('hex')}`;
    const got: string[] = [];
    const listener = redisChannel(REDIS_URL, name, logger);
    await listener.subscribe(
      (m) => got.push(m),
      () => {},
    );
    const sender = redisChannel(REDIS_URL, name, logger);
    const other = redisChannel(REDIS_URL, `${name}:other-installation`, logger);
    await other.publish('p9 read-caches');
    await sender.publish('p2 read-caches');
    await eventually(() => got.length >= 1);
    await sleep(50);
    expect(got).toEqual(['p2 read-caches']);
    await Promise.all([listener.close(), sender.close(), other.close()]);
  });
});
