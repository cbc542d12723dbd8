import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/platform/db/client.ts';
import { formatDuration } from './progress.ts';
import {
  machineTicks,
  percentile,
  processTicks,
  type Server,
  sourceFingerprint,
  startServer as startBenchServer,
} from './support.ts';
import {
  describeTarget,
  parseArgs,
  parseTier,
  REPO_ROOT,
  resolveTarget,
  stringFlag,
  type Target,
  type TierName,
} from './tiers.ts';

const USAGE =
  'usage: node bench/run.ts --tier S|M|L [--database-url URL] [--connections 50] [--warmup 10] [--duration 20] ' +
  '[--scenarios floor,detail,ssr,search,reviews-ssr,reviews-api] [--cache-ttl-ms N]';

const OUT_DIR = path.join(REPO_ROOT, 'bench', 'out');
const MARKET = 'fr-fr';
const SEARCH_QUERIES = [
  // brand
  'apple',
  'samsung',
  // model
  'iphone 13',
  'galaxy s22',
  'macbook air',
  // typo
  'iphnoe 13',
  'samsng galaxy',
  'macbok',
];
const SERVICE_TIME_SECONDS = 3;

type ScenarioKey = 'floor' | 'detail' | 'ssr' | 'search' | 'reviews-ssr' | 'reviews-api';
type LatencyTarget = { metric: 'p95' | 'p99'; ms: number };
type Scenario = { key: ScenarioKey; label: string; paths: string[]; target?: LatencyTarget };

type Measured = {
  requests: number;
  durationS: number;
  reqPerSec: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  cpu: { serverPct: number | null; loadGeneratorPct: number; machinePct: number | null };
};

type ScenarioResult = {
  key: ScenarioKey;
  label: string;
  examplePath: string;
  distinctPaths: number;
  status: 'ok' | 'unavailable';
  note?: string;
  measured?: Measured;
  serviceTimeMs?: { p50: number; p95: number };
  vsFloor?: { p95: number; p99: number };
  target?: LatencyTarget & { met: boolean };
};

// ---------------------------------------------------------------------------------------------
// Dataset

type Sample = { slug: string; id: string };

