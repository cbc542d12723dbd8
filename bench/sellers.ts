/**
 * Seller API benchmarks (issue 5), against a real server process on PostgreSQL.
 *
 *   node bench/sellers.ts --scenario csv|ws-orders|all [--database-url URL] [--lines 15000]
 *                         [--connections 50] [--warmup 5] [--duration 20] [--keys 1000] [--orders 500]
 *
 * PostgreSQL from --database-url / DATABASE_URL (tier M: postgres://…/reloop_bench_m). The server
 * (`node src/main.ts serve`, production mode, the site-wide rate limits off) migrates the database.
 *
 * - csv: a --lines CSV catalog for one FR seller (made active + verified): one update line per
 *   existing SKU of the seller (same price and stock, so the dataset is unchanged), the rest
 *   creations of new SKUs by product EAN. POST /ws/listings refuses more than 2,000 lines (the
 *   per-key limit of 2,000 listing lines an hour, checked per request before the task exists; no
 *   option raises it), so the full batch is recorded as the task POST /ws/listings would create
 *   (createListingTask) and processed in this process by the same function the server schedules
 *   (processListingTask), while GET /ws/tasks/{id} on the server reports progress. A 2,000-line
 *   batch is also sent through POST /ws/listings end to end. Created offers are deleted afterwards.
 * - ws-orders: GET /ws/orders at --connections for --duration s (after a --warmup run) with
 *   autocannon. The seller gets --orders paid orders through the real cart + checkout API first
 *   (not measured). The per-key limit of 200 requests / 10 s has no switch either, so requests
 *   rotate over --keys API keys of the same seller, each staying under its limit; a 5 s run on a
 *   single key shows the limiter at work.
 *
 * Prints markdown on stdout, progress on stderr, JSON in bench/out/sellers-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { sql } from 'drizzle-orm';
import { refreshBuybox } from '../src/modules/offers/refresh-buybox.ts';
import { createApiKey } from '../src/modules/seller-api/api-keys.ts';
import { createListingTask, processListingTask } from '../src/modules/seller-api/listing-batch.ts';
import { systemClock } from '../src/platform/clock.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { marketByLocale } from '../src/platform/markets.ts';
import { formatDuration } from './progress.ts';
import {
  cpuMeter,
  fmtMs,
  machineLoad,
  round2,
  type Server,
  sourceFingerprint,
  startServer,
} from './support.ts';
import { describeTarget, parseArgs, REPO_ROOT, resolveTarget, stringFlag } from './tiers.ts';

const USAGE =
  'usage: node bench/sellers.ts --scenario csv|ws-orders|all [--database-url URL] [--lines 15000] ' +
  '[--connections 50] [--warmup 5] [--duration 20] [--keys 1000] [--orders 500]';

const OUT_DIR = path.join(REPO_ROOT, 'bench', 'out');
const SERVER_ENV = {
  SESSION_SECRET: 'bench-only-secret-bench-only-secret-0123',
  RATE_LIMIT_ANON_PER_MIN: '0',
  RATE_LIMIT_WRITES_PER_MIN: '0',
  RATE_LIMIT_AUTH_PER_15_MIN: '0',
};
const UA = 'Reloop-Bench;bench@reloop.example';
const HTTP_BATCH_LINES = 2_000;
const CSV_HEADER = 'sku,ean,grade,price,quantity,currency,shipper_1,shipping_price_1,shipping_delay_1';
const GRADES = ['EXCELLENT', 'VERY_GOOD', 'GOOD', 'FAIR'];
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

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const wsHeaders = (token: string) => ({
  authorization: `Basic ${token}`,
  'user-agent': UA,
  'accept-language': 'fr-fr',
});

async function pool(n: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) await fn(next++);
  };
  await Promise.all(Array.from({ length: Math.min(n, concurrency) }, worker));
}

async function postJson(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(120_000),
  });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

/** The FR seller (active, EU) with the most published offers priced in FR; made active + verified. */
async function pickSeller(d: Database): Promise<{ id: number; name: string; offers: number }> {
  const [s] = await d.rows<{ id: number; name: string; offers: number }>(sql`
    SELECT s.id, s.name, count(*)::int AS offers
    FROM sellers s JOIN offers o ON o.seller_id = s.id
    JOIN offer_prices p ON p.offer_id = o.id AND p.market = 'FR'
    WHERE s.country = 'FR' AND o.published
    GROUP BY s.id, s.name ORDER BY count(*) DESC, s.id LIMIT 1`);
  if (!s) throw new Error('No FR seller with offers: generate the tier first (bench/generate.ts).');
  await d.rows(sql`UPDATE sellers SET verified = true, status = 'active' WHERE id = ${s.id} RETURNING id`);
  return s;
}

