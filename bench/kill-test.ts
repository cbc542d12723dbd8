/**
 * The kill test of issue 17 through the load balancer: deploy/stack.sh brings up nginx + SERVE
 * `serve` + 1 `worker` on a database of its own (demo data, production settings: NODE_ENV=production
 * with BENCHMARK=true), buyers check out through nginx, and at --kill-at seconds one `serve`
 * process AND the worker are killed with SIGKILL; --restart-after seconds later both are started
 * again. Clients retry 502 / 503 / 504 / no answer with the same Idempotency-Key.
 *
 *   node bench/kill-test.ts [--database-url postgres://postgres@127.0.0.1:5432/postgres] [--clients 32]
 *                           [--duration 40] [--kill-at 10] [--restart-after 5] [--serve 2] [--keep]
 *
 * Reports (markdown on stdout, JSON in bench/out/kill-test-<time>.json): requests and errors per
 * second, the time from the kill to the last error, the clients' outcomes, and the crash test's
 * invariants after the app's stalled-payment recovery. Exits 1 when an invariant fails. Needs
 * nginx, PostgreSQL (the URL names any database of the server: the test creates and drops its own)
 * and Redis (REDIS_URL, default redis://127.0.0.1:6379/15).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PLATFORM_IDENTITY } from '../src/config.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { errorTimeline, recoveryMs, runCheckoutClients } from './checkout-clients.ts';
import { baseline, invariants, recoverStalledPayments, stockOffers } from './invariants.ts';
import { createDatabase, dropDatabase, stackCommand, stackEnv, stackPorts } from './stack-control.ts';
import { machineLoad } from './support.ts';
import { parseArgs, REPO_ROOT, stringFlag } from './tiers.ts';

const USAGE =
  'usage: node bench/kill-test.ts [--database-url URL] [--clients 32] [--duration 40] [--kill-at 10] ' +
  '[--restart-after 5] [--serve 2] [--keep]';
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { flags } = parseArgs(process.argv.slice(2), ['help', 'keep']);
  if (flags.has('help')) {
    console.error(USAGE);
    return;
  }
  const int = (name: string, fallback: number) => {
    const v = Number(stringFlag(flags, name) ?? fallback);
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer\n${USAGE}`);
    return v;
  };
  const o = {
    clients: int('clients', 32),
    durationS: int('duration', 40),
    killAtS: int('kill-at', 10),
    restartAfterS: int('restart-after', 5),
    serve: int('serve', 2),
  };
  if (o.killAtS + o.restartAfterS >= o.durationS)
    throw new Error('--kill-at + --restart-after must be < --duration');
  const adminUrl =
    stringFlag(flags, 'database-url') ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres';
  const startedAt = new Date();
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const dbName = `reloop_kill_${process.pid}`;
  const stackDir = mkdtempSync(path.join(os.tmpdir(), 'reloop-kill-'));
  const { stackPort, servePortBase } = await stackPorts(o.serve + 1); // + the worker's
  const dbUrl = await createDatabase(adminUrl, dbName);
  const env = stackEnv({
    ...DEMO_PLATFORM_IDENTITY,
    DATABASE_URL: dbUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/15',
    STACK_DIR: stackDir,
    STACK_PORT: String(stackPort),
    SERVE_PORT_BASE: String(servePortBase),
    SERVE: String(o.serve),
    WORKERS: '1',
    NODE_ENV: 'production',
    BENCHMARK: 'true',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_ANON_PER_MIN: '0',
    RATE_LIMIT_WRITES_PER_MIN: '0',
    RATE_LIMIT_AUTH_PER_15_MIN: '0',
  });
  const stack = (...args: string[]) => stackCommand(env, ...args);
  const database = await openDatabase({ databaseUrl: dbUrl, dataDir: '', poolSize: 2 });
  try {
    log(`Stack: nginx + ${o.serve} serve + 1 worker on ${dbName} (logs in ${stackDir})…`);
    log((await stack('up', '--seed')).trim());
    const offerIds = await stockOffers(database, 1_000, 1_000_000);
    const base = await baseline(database);
    const machine = await machineLoad();

    log(`${o.clients} clients for ${o.durationS} s; kill -9 of serve-1 and worker-1 at ${o.killAtS} s…`);
    const t0 = performance.now();
    let stopped = false;
    const load = runCheckoutClients({
      baseUrl: `http://127.0.0.1:${stackPort}`,
      offerIds,
      clients: o.clients,
      t0,
      stopped: () => stopped,
      keyPrefix: `kill-${process.pid}`,
    });
    const at = () => performance.now() - t0;
    await sleep(o.killAtS * 1000);
    const killAt = at();
    await Promise.all([stack('kill-serve', '1'), stack('kill-worker', '1')]);
    await sleep(o.restartAfterS * 1000);
    const restartAt = at();
    await Promise.all([stack('restart-serve', '1'), stack('restart-worker', '1')]);
    const restartedAt = at();
    await sleep(Math.max(0, o.durationS * 1000 - at()));
    stopped = true;
    const { attempts, purchases } = await load;
    const wallS = at() / 1000;

    const recovery = await recoverStalledPayments(dbUrl);
    const checks = await invariants(database, base);
    const outcomes: Record<string, number> = {};
    for (const p of purchases) outcomes[p.outcome] = (outcomes[p.outcome] ?? 0) + 1;
    const timeline = errorTimeline(attempts);
    const report = {
      startedAt: startedAt.toISOString(),
      options: o,
      machine,
      wallS,
      killAtS: killAt / 1000,
      restartAtS: restartAt / 1000,
      restartTookS: (restartedAt - restartAt) / 1000,
      requests: attempts.length,
      errors: attempts.filter((a) => a.transient).length,
      backToZeroErrorsS: recoveryMs(attempts, killAt) / 1000,
      purchases: purchases.length,
      paidPerS: (outcomes.succeeded ?? 0) / wallS,
      outcomes,
      retriedCheckouts: purchases.filter((p) => p.tries > 1).length,
      recovery,
      timeline,
      checks,
    };
    mkdirSync(path.join(REPO_ROOT, 'bench', 'out'), { recursive: true });
    const jsonFile = path.join(REPO_ROOT, 'bench', 'out', `kill-test-${stamp}.json`);
    writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(`${markdown(report)}\n`);
    log(`JSON: ${path.relative(process.cwd(), jsonFile)}`);
    if (checks.some((c) => !c.pass)) process.exitCode = 1;
  } finally {
    await stack('down').catch((e: Error) => log(e.message));
    await database.close();
    if (!flags.has('keep')) {
      await dropDatabase(adminUrl, dbName);
      rmSync(stackDir, { recursive: true, force: true });
    } else log(`Kept: database ${dbName}, logs in ${stackDir}`);
  }
}

type Report = {
  startedAt: string;
  options: { clients: number; serve: number };
  machine: { busyPct: number | null; loadAvg: number[] };
  wallS: number;
  killAtS: number;
  restartAtS: number;
  restartTookS: number;
  requests: number;
  errors: number;
  backToZeroErrorsS: number;
  purchases: number;
  paidPerS: number;
  outcomes: Record<string, number>;
  retriedCheckouts: number;
  recovery: { processing: number; released: number };
  timeline: Array<{ s: number; requests: number; errors: number }>;
  checks: Array<{ name: string; pass: boolean; detail: string }>;
};

function markdown(r: Report): string {
  const f1 = (x: number) => x.toFixed(1);
  const lines = [
    `### Kill test — ${r.options.serve} serve + 1 worker behind nginx, ${r.options.clients} clients — ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Machine ${r.machine.busyPct ?? '?'} % busy before the run (load ${r.machine.loadAvg.join(' ')}); node ${process.version}, ${os.cpus().length} cores.`,
    '',
    '| run | kill -9 serve-1 + worker-1 at | restarted at (took) | requests | errors | back to 0 errors after | checkouts | paid/s | retried with the same key | cut (processing → released) |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    `| ${f1(r.wallS)} s | ${f1(r.killAtS)} s | ${f1(r.restartAtS)} s (${f1(r.restartTookS)} s) | ${r.requests} | ${r.errors} | ${f1(r.backToZeroErrorsS)} s | ${r.purchases} | ${f1(r.paidPerS)} | ${r.retriedCheckouts} | ${r.recovery.processing} → ${r.recovery.released} |`,
    '',
    `Outcomes: ${Object.entries(r.outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
    '| second | requests | errors | error rate |',
    '|--:|--:|--:|--:|',
    ...r.timeline.map((t) => {
      const mark =
        t.s === Math.floor(r.killAtS) ? ' ← kill' : t.s === Math.floor(r.restartAtS) ? ' ← restart' : '';
      return `| ${t.s}${mark} | ${t.requests} | ${t.errors} | ${t.requests ? f1((100 * t.errors) / t.requests) : '0.0'} % |`;
    }),
    '',
    '| Check | result | detail |',
    '|---|---|---|',
    ...r.checks.map((c) => `| ${c.name} | ${c.pass ? 'PASS' : 'FAIL'} | ${c.detail} |`),
  ];
  return lines.join('\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${USAGE}\n`);
  process.exit(1);
});