async function sampleProducts(
  target: Target,
): Promise<{ sample: Sample[]; reviewed: Sample[]; counts: Record<string, number> }> {
  if (target.kind === 'pglite' && !existsSync(path.join(target.dataDir, 'pg'))) {
    throw new Error(`No dataset in ${target.dataDir}: run \`node bench/generate.ts <tier>\` first.`);
  }
  // PGlite allows one process per directory: read what we need, then close before the server starts.
  const database = await openDatabase(
    target.kind === 'postgres'
      ? { databaseUrl: target.url, dataDir: '', poolSize: 1 }
      : { dataDir: target.dataDir },
  );
  try {
    const [counts] = await database.rows<Record<string, number>>(sql`
      SELECT (SELECT count(*) FROM products)::int AS products,
             (SELECT count(*) FROM offers)::int AS offers,
             (SELECT count(*) FROM offer_prices)::int AS offer_prices,
             (SELECT count(*) FROM sellers)::int AS sellers`);
    if (!counts || counts.products === 0)
      throw new Error('The dataset has no products: run bench/generate.ts first.');
    const sample = await database.rows<Sample>(
      sql`SELECT slug, id FROM products ORDER BY random() LIMIT 200`,
    );
    // The products bench/reviews.ts gave 2,000 published reviews (none: the review scenarios are skipped).
    const reviewed = await database.rows<Sample>(sql`
      SELECT p.slug, p.id FROM products p
      WHERE (SELECT count(*) FROM reviews r WHERE r.product_id = p.id AND r.status = 'published') >= 2000
      ORDER BY p.slug LIMIT 20`);
    return { sample, reviewed, counts };
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Server process

/** The shared server start (bench/support.ts) with this benchmark's defaults. */
function startServer(target: Target, logFile: string, extraEnv: Record<string, string>): Promise<Server> {
  return startBenchServer(target, logFile, {
    SESSION_SECRET: 'bench-only-secret-bench-only-secret-0123',
    // The anti-scraping limiter stays in the hot path (its cost is measured) but never refuses:
    // autocannon sends everything from one IP.
    RATE_LIMIT_ANON_PER_MIN: process.env.RATE_LIMIT_ANON_PER_MIN ?? '100000000',
    ...extraEnv,
  });
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc), to see who saturates the 2 cores

const CLK_TCK = 100;

function processRssMb(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Load

const round2 = (x: number) => Math.round(x * 100) / 100;

/** One autocannon run over `paths` (rotated through a shared counter), with every 2xx latency kept. */
async function load(
  baseUrl: string,
  paths: string[],
  connections: number,
  durationS: number,
  serverPid: number | undefined,
): Promise<Measured> {
  let next = 0;
  const latencies: number[] = [];
  const cpu0 = process.cpuUsage();
  const srv0 = processTicks(serverPid);
  const m0 = machineTicks();
  const t0 = performance.now();
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration: durationS,
    timeout: 30,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          req.path = paths[next++ % paths.length]!;
          return req;
        },
      },
    ],
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
  });
  const result: Result = await instance;
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const srv1 = processTicks(serverPid);
  const m1 = machineTicks();

  const sorted = Float64Array.from(latencies).sort();
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, Number(v.count)]),
  );
  const responses = Object.values(statusCodes).reduce((a, b) => a + b, 0);
  const measuredS = result.duration || wallS;
  return {
    requests: responses,
    durationS: round2(measuredS),
    reqPerSec: round2(responses / measuredS),
    latencyMs: {
      p50: round2(percentile(sorted, 50)),
      p95: round2(percentile(sorted, 95)),
      p99: round2(percentile(sorted, 99)),
      max: round2(sorted.length ? sorted[sorted.length - 1]! : Number.NaN),
      mean: round2(sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    cpu: {
      serverPct: srv0 !== null && srv1 !== null ? Math.round(((srv1 - srv0) / CLK_TCK / wallS) * 100) : null,
      loadGeneratorPct: Math.round(((cpu.user + cpu.system) / 1e6 / wallS) * 100),
      machinePct: m0 && m1 ? Math.round(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100) : null,
    },
  };
}

/**
 * When autocannon stops, the requests still in flight stay queued in the server (it does not
 * abort handlers on client disconnect). Wait until /healthz answers quickly again, so the next
 * run does not start behind the previous run's backlog.
 */
async function drain(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const t0 = performance.now();
    const status = await probe(baseUrl, '/healthz');
    if (status === 200 && performance.now() - t0 < 50) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Share of the machine's CPU busy over `ms` (other processes skew every figure on 2 cores). */
async function machineBusyPct(ms: number): Promise<number | null> {
  const a = machineTicks();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineTicks();
  return a && b ? Math.round(((b.busy - a.busy) / (b.total - a.total)) * 100) : null;
}

async function probe(baseUrl: string, p: string): Promise<number> {
  try {
    const res = await fetch(`${baseUrl}${p}`, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtMs = (x: number | undefined) =>
  x === undefined || Number.isNaN(x)
    ? '—'
    : x >= 100
      ? `${Math.round(x).toLocaleString('en-US')} ms`
      : `${x.toFixed(1)} ms`;
const fmtRatio = (x: number | undefined) =>
  x === undefined || !Number.isFinite(x) ? '—' : `${x.toFixed(1)}×`;

function markdownTable(results: ScenarioResult[]): string {
  const head =
    '| Scenario | req/s | p50 | p95 | p99 | max | errors / non-2xx | p95 ÷ floor | p99 ÷ floor | 1-conn p50 | server CPU | target |';
  const sep = '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|';
  const rows = results.map((r) => {
    if (r.status !== 'ok' || !r.measured)
      return `| ${r.label} | ${r.note ?? 'unavailable'} | | | | | | | | | | |`;
    const m = r.measured;
    const target = r.target ? `${r.target.metric} < ${r.target.ms} ms ${r.target.met ? '✅' : '❌'}` : '';
    return [
      '',
      r.label,
      Math.round(m.reqPerSec).toLocaleString('en-US'),
      fmtMs(m.latencyMs.p50),
      fmtMs(m.latencyMs.p95),
      fmtMs(m.latencyMs.p99),
      fmtMs(m.latencyMs.max),
      `${m.errors} / ${m.non2xx}`,
      r.key === 'floor' ? '1.0×' : fmtRatio(r.vsFloor?.p95),
      r.key === 'floor' ? '1.0×' : fmtRatio(r.vsFloor?.p99),
      fmtMs(r.serviceTimeMs?.p50),
      m.cpu.serverPct === null ? '—' : `${m.cpu.serverPct} %`,
      target,
      '',
    ]
      .join(' | ')
      .trim();
  });
  return [head, sep, ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { flags } = parseArgs(process.argv.slice(2), ['help']);
  if (flags.has('help') || !flags.has('tier')) {
    console.error(USAGE);
    process.exit(flags.has('help') ? 0 : 2);
  }
  const tier: TierName = parseTier(stringFlag(flags, 'tier'));
  const target = resolveTarget(tier, stringFlag(flags, 'database-url'));
  const positive = (name: string, fallback: number, min = 1): number => {
    const v = Number(stringFlag(flags, name) ?? fallback);
    if (!Number.isInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
    return v;
  };
  const connections = positive('connections', 50);
  const warmupS = positive('warmup', 10, 0);
  const durationS = positive('duration', 20);
  const cacheTtlMs = stringFlag(flags, 'cache-ttl-ms');
  if (cacheTtlMs !== undefined) positive('cache-ttl-ms', 0, 0);
  const only = stringFlag(flags, 'scenarios')
    ?.split(',')
    .map((s) => s.trim());
  const KEYS = ['floor', 'detail', 'ssr', 'search', 'reviews-ssr', 'reviews-api'];
  const unknown = only?.filter((k) => !KEYS.includes(k)) ?? [];
  if (unknown.length)
    throw new Error(`Unknown scenario(s) ${unknown.join(', ')}: expected ${KEYS.join(', ')}`);
  const log = (msg: string) => process.stderr.write(`${msg}\n`);

  const startedAt = new Date();
  const source = sourceFingerprint();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  mkdirSync(OUT_DIR, { recursive: true });

  log(`Tier ${tier} → ${describeTarget(target)}`);
  const idleBusyPct = await machineBusyPct(2000);
  const loadAvg = os.loadavg().map((x) => round2(x));
  log(`Machine before the run: ${idleBusyPct ?? '?'} % CPU busy, load average ${loadAvg.join(' ')}`);
  if (idleBusyPct !== null && idleBusyPct > 20) {
    log(
      `warning: the machine is already ${idleBusyPct} % busy without load; figures will be skewed by other processes.`,
    );
  }
  const { sample, reviewed, counts } = await sampleProducts(target);
  log(
    `Dataset: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
      .join(', ')}; ${sample.length} sampled products`,
  );

  const scenarios: Scenario[] = [
    { key: 'floor', label: 'floor (PK lookup)', paths: sample.map((p) => `/api/v1/_bench/floor?id=${p.id}`) },
    {
      key: 'detail',
      label: 'product detail API',
      paths: sample.map((p) => `/api/v1/products/${encodeURIComponent(p.slug)}?market=${MARKET}`),
      target: { metric: 'p99', ms: 30 },
    },
    {
      key: 'ssr',
      label: 'product page SSR',
      paths: sample.map((p) => `/${MARKET}/p/${encodeURIComponent(p.slug)}`),
      target: { metric: 'p95', ms: 80 },
    },
    {
      key: 'search',
      label: 'search API',
      paths: SEARCH_QUERIES.map((q) => `/api/v1/products?market=${MARKET}&q=${encodeURIComponent(q)}`),
      target: { metric: 'p95', ms: 50 },
    },
    {
      key: 'reviews-ssr',
      label: 'product page SSR, 2,000 reviews',
      paths: reviewed.map((p) => `/${MARKET}/p/${encodeURIComponent(p.slug)}`),
      target: { metric: 'p95', ms: 80 },
    },
    {
      key: 'reviews-api',
      label: 'reviews API, 2,000 reviews',
      paths: reviewed.flatMap((p) =>
        ['relevance', 'recent', 'highest', 'lowest'].flatMap((sort) =>
          ['', '&stars=5', '&withPhotos=true'].map(
            (filter) =>
              `/api/v1/products/${encodeURIComponent(p.slug)}/reviews?market=${MARKET}&sort=${sort}${filter}`,
          ),
        ),
      ),
      target: { metric: 'p99', ms: 30 },
    },
  ].filter((s) => (!only || only.includes(s.key)) && s.paths.length > 0) as Scenario[];

  const logFile = path.join(OUT_DIR, `${stamp}-server.log`);
  log(`Starting the server (log: ${path.relative(process.cwd(), logFile)})…`);
  const bootStart = performance.now();
  const serverEnv: Record<string, string> = {};
  if (cacheTtlMs !== undefined) serverEnv.CATALOG_CACHE_TTL_MS = cacheTtlMs;
  const server = await startServer(target, logFile, serverEnv);
  const bootMs = performance.now() - bootStart;
  log(`Server up at ${server.baseUrl} in ${formatDuration(bootMs)} (pid ${server.child.pid})`);
  const onSignal = () => {
    void server.stop().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results: ScenarioResult[] = [];
  try {
    for (const s of scenarios) {
      const base: ScenarioResult = {
        key: s.key,
        label: s.label,
        examplePath: s.paths[0]!,
        distinctPaths: s.paths.length,
        status: 'ok',
      };
      const status = await probe(server.baseUrl, s.paths[0]!);
      if (status === 404 || status === 0) {
        const note = status === 0 ? 'no answer' : 'route missing (404)';
        log(`${s.label}: ${note} for ${s.paths[0]} — skipped`);
        results.push({ ...base, status: 'unavailable', note });
        continue;
      }
      if (status >= 300) log(`${s.label}: warning, probe answered ${status} for ${s.paths[0]}`);
      if (warmupS > 0) {
        log(`${s.label}: warm-up ${warmupS} s…`);
        await load(server.baseUrl, s.paths, connections, warmupS, server.child.pid);
        await drain(server.baseUrl);
      }
      log(`${s.label}: measuring ${durationS} s at ${connections} connections…`);
      const measured = await load(server.baseUrl, s.paths, connections, durationS, server.child.pid);
      await drain(server.baseUrl);
      log(`${s.label}: single-connection service time ${SERVICE_TIME_SECONDS} s…`);
      const single = await load(server.baseUrl, s.paths, 1, SERVICE_TIME_SECONDS, server.child.pid);
      await drain(server.baseUrl);
      log(
        `${s.label}: ${Math.round(measured.reqPerSec)} req/s, p50 ${fmtMs(measured.latencyMs.p50)}, p95 ${fmtMs(measured.latencyMs.p95)}, ` +
          `p99 ${fmtMs(measured.latencyMs.p99)}, errors ${measured.errors}, non-2xx ${measured.non2xx}, ` +
          `CPU server ${measured.cpu.serverPct ?? '?'} % / autocannon ${measured.cpu.loadGeneratorPct} % / machine ${measured.cpu.machinePct ?? '?'} %`,
      );
      results.push({
        ...base,
        measured,
        serviceTimeMs: { p50: single.latencyMs.p50, p95: single.latencyMs.p95 },
      });
    }
  } finally {
    const rssMb = processRssMb(server.child.pid);
    await server.stop();
    if (rssMb !== null) log(`Server RSS at the end: ${rssMb} MB`);
  }

  const floor = results.find((r) => r.key === 'floor' && r.measured)?.measured;
  for (const r of results) {
    const scenario = scenarios.find((s) => s.key === r.key)!;
    if (!r.measured) continue;
    if (floor && r.key !== 'floor') {
      r.vsFloor = {
        p95: round2(r.measured.latencyMs.p95 / floor.latencyMs.p95),
        p99: round2(r.measured.latencyMs.p99 / floor.latencyMs.p99),
      };
    }
    if (scenario.target) {
      const value = r.measured.latencyMs[scenario.target.metric];
      r.target = {
        ...scenario.target,
        met: value < scenario.target.ms && r.measured.errors === 0 && r.measured.non2xx === 0,
      };
    }
  }

  const report = {
    startedAt: startedAt.toISOString(),
    tier,
    database: describeTarget(target),
    engine: target.kind,
    dataset: counts,
    options: {
      catalogCacheTtlMs: cacheTtlMs === undefined ? 'server default' : Number(cacheTtlMs),
      connections,
      warmupS,
      durationS,
      serviceTimeS: SERVICE_TIME_SECONDS,
      market: MARKET,
      searchQueries: SEARCH_QUERIES,
    },
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    machineBefore: { busyPct: idleBusyPct, loadAvg },
    source,
    serverBootMs: Math.round(bootMs),
    scenarios: results,
  };
  const jsonFile = path.join(OUT_DIR, `${stamp}.json`);
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);

  const table = markdownTable(results);
  process.stdout.write(
    `\n### Tier ${tier} — ${target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} — ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC\n\n` +
      `${counts.products?.toLocaleString('en-US')} products, ${counts.offers?.toLocaleString('en-US')} offers, ` +
      `${counts.sellers?.toLocaleString('en-US')} sellers; ${connections} connections, ${warmupS} s warm-up + ${durationS} s measured; ` +
      `src ${source.srcSha256}; catalog cache TTL ${cacheTtlMs === undefined ? 'server default' : `${cacheTtlMs} ms`}; node ${process.version}, ${os.cpus().length} cores; machine ${idleBusyPct ?? '?'} % busy before the run.\n\n${table}\n\n`,
  );
  log(`JSON: ${path.relative(process.cwd(), jsonFile)}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