async function newKeys(d: Database, sellerId: number, n: number, name: string): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < n; i++)
    keys.push(
      (await createApiKey(d.db, { sellerId, name: `${name} ${i + 1}`, createdBy: null, now: new Date() }))
        .token,
    );
  return keys;
}

// ---------------------------------------------------------------------------------------------
// csv

async function buildCatalog(d: Database, sellerId: number, lines: number, tag: string) {
  const existing = await d.rows<{ sku: string; price: string; quantity: number }>(sql`
    SELECT o.sku, (p.price_minor / 100.0)::numeric(12, 2)::text AS price, o.quantity
    FROM offers o JOIN offer_prices p ON p.offer_id = o.id AND p.market = 'FR'
    WHERE o.seller_id = ${sellerId} ORDER BY o.id LIMIT ${lines}`);
  const creations = lines - existing.length;
  const eans = await d.rows<{ ean: string }>(sql`
    SELECT ean FROM products WHERE ean IS NOT NULL ORDER BY md5(id::text || ${tag}) LIMIT ${creations}`);
  if (eans.length < creations) throw new Error(`Only ${eans.length} products for ${creations} creations`);
  const rows = [CSV_HEADER];
  for (const e of existing) rows.push(`${e.sku},,,${e.price},${e.quantity},EUR,,,`);
  eans.forEach((e, i) => {
    const price = (100 + (i % 500) + 0.99).toFixed(2);
    rows.push(`BCSV-${tag}-${i + 1},${e.ean},${GRADES[i % GRADES.length]},${price},3,EUR,Colissimo,4.90,48`);
  });
  return { catalog: `${rows.join('\n')}\n`, updates: existing.length, creations };
}

type TaskView = {
  action_status: number;
  result: {
    total: number;
    processed: number;
    failed: number;
    errors: Array<{ line: number; message: string }>;
  };
};

async function taskState(server: Server, token: string, taskId: number): Promise<TaskView> {
  const res = await fetch(`${server.baseUrl}/ws/tasks/${taskId}`, { headers: wsHeaders(token) });
  if (res.status !== 200) throw new Error(`GET /ws/tasks/${taskId}: ${res.status} ${await res.text()}`);
  return (await res.json()) as TaskView;
}

/** Poll GET /ws/tasks/{id} every second, printing progress, until the task is done or failed. */
async function pollTask(server: Server, token: string, taskId: number, t0: number): Promise<TaskView> {
  for (;;) {
    const t = await taskState(server, token, taskId);
    const s = (performance.now() - t0) / 1000;
    log(
      `  task ${taskId}: ${t.result.processed}/${t.result.total} processed, ${t.result.failed} failed, ` +
        `status ${t.action_status} (${s.toFixed(1)} s, ${Math.round(t.result.processed / s)} lines/s)`,
    );
    if (t.action_status === 9 || t.action_status === 8) return t;
    await sleep(1000);
  }
}

