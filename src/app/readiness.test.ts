import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { openPostgres } from '../platform/db/client.ts';
import { createApp } from '../platform/http/app.ts';
import type { Deps } from './deps.ts';
import {
  type OperationsOptions,
  READY_TIMEOUT_MS,
  registerObservabilityRoutes,
} from './observability.routes.ts';
import { createRedisProbe } from './readiness-checks.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}
const redisUp = await redisAnswers();
if (!redisUp) console.warn(`Skipping the Redis readiness test: ${REDIS_URL} does not answer`);

/** /readyz alone over `deps`, as buildHttpApp mounts it. */
async function readyz(deps: Deps, opts: OperationsOptions = {}) {
  const app = createApp({
    logger: pino({ level: 'silent' }),
    renderErrorPage: (c, s, m) => c.text(m, s as 500),
  });
  registerObservabilityRoutes(app, deps, opts);
  const res = await app.request('/readyz');
  return {
    status: res.status,
    body: (await res.json()) as { status: string; checks: Record<string, string> },
  };
}

describe.each(ENGINES)('/healthz and /readyz on %s', (engine) => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp(engine, { products: 2, sellers: 1, offers: 2 });
  });
  afterAll(() => t.close());

  it('ready: database answering, migrations current, not draining', async () => {
    const res = await t.app.request('/readyz');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', shutdown: 'ok' },
    });
    expect(await (await t.app.request('/healthz')).json()).toEqual({ status: 'ok', engine });
  });

  it('draining (shutdown begun): 503, while /healthz still says alive', async () => {
    const r = await readyz(t.deps, { isDraining: () => true });
    expect(r.status).toBe(503);
    expect(r.body).toEqual({
      status: 'unready',
      checks: { database: 'ok', migrations: 'ok', shutdown: 'draining' },
    });
  });

  it('a migration of this code not applied: 503 migrations pending', async () => {
    const [last] = await t.deps.database.rows<{ id: number; hash: string; created_at: string }>(
      sql`SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id DESC LIMIT 1`,
    );
    await t.deps.database.rows(sql`DELETE FROM drizzle.__drizzle_migrations WHERE id = ${last!.id}`);
    try {
      const r = await readyz(t.deps);
      expect(r.status).toBe(503);
      expect(r.body.checks).toMatchObject({ database: 'ok', migrations: 'pending' });
    } finally {
      await t.deps.database.rows(
        sql`INSERT INTO drizzle.__drizzle_migrations (id, hash, created_at) VALUES (${last!.id}, ${last!.hash}, ${last!.created_at})`,
      );
    }
    expect((await readyz(t.deps)).status).toBe(200);
  });

  it('a database too busy to answer in time: 503 database timeout', async () => {
    // Every connection held by an open transaction (PGlite has one; the test pool five): SELECT 1
    // waits for one past the bound.
    const busy = Array.from({ length: engine === 'postgres' ? 5 : 1 }, () =>
      t.deps.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1`);
        await sleep(READY_TIMEOUT_MS + 1_000);
      }),
    );
    await sleep(50);
    const r = await readyz(t.deps);
    await Promise.all(busy);
    expect(r.status).toBe(503);
    expect(r.body.checks.database).toBe('timeout');
  }, 20_000);

  it('a database that cannot be reached: 503 database failed', async () => {
    const closed =
      engine === 'postgres'
        ? await openPostgres('postgres://postgres@127.0.0.1:1/reloop', 1)
        : await createTestDatabase(engine);
    if (engine === 'pglite') await closed.close();
    const r = await readyz({ ...t.deps, database: closed, db: closed.db });
    if (engine === 'postgres') await closed.close();
    expect(r.status).toBe(503);
    expect(r.body.checks).toMatchObject({ database: 'failed', migrations: 'failed' });
    // The public answer names no host, port or driver error.
    expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|pool|127\.0\.0\.1|closed/i);
  });
});

describe('/readyz with REDIS_URL', () => {
  let t: T;
  beforeAll(async () => {
    t = await createTestApp('pglite', { products: 2, sellers: 1, offers: 2 });
  });
  afterAll(() => t.close());

  it.skipIf(!redisUp)('Redis answering PING: ready', async () => {
    const redis = createRedisProbe(REDIS_URL);
    try {
      const r = await readyz({ ...t.deps, config: { ...t.deps.config, REDIS_URL } }, { redis });
      expect(r).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', redis: 'ok', shutdown: 'ok' } },
      });
    } finally {
      await redis.close();
    }
  });

  it('Redis unreachable: 503 with the redis check failing', async () => {
    const url = 'redis://127.0.0.1:1';
    const redis = createRedisProbe(url);
    try {
      const r = await readyz({ ...t.deps, config: { ...t.deps.config, REDIS_URL: url } }, { redis });
      expect(r.status).toBe(503);
      expect(r.body.checks).toMatchObject({ database: 'ok', migrations: 'ok', shutdown: 'ok' });
      expect(['failed', 'timeout']).toContain(r.body.checks.redis);
    } finally {
      await redis.close();
    }
  });
});
