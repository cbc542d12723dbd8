/**
 * The channels cache invalidations travel on between processes (cache-bus.ts): Redis pub/sub
 * when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY on a connection of its own; none on PGlite.
 */
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import pg from 'pg';
import { type CacheBus, type CacheChannel, LOCAL_ONLY_BUS, startCacheBus } from './cache-bus.ts';
import type { Database } from './db/client.ts';
import type { Logger } from './logger.ts';

const PG_CHANNEL = 'reloop_cache';
const RECONNECT_MIN_MS = 500;
const RECONNECT_MAX_MS = 30_000;

/** NOTIFY through the pool; LISTEN on a dedicated client, reconnected with back-off. */
export function postgresChannel(database: Database, url: string, logger: Logger): CacheChannel {
  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let listened = false;
  let receive: (message: string) => void = () => {};
  let missed: () => void = () => {};
  let firstListen: () => void = () => {};

  const listen = async (): Promise<void> => {
    retry = null;
    const c = new pg.Client({ connectionString: url });
    let lost = false;
    const lose = (err?: Error) => {
      if (lost) return;
      lost = true;
      if (client === c) client = null;
      c.end().catch(() => {});
      if (closed) return;
      failures++;
      if (failures === 1)
        logger.warn({ err }, 'cache invalidation listener lost its connection: reconnecting');
      const wait = Math.min(RECONNECT_MAX_MS, RECONNECT_MIN_MS * 2 ** (failures - 1));
      retry = setTimeout(() => void listen(), wait);
      retry.unref?.();
    };
    c.on('error', lose);
    c.on('end', () => lose());
    c.on('notification', (n) => {
      if (n.channel === PG_CHANNEL && n.payload) receive(n.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${PG_CHANNEL}`);
    } catch (err) {
      lose(err as Error);
      return;
    }
    if (closed) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    if (failures > 0) logger.info('cache invalidation listener reconnected');
    failures = 0;
    // Whatever was announced while nobody listened is unknown: drop everything.
    if (listened) missed();
    listened = true;
    firstListen();
  };

  return {
    async publish(message) {
      await database.rows(sql`SELECT pg_notify(${PG_CHANNEL}, ${message})`);
    },
    subscribe(onMessage, onMissed) {
      receive = onMessage;
      missed = onMissed;
      const first = new Promise<void>((resolve) => {
        firstListen = resolve;
      });
      void listen();
      return first;
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/** PUBLISH on one connection, SUBSCRIBE on another (ioredis reconnects and resubscribes). */
export function redisChannel(url: string, name: string, logger: Logger): CacheChannel {
  const publisher = new Redis(url, { maxRetriesPerRequest: 1 });
  const subscriber = new Redis(url, { maxRetriesPerRequest: null });
  let down = false;
  const onError = (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err }, 'cache invalidation channel (Redis) unreachable: reconnecting');
  };
  publisher.on('error', onError);
  subscriber.on('error', onError);
  return {
    async publish(message) {
      await publisher.publish(name, message);
    },
    subscribe(receive, missed) {
      let subscribed = false;
      subscriber.on('message', (channel: string, message: string) => {
        if (channel === name) receive(message);
      });
      subscriber.on('ready', () => {
        down = false;
        if (subscribed) missed();
      });
      return subscriber.subscribe(name).then(
        () => {
          subscribed = true;
        },
        (err: Error) => onError(err),
      );
    },
    async close() {
      await Promise.all(
        [publisher, subscriber].map((r) => (r.status === 'ready' ? r.quit() : r.disconnect())),
      ).catch(() => {});
    },
  };
}

/**
 * The bus of this process: none on PGlite (the embedded database belongs to one process), Redis
 * with a URL (one channel per database, so installations sharing a Redis stay apart), else
 * PostgreSQL.
 */
export function openCacheBus(a: { database: Database; redisUrl?: string; logger: Logger }): CacheBus {
  const { database, logger } = a;
  if (database.engine === 'pglite' || !database.url) return LOCAL_ONLY_BUS;
  if (a.redisUrl) {
    const db = new URL(database.url);
    const name = `reloop:cache:${db.hostname}:${db.port || 5432}${db.pathname}`;
    return startCacheBus(redisChannel(a.redisUrl, name, logger), logger);
  }
  return startCacheBus(postgresChannel(database, database.url, logger), logger);
}