async function csvScenario(server: Server, d: Database, lines: number) {
  const seller = await pickSeller(d);
  const tag = Date.now().toString(36);
  const [key] = await newKeys(d, seller.id, 1, `bench csv ${tag}`);
  const { catalog, updates, creations } = await buildCatalog(d, seller.id, lines, tag);
  const request = { catalog, delimiter: ',', quotechar: '"', encoding: 'utf-8' };
  log(`csv: seller #${seller.id} ${seller.name}: ${updates} update lines + ${creations} creation lines`);

  // 1. The full batch through the API: refused (the hourly listing-lines limit, per request).
  const refused =
    lines > HTTP_BATCH_LINES
      ? await postJson(`${server.baseUrl}/ws/listings`, JSON.stringify(request), wsHeaders(key!))
      : { status: 0, json: { note: 'not sent: the batch is within the hourly limit' } };
  log(
    `POST /ws/listings with ${lines} lines: ${refused.status} ${JSON.stringify(refused.json).slice(0, 300)}`,
  );

  // 2. A 2,000-line batch end to end through the server (POST, background task, GET /ws/tasks),
  //    on SKUs of its own.
  const httpTag = `${tag}h`;
  const http = await buildCatalog(d, seller.id, HTTP_BATCH_LINES, httpTag);
  const [httpKey] = await newKeys(d, seller.id, 1, `bench csv http ${tag}`);
  const httpLoad = await machineLoad();
  const h0 = performance.now();
  const accepted = await postJson(
    `${server.baseUrl}/ws/listings`,
    JSON.stringify({ ...request, catalog: http.catalog }),
    wsHeaders(httpKey!),
  );
  if (accepted.status !== 200)
    throw new Error(`POST /ws/listings (2,000 lines): ${accepted.status} ${JSON.stringify(accepted.json)}`);
  const httpTask = Number(accepted.json?.bodymessage);
  const httpDone = await pollTask(server, httpKey!, httpTask, h0);
  const httpS = (performance.now() - h0) / 1000;

  // 3. The full batch: the task POST /ws/listings would create, processed here by the same function.
  const full = request;
  const load = await machineLoad();
  const cpu = cpuMeter(server.child.pid);
  const t0 = performance.now();
  const { taskId, lines: total } = await createListingTask(d.db, {
    sellerId: seller.id,
    market: marketByLocale('fr-fr')!,
    request: full,
    now: new Date(),
  });
  const work = processListingTask({ db: d.db, clock: systemClock }, taskId);
  const done = await pollTask(server, key!, taskId, t0);
  await work;
  const seconds = (performance.now() - t0) / 1000;
  const usage = cpu();

  const removed = await removeOffers(d, seller.id, `BCSV-${tag}%`);
  log(`csv: deleted the ${removed.length} offers the run created`);
  return {
    seller,
    lines: total,
    updates,
    creations,
    httpRefusal: { lines, status: refused.status, body: refused.json },
    http2000: {
      lines: HTTP_BATCH_LINES,
      seconds: round2(httpS),
      linesPerSec: Math.round(HTTP_BATCH_LINES / httpS),
      failed: httpDone.result.failed,
      machineLoad: httpLoad,
    },
    inProcess: {
      taskId,
      seconds: round2(seconds),
      linesPerSec: Math.round(total / seconds),
      processed: done.result.processed,
      failed: done.result.failed,
      firstErrors: done.result.errors.slice(0, 5),
      machineLoad: load,
      cpu: usage,
    },
    removedOffers: removed.length,
  };
}

/**
 * Delete the offers a run created and recompute the buybox of their products. A plain DELETE takes
 * minutes: buybox_winners.offer_id (ON DELETE CASCADE, 375k rows on tier M) has no index, so every
 * deleted offer seq-scans it. The new offers never sold (no order or cart line references them), so
 * the foreign-key triggers are skipped for this transaction and the children deleted in bulk.
 */
async function removeOffers(d: Database, sellerId: number, skuLike: string): Promise<Array<{ id: number }>> {
  const gone = await d.db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    const rows = (
      (await tx.execute(sql`
        SELECT id, product_id AS "productId" FROM offers WHERE seller_id = ${sellerId} AND sku LIKE ${skuLike}`)) as unknown as {
        rows: Array<{ id: number; productId: string }>;
      }
    ).rows;
    const ids = sql.raw(rows.length ? rows.map((r) => Number(r.id)).join(',') : 'NULL');
    await tx.execute(sql`DELETE FROM buybox_winners WHERE offer_id IN (${ids})`);
    await tx.execute(sql`DELETE FROM offer_prices WHERE offer_id IN (${ids})`);
    await tx.execute(sql`DELETE FROM offers WHERE id IN (${ids})`);
    return rows;
  });
  const products = [...new Set(gone.map((r) => r.productId))];
  for (let i = 0; i < products.length; i += 500)
    await d.db.transaction((tx) => refreshBuybox({ db: tx, productIds: products.slice(i, i + 500) }));
  return gone;
}

// ---------------------------------------------------------------------------------------------
// ws-orders

