/**
 * Order placement benchmarks and a crash test, against a real server process.
 *
 *   node bench/orders.ts --scenario place|flash|crash [--database-url URL] [--tier S] [--duration 20]
 *                        [--connections 50] [--warmup 5] [--carts N] [--kill-after 5] [--cpu-prof] [--stale-stats]
 *
 * PostgreSQL from --database-url / DATABASE_URL, else PGlite in ./data/bench-<tier> (crash: PostgreSQL
 * only). The benchmark owns that database: it sets offer stock with SQL and leaves orders behind.
 *
 * - place: N guest carts, each holding one unit of a distinct offer, are created first (not
 *   measured); then only `POST /api/v1/carts/{id}/checkout` is timed at --connections in flight
 *   for --duration seconds (after a --warmup run on other carts), then 3 s at one connection.
 * - flash: one offer with exactly 500 units, 2,000 carts holding one unit each, all checked out
 *   with 200 in flight; counts 201 + paid and 409, then checks in the database that exactly 500
 *   units were sold and none oversold.
 * - crash: checkout load for --kill-after seconds, `kill -9` of the server mid-load, restart,
 *   `releaseStalledPayments(deps, 0)` (the app's recovery), then invariants on stock, payments and
 *   the ledger; exits 1 on any FAIL.
 *
 * Prints a markdown table on stdout, progress on stderr, JSON in bench/out/orders-<scenario>-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { assembleDeps, type Deps } from '../src/app/deps.ts';
import { DEMO_PLATFORM_IDENTITY, loadConfig } from '../src/config.ts';
import { releaseStalledPayments } from '../src/modules/checkout/cancel-unpaid-transfers.ts';
import { offers } from '../src/modules/offers/offers.schema.ts';
import type { SandboxProvider } from '../src/modules/payments/sandbox-provider.ts';
import { systemClock } from '../src/platform/clock.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { createLogger } from '../src/platform/logger.ts';
import { baseline, type Check, invariants, stockOffers } from './invariants.ts';
import { formatDuration } from './progress.ts';
import {
  cpuMeter,
  fmtMs,
  machineLoad,
  percentile,
  round2,
  type Server,
  sourceFingerprint,
  startServer,
} from './support.ts';
import {
  describeTarget,
  parseArgs,
  parseTier,
  REPO_ROOT,
  resolveTarget,
  stringFlag,
  type Target,
} from './tiers.ts';

const USAGE =
  'usage: node bench/orders.ts --scenario place|flash|crash [--database-url URL] [--tier S] [--duration 20] ' +
  '[--connections 50] [--warmup 5] [--carts N] [--kill-after 5] [--cpu-prof] [--stale-stats]';

const OUT_DIR = path.join(REPO_ROOT, 'bench', 'out');
const SECRET = 'bench-only-secret-bench-only-secret-0123';
const SERVER_ENV = {
  SESSION_SECRET: SECRET,
  RATE_LIMIT_ANON_PER_MIN: '0',
  RATE_LIMIT_WRITES_PER_MIN: '0',
  RATE_LIMIT_AUTH_PER_15_MIN: '0',
};
const CHECKOUT_BODY = JSON.stringify({
  email: 'bench@example.com',
  shippingAddress: {
    name: 'Bench',
    line1: '1 rue de Rivoli',
    postalCode: '75004',
    city: 'Paris',
    country: 'FR',
  },
  paymentMethod: 'card',
  card: { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Bench' },
});
const FLASH = { stock: 500, attempts: 2_000, inFlight: 200 };
const SERVICE_TIME_S = 3;

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// HTTP

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

/** Run fn(0..n-1) with `concurrency` workers. */
async function pool(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
}

