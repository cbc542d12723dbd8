/**
 * `GET /ws/orders` under load, as the demo seller's integration polls it (issue 17), against a
 * running server — the peer harness's (`../shared/peers/reloop/setup.sh start`) or any other.
 *
 *   node bench/ws-orders.ts --base-url http://127.0.0.1:9100 --database-url postgres://…/reloop_peer
 *                           [--connections 50] [--warmup 5] [--duration 20] [--keys 1000] [--server-pid N]
 *
 * The seller is the one of the documented demo key (DEMO_SELLER_API_KEY). `/ws` allows 200
 * requests per 10 s per key and has no switch, so --keys more keys of that seller are created in
 * the database (and the demo key joins them); requests rotate over them, each key staying under
 * its limit, and the warm-up passes every key once, as a live key is (its lookup is cached).
 * Latencies are exact (every 2xx response time kept). Target: p99 < 50 ms at 50 connections.
 *
 * Prints one markdown line on stdout, progress on stderr, JSON in bench/out/ws-orders-<time>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { authenticateApiKey, createApiKey, DEMO_SELLER_API_KEY } from '../src/modules/seller-api/api-keys.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { cpuMeter, fmtMs, machineLoad, percentile, round2 } from './support.ts';
import { parseArgs, REPO_ROOT, stringFlag } from './tiers.ts';

const USAGE =
  'usage: node bench/ws-orders.ts --base-url URL --database-url URL [--connections 50] [--warmup 5] ' +
  '[--duration 20] [--keys 1000] [--server-pid N]';
const log = (msg: string) => process.stderr.write(`${msg}\n`);

const { flags: args } = parseArgs(process.argv.slice(2));
const baseUrl = stringFlag(args, 'base-url')?.replace(/\/$/, '');
const databaseUrl = stringFlag(args, 'database-url') ?? process.env.DATABASE_URL;
if (!baseUrl || !databaseUrl) throw new Error(USAGE);
const num = (name: string, fallback: number) => Number(stringFlag(args, name) ?? fallback);
const connections = num('connections', 50);
const warmupS = num('warmup', 5);
const durationS = num('duration', 20);
const keyCount = num('keys', 1000);
const serverPid = stringFlag(args, 'server-pid') ? Number(stringFlag(args, 'server-pid')) : undefined;

const database = await openDatabase({ databaseUrl, dataDir: '', poolSize: 2 });
const demo = await authenticateApiKey(database.db, DEMO_SELLER_API_KEY, new Date());
if (!demo) throw new Error('The demo API key is unknown here: run the demo seed (npm run seed) first');
const [{ orders }] = (await database.rows<{ orders: number }>(
  sql`SELECT count(*)::int AS orders FROM orders WHERE seller_id = ${demo.sellerId}`,
)) as [{ orders: number }];
log(`seller #${demo.sellerId} (demo key), ${orders} orders; creating ${keyCount} API keys…`);
const tag = Date.now().toString(36);
const keys = [DEMO_SELLER_API_KEY];
for (let i = 0; i < keyCount; i++) {
  const key = await createApiKey(database.db, {
    sellerId: demo.sellerId,
    name: `bench ws-orders ${tag} ${i + 1}`,
    createdBy: null,
    now: new Date(),
  });
  keys.push(key.token);
}
// The local PostgreSQL runs without autovacuum: plan the order list on what the tables hold now.
await database.rows(sql`ANALYZE orders, order_lines, checkouts, seller_api_keys`);
await database.close();

const headers = { 'user-agent': 'Reloop-Bench;bench@reloop.example', 'accept-language': 'fr-fr' };
const probe = await fetch(`${baseUrl}/ws/orders`, {
  headers: { ...headers, authorization: `Basic ${DEMO_SELLER_API_KEY}` },
});
const page = (await probe.json()) as { count?: number; results?: unknown[] };
if (probe.status !== 200) throw new Error(`GET /ws/orders: ${probe.status} ${JSON.stringify(page)}`);
log(`first page: ${page.results?.length} of ${page.count} orders`);

/** One autocannon run over `pool` keys; every response time kept. */
function run(pool: string[], conns: number, seconds: number) {
  let next = 0;
  const latencies: number[] = [];
  const status: Record<number, number> = {};
  return new Promise<{ latencies: number[]; status: Record<number, number>; errors: number }>(
    (resolve, reject) => {
      const instance = autocannon(
        {
          url: baseUrl!,
          connections: conns,
          duration: seconds,
          timeout: 30,
          requests: [
            {
              method: 'GET',
              path: '/ws/orders',
              headers,
              setupRequest: (req) => ({
                ...req,
                headers: { ...headers, authorization: `Basic ${pool[next++ % pool.length]}` },
              }),
            },
          ],
        },
        (err, result) =>
          err ? reject(err) : resolve({ latencies, status, errors: result.errors + result.timeouts }),
      );
      instance.on('response', (_client: unknown, code: number, _bytes: number, ms: number) => {
        status[code] = (status[code] ?? 0) + 1;
        if (code >= 200 && code < 300) latencies.push(ms);
      });
    },
  );
}

log(`warm-up ${warmupS} s (every key once)…`);
await run(keys, connections, warmupS);
const load = await machineLoad();
log(`measured ${durationS} s at ${connections} connections over ${keys.length} keys…`);
const cpu = cpuMeter(serverPid);
const measured = await run(keys, connections, durationS);
const usage = cpu();
const sorted = Float64Array.from(measured.latencies).sort();
const responses = Object.values(measured.status).reduce((a, b) => a + b, 0);
const result = {
  scenario: 'ws_orders',
  sellerId: demo.sellerId,
  orders,
  pageSize: page.results?.length,
  keys: keys.length,
  connections,
  warmupS,
  durationS,
  reqPerSec: round2(responses / durationS),
  latencyMs: {
    p50: round2(percentile(sorted, 50)),
    p99: round2(percentile(sorted, 99)),
    max: round2(percentile(sorted, 100)),
  },
  status: measured.status,
  errors: measured.errors,
  cpu: usage,
  machineBefore: load,
  target: { p99Ms: 50, met: percentile(sorted, 99) < 50 && responses === measured.latencies.length },
};
const outDir = path.join(REPO_ROOT, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `ws-orders-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `| GET /ws/orders, ${connections} connections, ${keys.length} keys of seller #${demo.sellerId} (${orders} orders) | ` +
    `${result.reqPerSec.toLocaleString('en-US')} req/s, p50 ${fmtMs(result.latencyMs.p50)}, p99 ${fmtMs(result.latencyMs.p99)}, ` +
    `non-2xx ${responses - measured.latencies.length}, server CPU ${usage.serverPct ?? '—'} % | p99 < 50 ms ${result.target.met ? '✅' : '❌'} |`,
);
log(`JSON: ${path.relative(REPO_ROOT, file)}`);