async function ensureOrders(server: Server, d: Database, sellerId: number, wanted: number) {
  const [{ n }] = (await d.rows<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM orders WHERE seller_id = ${sellerId} AND state IN (1, 3, 9)`,
  )) as [{ n: number }];
  if (n >= wanted) return { existing: n, placed: 0 };
  const offerRows = await d.rows<{ id: number; quantity: number }>(sql`
    SELECT o.id, o.quantity FROM offers o JOIN offer_prices p ON p.offer_id = o.id AND p.market = 'FR'
    WHERE o.seller_id = ${sellerId} AND o.published AND o.warranty_months >= 12 ORDER BY o.id`);
  const ids = offerRows.map((o) => o.id);
  await d.rows(
    sql`UPDATE offers SET quantity = quantity + 50 WHERE id IN ${sql.raw(`(${ids.join(',')})`)} RETURNING id`,
  );
  const todo = wanted - n;
  const t0 = performance.now();
  let placed = 0;
  const failures: Record<string, number> = {};
  await pool(todo, 8, async (i) => {
    const cart = await postJson(`${server.baseUrl}/api/v1/carts`, JSON.stringify({ market: 'fr-fr' }));
    const id = cart.json?.id as string;
    const line = await postJson(
      `${server.baseUrl}/api/v1/carts/${id}/lines`,
      JSON.stringify({ offerId: ids[i % ids.length], quantity: 1 }),
    );
    if (line.status !== 201) {
      failures[`line ${line.status}`] = (failures[`line ${line.status}`] ?? 0) + 1;
      return;
    }
    const r = await postJson(`${server.baseUrl}/api/v1/carts/${id}/checkout`, CHECKOUT_BODY, {
      'idempotency-key': `bench-sellers-${id}`,
    });
    if (r.status === 201) placed++;
    else failures[`checkout ${r.status}`] = (failures[`checkout ${r.status}`] ?? 0) + 1;
  });
  // Give back the stock the setup added (orders keep what they took).
  await d.rows(
    sql`UPDATE offers SET quantity = greatest(quantity - 50, 0) WHERE id IN ${sql.raw(`(${ids.join(',')})`)} RETURNING id`,
  );
  log(
    `Setup: ${placed} orders placed in ${formatDuration(performance.now() - t0)} ${JSON.stringify(failures)}`,
  );
  return { existing: n, placed, failures };
}

function cannon(server: Server, keys: string[], connections: number, duration: number): Promise<Result> {
  let next = 0;
  const headers = wsHeaders(keys[0]!);
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: server.baseUrl,
        connections,
        duration,
        timeout: 30,
        requests: [
          {
            method: 'GET',
            path: '/ws/orders',
            headers,
            setupRequest: (req) => ({
              ...req,
              headers: { ...headers, authorization: `Basic ${keys[next++ % keys.length]}` },
            }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

function summary(r: Result) {
  return {
    requests: r.requests.total,
    reqPerSec: round2(r.requests.average),
    latencyMs: { p50: r.latency.p50, p95: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
  };
}

async function wsOrdersScenario(
  server: Server,
  d: Database,
  o: { connections: number; warmup: number; duration: number; keys: number; orders: number },
) {
  const seller = await pickSeller(d);
  const setup = await ensureOrders(server, d, seller.id, o.orders);
  const [{ n: orders }] = (await d.rows<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM orders WHERE seller_id = ${seller.id}`,
  )) as [{ n: number }];
  const keys = await newKeys(d, seller.id, o.keys, `bench ws-orders ${Date.now().toString(36)}`);
  // What autovacuum does within a minute of the orders arriving: without it the planner still
  // believes the seller has no orders and sorts all of them instead of walking the index.
  await d.db.execute(sql`ANALYZE orders, order_lines, checkouts, seller_api_keys`);
  const probe = await fetch(`${server.baseUrl}/ws/orders`, { headers: wsHeaders(keys[0]!) });
  const page = (await probe.json()) as { count?: number; results?: unknown[] };
  log(
    `ws-orders: seller #${seller.id}, ${orders} orders, first page ${page.results?.length} of ${page.count}`,
  );
  if (probe.status !== 200) throw new Error(`GET /ws/orders: ${probe.status}`);

  log(`warm-up ${o.warmup} s…`);
  // Every key once through the warm-up, as a live integration's key is: its lookup is cached.
  await cannon(server, keys, o.connections, o.warmup);
  const load = await machineLoad();
  const cpu = cpuMeter(server.child.pid);
  log(`measured ${o.duration} s at ${o.connections} connections over ${keys.length} keys…`);
  const measured = summary(
    await cannon(server, keys.slice(Math.ceil(keys.length / 2)), o.connections, o.duration),
  );
  const usage = cpu();
  log(`service time (1 connection, 3 s)…`);
  const single = summary(await cannon(server, keys.slice(0, 50), 1, 3));
  await sleep(10_000); // let the warm-up keys' windows pass before the single-key run
  log('one key only (5 s): the per-key limit of 200 requests / 10 s');
  const [oneKey] = await newKeys(d, seller.id, 1, 'bench ws-orders single');
  const limited = summary(await cannon(server, [oneKey!], o.connections, 5));
  return {
    seller,
    orders,
    setup,
    pageSize: page.results?.length,
    keys: keys.length,
    machineLoad: load,
    measured: { ...measured, cpu: usage },
    serviceTime: single.latencyMs,
    singleKey: limited,
    target: { metric: 'p99', ms: 50, met: measured.latencyMs.p99 < 50 && measured.non2xx === 0 },
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { flags } = parseArgs(process.argv.slice(2));
  const scenario = stringFlag(flags, 'scenario') ?? 'all';
  if (!['csv', 'ws-orders', 'all'].includes(scenario)) throw new Error(USAGE);
  const num = (k: string, dflt: number) => Number(stringFlag(flags, k) ?? dflt);
  const target = resolveTarget('M', stringFlag(flags, 'database-url'));
  if (target.kind !== 'postgres') throw new Error(`PostgreSQL only: give --database-url.\n${USAGE}`);
  mkdirSync(OUT_DIR, { recursive: true });
  const started = new Date();
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const server = await startServer(target, path.join(OUT_DIR, `sellers-${stamp}.server.log`), SERVER_ENV);
  const d = await openDatabase({ databaseUrl: target.url, dataDir: '', poolSize: 4 });
  const out: Record<string, unknown> = {
    startedAt: started.toISOString(),
    target: describeTarget(target),
    node: process.version,
    cpus: os.cpus().length,
    source: sourceFingerprint(),
  };
  try {
    if (scenario !== 'ws-orders') out.csv = await csvScenario(server, d, num('lines', 15_000));
    if (scenario !== 'csv')
      out.wsOrders = await wsOrdersScenario(server, d, {
        connections: num('connections', 50),
        warmup: num('warmup', 5),
        duration: num('duration', 20),
        keys: num('keys', 1000),
        orders: num('orders', 500),
      });
  } finally {
    await d.close();
    await server.stop();
  }
  const file = path.join(OUT_DIR, `sellers-${stamp}.json`);
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  const csv = out.csv as Awaited<ReturnType<typeof csvScenario>> | undefined;
  const ws = out.wsOrders as Awaited<ReturnType<typeof wsOrdersScenario>> | undefined;
  const lines = [
    `${describeTarget(target)} — ${started.toISOString()} — src \`${(out.source as { srcSha256: string }).srcSha256}\``,
    '',
  ];
  if (csv) {
    lines.push(
      `csv: ${csv.lines} lines (${csv.updates} updates, ${csv.creations} creations) in ${csv.inProcess.seconds} s = ${csv.inProcess.linesPerSec} lines/s, ${csv.inProcess.failed} failed; machine before: ${csv.inProcess.machineLoad.busyPct} % busy, load ${csv.inProcess.machineLoad.loadAvg.join(' ')}`,
      `csv over HTTP: ${csv.http2000.lines} lines in ${csv.http2000.seconds} s = ${csv.http2000.linesPerSec} lines/s; ${csv.httpRefusal.lines} lines → ${csv.httpRefusal.status}`,
    );
  }
  if (ws) {
    const m = ws.measured;
    lines.push(
      `ws-orders: ${m.reqPerSec} req/s, p50 ${fmtMs(m.latencyMs.p50)}, p97.5 ${fmtMs(m.latencyMs.p95)}, p99 ${fmtMs(m.latencyMs.p99)}, max ${fmtMs(m.latencyMs.max)}, non-2xx ${m.non2xx}, errors ${m.errors}; server CPU ${m.cpu.serverPct} %; 1-conn p50 ${fmtMs(ws.serviceTime.p50)}; machine before: ${ws.machineLoad.busyPct} % busy, load ${ws.machineLoad.loadAvg.join(' ')}`,
      `ws-orders, one key: ${JSON.stringify(ws.singleKey.statusCodes)} in 5 s`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\nJSON: ${path.relative(REPO_ROOT, file)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