/** Setup, not measured: one guest cart per entry of `offerIds`, holding one unit of it. */
async function createCarts(baseUrl: string, offerIds: number[]): Promise<string[]> {
  const t0 = performance.now();
  const carts: string[] = [];
  await pool(offerIds.length, 16, async (i) => {
    const cart = await post(`${baseUrl}/api/v1/carts`, JSON.stringify({ market: 'fr-fr' }));
    const id = cart.json?.id;
    if (cart.status !== 201 || typeof id !== 'string') throw new Error(`POST /carts: ${cart.status}`);
    const line = await post(
      `${baseUrl}/api/v1/carts/${id}/lines`,
      JSON.stringify({ offerId: offerIds[i], quantity: 1 }),
    );
    if (line.status !== 201)
      throw new Error(
        `POST /carts/…/lines offer ${offerIds[i]}: ${line.status} ${JSON.stringify(line.json)}`,
      );
    carts[i] = id;
  });
  log(`Setup: ${carts.length.toLocaleString('en-US')} carts in ${formatDuration(performance.now() - t0)}`);
  return carts;
}

/** One checkout: HTTP status (0 = no answer), latency, payment succeeded, start (s into the run). */
type Shot = { status: number; ms: number; paid: boolean; at: number; error?: string };

/**
 * Check out `carts` in order with `concurrency` requests in flight, until the carts run out, the
 * duration ends or `stopped()` says so. Requests in flight at the end are awaited and counted.
 */
