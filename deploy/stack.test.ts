/**
 * The multi-process stack (deploy/stack.sh: nginx, two `serve`, one `worker`, demo data) takes
 * orders through the balancer from 8 concurrent buyers while one `serve` process is killed with
 * SIGKILL and started again (issue 17). Needs PostgreSQL (TEST_DATABASE_URL), Redis (REDIS_URL or
 * 127.0.0.1:6379) and nginx; skipped without PostgreSQL or nginx. Its own database and Redis index.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type Attempt,
  errorTimeline,
  type Purchase,
  recoveryMs,
  runCheckoutClients,
} from '../bench/checkout-clients.ts';
import {
  type Baseline,
  baseline,
  invariants,
  recoverStalledPayments,
  stockOffers,
} from '../bench/invariants.ts';
import { createDatabase, dropDatabase, stackCommand, stackEnv, stackPorts } from '../bench/stack-control.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';

const NGINX = [process.env.NGINX_BIN, '/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => p && existsSync(p));
const ADMIN_URL = process.env.TEST_DATABASE_URL;
const CLIENTS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!ADMIN_URL || !NGINX)('deploy/stack.sh: nginx + 2 serve + 1 worker', () => {
  const dbName = `reloop_stack_${process.pid}`;
  const stackDir = mkdtempSync(path.join(os.tmpdir(), 'reloop-stack-'));
  let env: NodeJS.ProcessEnv = {};
  let dbUrl = '';
  let stackPort = 0;
  let servePort = 0;
  let database: Database | undefined;
  let passed = false;
  const stack = (...args: string[]) => stackCommand(env, ...args);

  beforeAll(async () => {
    ({ stackPort, servePortBase: servePort } = await stackPorts(3)); // serve-1, serve-2, worker-1
    dbUrl = await createDatabase(ADMIN_URL!, dbName);
    const redis = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    redis.pathname = `/${1 + (process.pid % 15)}`;
    env = stackEnv({
      DATABASE_URL: dbUrl,
      REDIS_URL: redis.toString(),
      STACK_DIR: stackDir,
      STACK_PORT: String(stackPort),
      SERVE_PORT_BASE: String(servePort),
      SERVE: '2',
      WORKERS: '1',
      LOG_LEVEL: 'warn',
      READY_TIMEOUT: '180', // CI runs other test files beside this one on the same cores
      // One client address (nginx's) for every buyer: the per-IP limits would throttle the test.
      RATE_LIMIT_ANON_PER_MIN: '0',
      RATE_LIMIT_WRITES_PER_MIN: '0',
      RATE_LIMIT_AUTH_PER_15_MIN: '0',
    });
    await stack('up', '--seed');
    database = await openDatabase({ databaseUrl: dbUrl, dataDir: '', poolSize: 2 });
  }, 300_000);

  afterAll(async () => {
    await stack('down').catch((e) => console.error(e));
    await database?.close();
    await dropDatabase(ADMIN_URL!, dbName);
    if (passed) rmSync(stackDir, { recursive: true, force: true });
    else console.error(`deploy/stack.test.ts failed: the stack's logs are in ${stackDir}`);
  }, 60_000);

  test('orders placed through the balancer converge while one serve process is killed', async () => {
    const d = database!;
    const offerIds = await stockOffers(d, 200, 100_000);
    const base: Baseline = await baseline(d);
    const accessLog = path.join(stackDir, 'nginx', 'access.log');

    const t0 = performance.now();
    let stopped = false;
    const load = runCheckoutClients({
      baseUrl: `http://127.0.0.1:${stackPort}`,
      offerIds,
      clients: CLIENTS,
      t0,
      stopped: () => stopped,
      keyPrefix: `stack-${process.pid}`,
    });
    await sleep(6_000);
    const killAt = performance.now() - t0;
    await stack('kill-serve', '1');
    await sleep(6_000);
    await stack('restart-serve', '1');
    const logSizeAtRestart = statSync(accessLog).size;
    await sleep(4_000);
    stopped = true;
    const { attempts, purchases } = await load;

    const timeline = errorTimeline(attempts);
    console.log(
      `stack: ${purchases.length} purchases, ${attempts.length} requests; errors per second: ${timeline
        .map((t) => `${t.s}s ${t.errors}/${t.requests}`)
        .join(', ')}; kill at ${(killAt / 1000).toFixed(1)} s; outcomes ${JSON.stringify(
        Object.fromEntries(
          Object.entries(Object.groupBy(purchases, (p) => p.outcome)).map(([k, v]) => [k, v?.length]),
        ),
      )}`,
    );
    expect(purchases.length).toBeGreaterThanOrEqual(20);

    // No error before the kill; after it, errors stop within 5 s (retries included).
    expect(attempts.filter((a: Attempt) => a.transient && a.at + a.ms < killAt)).toEqual([]);
    expect(recoveryMs(attempts, killAt)).toBeLessThan(5_000);

    // Every buyer got a definitive answer: paid, or (a checkout cut by the kill between its orders
    // and its payment's outcome) 'processing', answered to its retry with the same key.
    const byOutcome = Object.groupBy(purchases, (p: Purchase) => p.outcome);
    expect(Object.keys(byOutcome).filter((k) => k !== 'succeeded' && k !== 'processing')).toEqual([]);
    const cut = byOutcome.processing ?? [];
    expect(cut.length).toBeLessThanOrEqual(CLIENTS);
    for (const p of cut) expect(p.tries).toBeGreaterThan(1);

    // In the database: each cart became exactly one checkout with one payment and its order, as the
    // client was told.
    const rows = await d.rows<{
      cartId: string;
      checkouts: number;
      ids: string[];
      paid: number;
      orders: number;
    }>(sql`
      SELECT c.cart_id AS "cartId", count(DISTINCT c.id)::int AS checkouts, array_agg(DISTINCT c.id::text) AS ids,
             count(DISTINCT p.id) FILTER (WHERE p.status = 'succeeded')::int AS paid,
             count(DISTINCT o.id)::int AS orders
      FROM checkouts c LEFT JOIN payments p ON p.checkout_id = c.id LEFT JOIN orders o ON o.checkout_id = c.id
      WHERE c.idempotency_key LIKE ${`stack-${process.pid}-%`} GROUP BY c.cart_id`);
    const byCart = new Map(rows.map((r) => [r.cartId, r]));
    expect(rows.length).toBe(purchases.length);
    for (const p of purchases) {
      const r = byCart.get(p.cartId);
      expect(r, p.key).toMatchObject({ checkouts: 1, ids: [p.checkoutId], orders: 1 });
      expect(r!.paid, p.key).toBe(p.outcome === 'succeeded' ? 1 : 0);
    }

    // The balancer used both processes, and the restarted one again after its restart.
    const log = readFileSync(accessLog, 'utf8');
    const checkoutsOn = (text: string, port: number) =>
      text.split('\n').filter((l) => l.includes('/checkout ') && l.includes(`127.0.0.1:${port} `)).length;
    expect(checkoutsOn(log, servePort)).toBeGreaterThan(0);
    expect(checkoutsOn(log, servePort + 1)).toBeGreaterThan(0);
    expect(checkoutsOn(log.slice(logSizeAtRestart), servePort)).toBeGreaterThan(0);

    // The crash test's invariants, once the cut payments are released as the app's recovery does.
    const recovery = await recoverStalledPayments(dbUrl);
    expect(recovery).toEqual({ processing: cut.length, released: cut.length });
    const checks = await invariants(d, base);
    expect(checks.filter((c) => !c.pass)).toEqual([]);
    passed = true;
  }, 120_000);
});