async function fire(
  server: Server,
  carts: string[],
  o: { concurrency: number; durationS?: number; stopped?: () => boolean },
) {
  const shots: Shot[] = [];
  let next = 0;
  const t0 = performance.now();
  const deadline = o.durationS ? t0 + o.durationS * 1000 : Number.POSITIVE_INFINITY;
  const cpu = cpuMeter(server.child.pid);
  const worker = async () => {
    while (next < carts.length && performance.now() < deadline && !o.stopped?.()) {
      const cart = carts[next++]!;
      const start = performance.now();
      try {
        const r = await post(`${server.baseUrl}/api/v1/carts/${cart}/checkout`, CHECKOUT_BODY, {
          'idempotency-key': `bench-${cart}`,
        });
        const payment = r.json?.payment as { status?: string } | undefined;
        const paid = payment?.status === 'succeeded';
        shots.push({ status: r.status, ms: performance.now() - start, paid, at: (start - t0) / 1000 });
      } catch (e) {
        const error =
          e instanceof Error
            ? `${e.name}: ${(e.cause as Error | undefined)?.message ?? e.message}`
            : String(e);
        shots.push({ status: 0, ms: performance.now() - start, paid: false, at: (start - t0) / 1000, error });
      }
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  const wallS = (performance.now() - t0) / 1000;
  return { shots, wallS, ranOut: next >= carts.length && performance.now() < deadline, cpu: cpu() };
}

type Fired = Awaited<ReturnType<typeof fire>>;

function summarise(f: Fired, latencyOf: (s: Shot) => boolean = (s) => s.status >= 200 && s.status < 300) {
  const sorted = Float64Array.from(f.shots.filter(latencyOf).map((s) => s.ms)).sort();
  const statusCodes: Record<string, number> = {};
  const networkErrors: Record<string, number> = {};
  for (const s of f.shots) {
    const code = s.status ? String(s.status) : 'network error';
    statusCodes[code] = (statusCodes[code] ?? 0) + 1;
    if (s.error) networkErrors[s.error] = (networkErrors[s.error] ?? 0) + 1;
  }
  const ok = f.shots.filter((s) => s.status >= 200 && s.status < 300).length;
  // Per second of the run (by start time): requests started, median and worst latency.
  const timeline: Array<{ s: number; n: number; p50: number; max: number }> = [];
  for (let sec = 0; sec < Math.ceil(f.wallS); sec++) {
    const ms = Float64Array.from(f.shots.filter((s) => Math.floor(s.at) === sec).map((s) => s.ms)).sort();
    if (ms.length)
      timeline.push({
        s: sec,
        n: ms.length,
        p50: Math.round(percentile(ms, 50)),
        max: Math.round(ms[ms.length - 1]!),
      });
  }
  return {
    requests: f.shots.length,
    wallS: round2(f.wallS),
    perSec: round2(f.shots.length / f.wallS),
    okPerSec: round2(ok / f.wallS),
    errors: f.shots.length - ok,
    paid: f.shots.filter((s) => s.paid).length,
    statusCodes,
    networkErrors,
    latencyMs: {
      p50: round2(percentile(sorted, 50)),
      p95: round2(percentile(sorted, 95)),
      p99: round2(percentile(sorted, 99)),
      max: round2(sorted.length ? sorted[sorted.length - 1]! : Number.NaN),
    },
    cpu: f.cpu,
    timeline,
  };
}

// ---------------------------------------------------------------------------------------------
// Database

async function withDb<T>(target: Target, fn: (d: Database) => Promise<T>): Promise<T> {
  // PGlite allows one process per directory: open only while the server is down.
  const d = await openDatabase(
    target.kind === 'postgres'
      ? { databaseUrl: target.url, dataDir: '', poolSize: 2 }
      : { dataDir: target.dataDir },
  );
  try {
    return await fn(d);
  } finally {
    await d.close();
  }
}

/** PostgreSQL only: transactions committed in the database (≈ statements outside explicit transactions). */
async function pgTransactions(url: string): Promise<number> {
  const d = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 1 });
  try {
    const [r] = await d.rows<{ n: number }>(
      sql`SELECT (xact_commit + xact_rollback)::bigint AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    return Number(r!.n);
  } finally {
    await d.close();
  }
}

/**
 * PostgreSQL only: samples the database's other sessions every 100 ms — how many wait on a lock,
 * and what the busy ones are doing (state / wait event), to tell lock contention from round trips.
 */
async function lockSampler(url: string) {
  const d = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 1 });
  const waiting: number[] = [];
  const seen = new Map<string, number>();
  let running = true;
  const loop = (async () => {
    while (running) {
      const rows = await d.rows<{ what: string; n: number }>(sql`
        SELECT concat_ws(':', state, wait_event_type, wait_event) AS what, count(*)::int AS n
        FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'
        GROUP BY 1`);
      waiting.push(rows.filter((r) => r.what.includes(':Lock:')).reduce((a, r) => a + r.n, 0));
      for (const r of rows) seen.set(r.what, (seen.get(r.what) ?? 0) + r.n);
      await sleep(100);
    }
  })();
  return async () => {
    running = false;
    await loop;
    await d.close();
    const perSample = (n: number) => round2(n / Math.max(1, waiting.length));
    return {
      samples: waiting.length,
      lockWaitMean: perSample(waiting.reduce((a, b) => a + b, 0)),
      lockWaitMax: Math.max(0, ...waiting),
      /** Mean number of sessions per state:wait_event_type:wait_event, busiest first. */
      sessions: Object.fromEntries(
        [...seen]
          .sort((x, y) => y[1] - x[1])
          .slice(0, 8)
          .map(([k, v]) => [k, perSample(v)]),
      ),
    };
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

type Ctx = {
  target: Target;
  engine: string;
  stamp: string;
  connections: number;
  durationS: number;
  warmupS: number;
  carts?: number;
  killAfterS: number;
  /** Write the server's V8 CPU profile (node --cpu-prof) to bench/out/ when it stops. */
  cpuProf: boolean;
  /** VACUUM (ANALYZE) before measuring (off with --stale-stats). */
  freshStats: boolean;
};

async function start(ctx: Ctx, label: string): Promise<Server> {
  const logFile = path.join(OUT_DIR, `${ctx.stamp}-orders-${label}-server.log`);
  const t0 = performance.now();
  const prof: Record<string, string> = ctx.cpuProf
    ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${OUT_DIR}/${ctx.stamp}-prof` }
    : {};
  const server = await startServer(ctx.target, logFile, { ...SERVER_ENV, ...prof });
  log(
    `Server up at ${server.baseUrl} in ${formatDuration(performance.now() - t0)} (pid ${server.child.pid})`,
  );
  return server;
}

/** Wait (up to 5 min) for the machine to be < 20 % busy, then note its load: other people's tests share the 2 cores. */
async function measureMachine() {
  const deadline = Date.now() + 5 * 60_000;
  let m = await machineLoad();
  while (m.busyPct !== null && m.busyPct > 20 && Date.now() < deadline) {
    log(`Machine ${m.busyPct} % busy (${m.top.slice(0, 2).join(', ')}): waiting for it to calm down…`);
    await sleep(3000);
    m = await machineLoad();
  }
  log(
    `Machine before the run: ${m.busyPct ?? '?'} % CPU busy, load average ${m.loadAvg.join(' ')}; busiest: ${m.top.join(', ')}`,
  );
  if (m.busyPct !== null && m.busyPct > 20)
    log(`warning: ${m.busyPct} % busy without load; figures will be skewed.`);
  return m;
}

/**
 * Planner statistics as autovacuum would keep them. The local PostgreSQL runs with autovacuum off
 * and PGlite has none, so tables that grew since the dataset was loaded (carts, cart lines, orders)
 * would be planned as if nearly empty: measured, that turns the cart query into a sequential scan
 * of offers. Run before the server starts and, on PostgreSQL, again once the carts exist.
 */
async function freshStats(ctx: Ctx, d: Database): Promise<void> {
  if (!ctx.freshStats) return;
  const t0 = performance.now();
  await d.db.execute(sql`VACUUM (ANALYZE)`);
  log(`VACUUM (ANALYZE) in ${formatDuration(performance.now() - t0)}`);
}

/** Once the carts exist (PostgreSQL only: a PGlite directory belongs to the running server). */
async function freshStatsAfterSetup(ctx: Ctx): Promise<void> {
  if (ctx.target.kind === 'postgres') await withDb(ctx.target, (d) => freshStats(ctx, d));
}

/** Start the server, run `fn`, always stop it. */
async function withServer<T>(ctx: Ctx, label: string, fn: (server: Server) => Promise<T>): Promise<T> {
  const server = await start(ctx, label);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

async function place(ctx: Ctx) {
  const perSecond = ctx.target.kind === 'postgres' ? 450 : 100; // carts to prepare per measured second
  const warmN = ctx.warmupS * perSecond;
  const measuredN = ctx.carts ?? ctx.durationS * perSecond;
  const serviceN = SERVICE_TIME_S * 150;
  const { ids, base } = await withDb(ctx.target, async (d) => {
    const ids = await stockOffers(d, measuredN, 5);
    await freshStats(ctx, d);
    return { ids, base: await baseline(d) };
  });
  // Measured carts: one distinct offer each. Warm-up and 1-connection carts reuse those offers
  // (5 units each, so every checkout still finds stock).
  const cartOffers = [...ids.slice(ids.length - warmN), ...ids, ...ids.slice(0, serviceN)];
  const pg = ctx.target.kind === 'postgres' ? ctx.target.url : null;
  const result = await withServer(ctx, 'place', async (server) => {
    const carts = await createCarts(server.baseUrl, cartOffers);
    await freshStatsAfterSetup(ctx);
    if (warmN) {
      log(`Warm-up ${ctx.warmupS} s at ${ctx.connections} in flight…`);
      await fire(server, carts.slice(0, warmN), { concurrency: ctx.connections, durationS: ctx.warmupS });
    }
    const machine = await measureMachine();
    const xact0 = pg ? await pgTransactions(pg) : null;
    const locks = pg ? await lockSampler(pg) : null;
    log(`Measuring ${ctx.durationS} s at ${ctx.connections} in flight…`);
    const measured = await fire(server, carts.slice(warmN, warmN + measuredN), {
      concurrency: ctx.connections,
      durationS: ctx.durationS,
    });
    const lockStats = locks ? await locks() : null;
    await sleep(2000); // let the server's sessions flush their statistics
    const xacts = pg && xact0 !== null ? (await pgTransactions(pg)) - xact0 : null;
    if (measured.ranOut)
      log(`warning: the ${measuredN} prepared carts ran out after ${measured.wallS.toFixed(1)} s`);
    log(`Single-connection service time ${SERVICE_TIME_S} s…`);
    const single = await fire(server, carts.slice(warmN + measuredN), {
      concurrency: 1,
      durationS: SERVICE_TIME_S,
    });
    const m = summarise(measured);
    return {
      scenario: 'place' as const,
      machine,
      carts: { warmup: warmN, measured: measuredN, ranOut: measured.ranOut },
      measured: m,
      serviceTime: summarise(single).latencyMs,
      dbTransactionsPerOrder: xacts !== null ? round2(xacts / m.requests) : null,
      locks: lockStats,
      target: { met: m.okPerSec >= 200 && m.latencyMs.p99 < 100 && m.errors === 0 },
    };
  });
  return { ...result, checks: await withDb(ctx.target, (d) => invariants(d, base)) };
}

async function flash(ctx: Ctx) {
  const warmN = ctx.warmupS * (ctx.target.kind === 'postgres' ? 100 : 20);
  const { offerId, warmOffers, base } = await withDb(ctx.target, async (d) => {
    const [offerId, ...warmOffers] = await stockOffers(d, 1 + warmN, 5);
    await d.db.update(offers).set({ quantity: FLASH.stock }).where(eq(offers.id, offerId!));
    await freshStats(ctx, d);
    return { offerId: offerId!, warmOffers, base: await baseline(d) };
  });
  const { fired, machine, locks } = await withServer(ctx, 'flash', async (server) => {
    const carts = await createCarts(server.baseUrl, [...warmOffers, ...Array(FLASH.attempts).fill(offerId)]);
    await freshStatsAfterSetup(ctx);
    if (warmN) {
      log(`Warm-up: ${warmN} checkouts of other offers…`);
      await fire(server, carts.slice(0, warmN), { concurrency: 50 });
    }
    const machine = await measureMachine();
    const sampler = ctx.target.kind === 'postgres' ? await lockSampler(ctx.target.url) : null;
    log(
      `Flash sale: ${FLASH.attempts} checkouts of offer #${offerId} (${FLASH.stock} units), ${FLASH.inFlight} in flight…`,
    );
    const fired = await fire(server, carts.slice(warmN), { concurrency: FLASH.inFlight });
    return { fired, machine, locks: sampler ? await sampler() : null };
  });
  const m = summarise(fired, (s) => s.status > 0);
  const succeeded = fired.shots.filter((s) => s.status === 201 && s.paid).length;
  const soldOut = fired.shots.filter((s) => s.status === 409).length;
  const db = await withDb(ctx.target, async (d) => {
    const [row] = await d.rows<{ stock: number; sold: number }>(sql`
      SELECT (SELECT quantity FROM offers WHERE id = ${offerId}) AS stock,
             (SELECT coalesce(sum(quantity), 0)::int FROM order_lines
              WHERE offer_id = ${offerId} AND state = 1 AND id > ${base.lastLineId}) AS sold`);
    return { ...row!, checks: await invariants(d, base) };
  });
  const checks: Check[] = [
    { name: 'stock of the offer = 0', pass: db.stock === 0, detail: `${db.stock}` },
    {
      name: `Σ paid order lines (state 1) = ${FLASH.stock}`,
      pass: db.sold === FLASH.stock,
      detail: `${db.sold}`,
    },
    {
      name: `${FLASH.stock} responses 201 + succeeded`,
      pass: succeeded === FLASH.stock,
      detail: `${succeeded}`,
    },
    ...db.checks,
  ];
  return {
    scenario: 'flash' as const,
    machine,
    offerId,
    measured: m,
    succeeded,
    soldOut,
    other: fired.shots.length - succeeded - soldOut,
    stockAfter: db.stock,
    soldUnits: db.sold,
    oversold: Math.max(0, db.sold - FLASH.stock),
    locks,
    target: { met: m.perSec >= 500 },
    checks,
  };
}

async function crash(ctx: Ctx) {
  if (ctx.target.kind !== 'postgres')
    throw new Error('The crash scenario needs PostgreSQL (--database-url).');
  const url = ctx.target.url;
  const n = ctx.carts ?? (ctx.killAfterS + 3) * 400;
  const { ids, base } = await withDb(ctx.target, async (d) => {
    const ids = await stockOffers(d, n, 3);
    await freshStats(ctx, d);
    return { ids, base: await baseline(d) };
  });
  let server = await start(ctx, 'crash');
  let fired: Fired;
  let machine: Awaited<ReturnType<typeof machineLoad>>;
  try {
    const carts = await createCarts(server.baseUrl, ids);
    await freshStatsAfterSetup(ctx);
    machine = await measureMachine();
    log(`Checkout load at ${ctx.connections} in flight; kill -9 after ${ctx.killAfterS} s…`);
    let stopped = false;
    const running = fire(server, carts, { concurrency: ctx.connections, stopped: () => stopped });
    await sleep(ctx.killAfterS * 1000);
    stopped = true;
    const gone = server.exited();
    if (gone)
      throw new Error(
        `The server exited before the kill (${JSON.stringify(gone)}): stopped by someone else?`,
      );
    await server.kill9();
    fired = await running;
    if (!fired.shots.some((s) => s.status > 0)) throw new Error('No checkout was answered before the kill.');
    log(`Killed pid ${server.child.pid}; restarting on the same database…`);
    server = await start(ctx, 'crash-restart');
  } catch (e) {
    await server.stop();
    throw e;
  }
  let recovery: { processingBefore: number; released: number; ms: number };
  let checks: Check[];
  let webhooks = 0;
  try {
    const config = loadConfig({
      ...DEMO_PLATFORM_IDENTITY,
      NODE_ENV: 'production',
      BENCHMARK: 'true',
      SESSION_SECRET: SECRET,
      DATABASE_URL: url,
      LOG_LEVEL: 'warn',
    });
    const database = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 2 });
    let deps: Deps | undefined;
    try {
      deps = assembleDeps({
        config,
        database,
        clock: systemClock,
        logger: createLogger('warn'),
        secret: SECRET,
      });
      const [p] = await database.rows<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM payments WHERE status = 'processing'`,
      );
      const t0 = performance.now();
      let released = 0;
      for (;;) {
        const r = await releaseStalledPayments(deps, 0); // 500 per call
        released += r.released;
        if (r.released === 0) break;
      }
      recovery = { processingBefore: p!.n, released, ms: Math.round(performance.now() - t0) };
      log(
        `Recovery: ${p!.n} payments 'processing' after the crash, ${released} released in ${recovery.ms} ms`,
      );
      checks = await invariants(database, base);
      webhooks = await replayProviderWebhooks(deps, server.baseUrl);
      if (webhooks) {
        const after = await invariants(database, base);
        checks.push(
          ...after
            .filter((c) => /^\((a|d)\)/.test(c.name))
            .map((c) => ({ ...c, name: `after ${webhooks} sandbox webhooks: ${c.name}` })),
        );
      }
    } finally {
      await deps?.cacheBus.close();
      await database.close();
    }
  } finally {
    await server.stop();
  }
  const m = summarise(fired);
  return {
    scenario: 'crash' as const,
    machine: machine!,
    loadS: ctx.killAfterS,
    measured: m,
    answered: fired.shots.filter((s) => s.status > 0).length,
    cut: fired.shots.filter((s) => s.status === 0).length,
    recovery,
    webhooks,
    checks,
  };
}

/**
 * What releaseStalledPayments leaves alone: payments the provider answered before the crash
 * (provider ref stored, outcome not recorded yet). A live provider settles them with a webhook; the
 * sandbox sends none by itself, so post the `payment.succeeded` it would send (every bench card
 * succeeds) to the restarted server. Returns how many were sent.
 */
async function replayProviderWebhooks(deps: Deps, baseUrl: string): Promise<number> {
  if (deps.payments.name !== 'sandbox') return 0;
  const sandbox = deps.payments as SandboxProvider;
  const left = await deps.database.rows<{ ref: string; amount: number; currency: string }>(sql`
    SELECT provider_ref AS ref, amount_minor AS amount, currency FROM payments
    WHERE status = 'processing' AND provider_ref IS NOT NULL`);
  for (const p of left) {
    const w = sandbox.simulate('payment.succeeded', p.ref, { amountMinor: p.amount, currency: p.currency });
    const res = await fetch(`${baseUrl}/api/v1/webhooks/payments/sandbox`, {
      method: 'POST',
      headers: w.headers,
      body: w.body,
    });
    await res.arrayBuffer();
    if (res.status !== 200) log(`webhook for ${p.ref}: ${res.status}`);
  }
  if (left.length) log(`Replayed ${left.length} sandbox payment.succeeded webhooks`);
  return left.length;
}

// ---------------------------------------------------------------------------------------------
// Report

type Report =
  | Awaited<ReturnType<typeof place>>
  | Awaited<ReturnType<typeof flash>>
  | Awaited<ReturnType<typeof crash>>;

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const tick = (ok: boolean) => (ok ? '✅' : '❌');

function markdown(r: Report, engine: string): string {
  const m = r.measured;
  const busy = `${r.machine.busyPct ?? '?'} %`;
  const cpu = `${m.cpu.serverPct ?? '?'} % / ${m.cpu.machinePct ?? '?'} %`;
  const lines: string[] = [];
  if (r.scenario === 'place') {
    lines.push(
      '| Engine | orders | s | orders/s | p50 | p95 | p99 | max | errors | 1-conn p50 | DB xacts/order | lock waits (mean/max) | server / machine CPU | busy before | target ≥ 200/s, p99 < 100 ms |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
      `| ${engine} | ${n0(m.requests)} | ${m.wallS} | ${n0(m.okPerSec)} | ${fmtMs(m.latencyMs.p50)} | ${fmtMs(m.latencyMs.p95)} | ${fmtMs(m.latencyMs.p99)} | ${fmtMs(m.latencyMs.max)} | ${m.errors} | ${fmtMs(r.serviceTime.p50)} | ${r.dbTransactionsPerOrder ?? '—'} | ${r.locks ? `${r.locks.lockWaitMean} / ${r.locks.lockWaitMax}` : '—'} | ${cpu} | ${busy} | ${tick(r.target.met)} |`,
    );
  } else if (r.scenario === 'flash') {
    lines.push(
      '| Engine | attempts | in flight | s | attempts/s | 201 paid | 409 | other | p50 | p95 | p99 | stock after | units sold | oversold | lock waits (mean/max) | server / machine CPU | busy before | target ≥ 500/s |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
      `| ${engine} | ${n0(m.requests)} | ${FLASH.inFlight} | ${m.wallS} | ${n0(m.perSec)} | ${r.succeeded} | ${r.soldOut} | ${r.other} | ${fmtMs(m.latencyMs.p50)} | ${fmtMs(m.latencyMs.p95)} | ${fmtMs(m.latencyMs.p99)} | ${r.stockAfter} | ${r.soldUnits} | ${r.oversold} | ${r.locks ? `${r.locks.lockWaitMean} / ${r.locks.lockWaitMax}` : '—'} | ${cpu} | ${busy} | ${tick(r.target.met)} |`,
    );
  } else {
    lines.push(
      '| Engine | load before kill | checkouts answered | orders/s | cut by kill -9 | payments left processing | released by recovery | left with a provider ref (webhook replayed) | busy before |',
      '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
      `| ${engine} | ${r.loadS} s | ${n0(r.answered)} | ${n0(m.okPerSec)} | ${r.cut} | ${r.recovery.processingBefore} | ${r.recovery.released} | ${r.webhooks} | ${busy} |`,
    );
  }
  lines.push('', '| Check | result | detail |', '|---|---|---|');
  for (const c of r.checks) lines.push(`| ${c.name} | ${c.pass ? 'PASS' : 'FAIL'} | ${c.detail} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2), ['help', 'cpu-prof', 'stale-stats']);
  const scenario = stringFlag(flags, 'scenario');
  if (flags.has('help') || !scenario || !['place', 'flash', 'crash'].includes(scenario)) {
    console.error(USAGE);
    process.exit(flags.has('help') ? 0 : 2);
  }
  const int = (name: string, fallback: number, min = 1): number => {
    const v = Number(stringFlag(flags, name) ?? fallback);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return v;
  };
  const target = resolveTarget(
    parseTier(stringFlag(flags, 'tier') ?? 'S'),
    stringFlag(flags, 'database-url'),
  );
  const startedAt = new Date();
  const ctx: Ctx = {
    target,
    engine: target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite',
    stamp: startedAt.toISOString().replace(/[:.]/g, '-'),
    connections: int('connections', 50),
    durationS: int('duration', 20),
    warmupS: int('warmup', 5, 0),
    carts: flags.has('carts') ? int('carts', 1) : undefined,
    killAfterS: int('kill-after', 5),
    cpuProf: flags.has('cpu-prof'),
    freshStats: !flags.has('stale-stats'),
  };
  mkdirSync(OUT_DIR, { recursive: true });
  const source = sourceFingerprint();
  log(`Scenario ${scenario} → ${describeTarget(target)}; src ${source.srcSha256}`);
  const report =
    scenario === 'place' ? await place(ctx) : scenario === 'flash' ? await flash(ctx) : await crash(ctx);

  const dataset = await withDb(target, async (d) => {
    const [c] = await d.rows<Record<string, number>>(sql`
      SELECT (SELECT count(*) FROM products)::int AS products, (SELECT count(*) FROM offers)::int AS offers,
             (SELECT count(*) FROM sellers)::int AS sellers, (SELECT count(*) FROM order_lines)::int AS order_lines`);
    return c!;
  });
  const jsonFile = path.join(OUT_DIR, `orders-${scenario}-${ctx.stamp}.json`);
  writeFileSync(
    jsonFile,
    `${JSON.stringify(
      {
        startedAt: startedAt.toISOString(),
        database: describeTarget(target),
        engine: target.kind,
        dataset,
        source,
        options: { ...ctx, target: undefined },
        node: process.version,
        cpus: os.cpus().length,
        ...report,
      },
      null,
      2,
    )}\n`,
  );
  process.stdout.write(
    `\n### ${scenario} — ${ctx.engine} — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n` +
      `${dataset.products?.toLocaleString('en-US')} products, ${dataset.offers?.toLocaleString('en-US')} offers, ` +
      `${dataset.sellers?.toLocaleString('en-US')} sellers, ${dataset.order_lines?.toLocaleString('en-US')} order lines after the run; ` +
      `src ${source.srcSha256}; statistics ${ctx.freshStats ? 'fresh (VACUUM ANALYZE before measuring)' : 'stale (--stale-stats)'}; machine ${report.machine.busyPct ?? '?'} % busy, ` +
      `load average ${report.machine.loadAvg.join(' ')} before the run (busiest: ${report.machine.top.join(', ')}); node ${process.version}, ${os.cpus().length} cores.\n\n` +
      `CPU during the run (% of one core): ${report.measured.cpu.top.join(', ')}.\n\n` +
      `${markdown(report, ctx.engine)}\n\n`,
  );
  log(`JSON: ${path.relative(process.cwd(), jsonFile)}`);
  const failed = report.checks.filter((c) => !c.pass);
  for (const c of report.checks) log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.detail}`);
  if (failed.length) process.exit(1);
}

main().catch((e: unknown) => {
  process.stderr.write(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${USAGE}\n`);
  process.exit(1);
});
