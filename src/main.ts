import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { assembleDeps, type Deps } from './app/deps.ts';
import { buildHttpApp } from './app/http-app.ts';
import { startJobs } from './app/jobs.ts';
import { sharedRateLimitStore } from './app/rate-limits.ts';
import { createRedisProbe } from './app/readiness-checks.ts';
import { describeStartup } from './app/startup.ts';
import { buildWorkerHttpApp } from './app/worker-http.ts';
import { loadConfig } from './config.ts';
import { createOperatorCommand } from './modules/accounts/operator/create-operator.cli.ts';
import { adjustableClock, systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/client.ts';
import { claimInstallation, installationKind } from './platform/db/installation.ts';
import { migrate } from './platform/db/migrate.ts';
import { createLogger } from './platform/logger.ts';
import { startTracing } from './platform/observability/tracing.ts';
import { loadSecret } from './platform/security/secret.ts';
import { createShutdown } from './platform/shutdown.ts';
import { DEMO_ACCOUNTS } from './seed/demo-accounts.ts';
import { demoSeedVerdict } from './seed/demo-guard.rules.ts';
import { guardDemoSeed } from './seed/demo-guard.ts';
import { seedDemoOrders } from './seed/demo-orders.ts';
import { seedDemo } from './seed/seed-demo.ts';

const USAGE = `Usage: node src/main.ts <command>
  serve [--seed]   migrate, optionally load the demo data, and serve HTTP (jobs run in-process on PGlite)
  worker           run background jobs (PostgreSQL only: PGlite belongs to the serve process)
  migrate          apply database migrations
  seed             load the demo data (idempotent)
  create-operator --email E --name N [--role admin]
                   create the first operator (asks for the password on stdin, or OPERATOR_PASSWORD)`;

async function boot(demo: boolean) {
  // The demo (`npm start`) is a development setup: its local mailbox and tools at /dev.
  const config = loadConfig(demo ? { DEV_TOOLS: 'true', ...process.env } : process.env);
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DB_POOL_SIZE,
  });
  const secret = loadSecret({
    configured: config.SESSION_SECRET,
    dataDir: config.DATABASE_URL ? null : config.DATA_DIR,
    logger,
  });
  return assembleDeps({
    config,
    database,
    clock: config.DEV_TOOLS ? adjustableClock() : systemClock,
    logger,
    secret,
  });
}

/**
 * Production never gets the demo data: refuse before reading the configuration, whatever else is
 * wrong with it, after migrating so the refused database is a valid, empty Reloop database.
 */
async function refuseDemoInProduction(): Promise<never> {
  const verdict = demoSeedVerdict({
    nodeEnv: 'production',
    installation: null,
    hasAccountsOrSellers: false,
    hasDemoAdmin: false,
  });
  const message = verdict.ok ? '' : verdict.message;
  try {
    const database = await openDatabase({
      databaseUrl: process.env.DATABASE_URL || undefined,
      dataDir: process.env.DATA_DIR || './data',
      poolSize: 1,
    });
    await migrate(database);
    await database.close();
  } catch {
    // The refusal stands whether or not the database could be reached.
  }
  console.error(`\n  ${message}\n`);
  process.exit(2);
}

async function seed(deps: Deps) {
  const verdict = await guardDemoSeed(deps.db, { nodeEnv: deps.config.NODE_ENV, now: deps.clock.now() });
  if (!verdict.ok) {
    console.error(`\n  ${verdict.message}\n`);
    await deps.database.close().catch(() => {});
    process.exit(2);
  }
  const started = performance.now();
  const loaded = await seedDemo({ db: deps.db, clock: deps.clock });
  await seedDemoOrders(deps);
  deps.logger.info(
    { loaded, ms: Math.round(performance.now() - started) },
    loaded ? 'demo data loaded' : 'demo data already present',
  );
}

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (!command || !['serve', 'worker', 'migrate', 'seed', 'create-operator'].includes(command)) {
    console.error(USAGE);
    process.exit(command ? 1 : 0);
  }
  const demo = command === 'seed' || flags.includes('--seed');
  if (demo && process.env.NODE_ENV === 'production') await refuseDemoInProduction();
  const deps = await boot(demo);
  // A one-shot command's end.
  const shutdown = async (code = 0) => {
    await deps.cacheBus.close().catch(() => {});
    await deps.database.close().catch(() => {});
    process.exit(code);
  };
  // SIGTERM / SIGINT: drain HTTP, then close what was opened, last opened first (platform/shutdown.ts).
  const lifecycle = createShutdown({ logger: deps.logger, timeoutMs: deps.config.SHUTDOWN_TIMEOUT_MS });
  lifecycle.onClose('database', () => deps.database.close());
  lifecycle.onClose('cache bus', () => deps.cacheBus.close());
  lifecycle.listen();

  await migrate(deps.database);
  if (command === 'migrate') {
    deps.logger.info('migrations applied');
    return shutdown();
  }
  if (command === 'create-operator') {
    const code = await createOperatorCommand(deps, flags);
    // The first operator makes this a real installation: the demo seed refuses it from now on.
    if (code === 0) await claimInstallation(deps.db, 'production', deps.clock.now());
    return shutdown(code);
  }
  if (demo) await seed(deps);
  const installation =
    demo || deps.config.NODE_ENV !== 'production'
      ? await installationKind(deps.db)
      : await claimInstallation(deps.db, 'production', deps.clock.now());
  if (command === 'seed') return shutdown();

  if (command === 'worker') {
    if (deps.database.engine === 'pglite') {
      deps.logger.error(
        'The worker needs PostgreSQL (set DATABASE_URL). With the embedded database, jobs run inside `serve`.',
      );
      return shutdown(1);
    }
    const jobRunner = startJobs(deps);
    lifecycle.onClose('jobs', () => jobRunner.stop());
    const metricsPort = deps.config.WORKER_METRICS_PORT;
    if (metricsPort) {
      const app = buildWorkerHttpApp(deps, { isDraining: () => lifecycle.draining });
      lifecycle.serve(serve({ fetch: app.fetch, port: metricsPort, hostname: deps.config.HOST }) as Server);
    }
    deps.logger.info({ metricsPort }, 'worker started');
    return;
  }

  // Before the app is built: its request middleware opens a span per request once the SDK is in.
  const tracing = await startTracing(process.env, deps.logger);
  if (tracing) lifecycle.onClose('tracing', () => tracing.shutdown());
  const redisUrl = deps.config.REDIS_URL;
  const redis = redisUrl ? createRedisProbe(redisUrl) : null;
  if (redis) lifecycle.onClose('redis (readiness)', () => redis.close());
  const rateLimitStore = sharedRateLimitStore(deps);
  lifecycle.onClose('rate-limit store', () => rateLimitStore.close?.());
  const app = buildHttpApp(deps, {
    rateLimitStore,
    operations: { isDraining: () => lifecycle.draining, redis },
  });
  const jobRunner = deps.database.engine === 'pglite' ? startJobs(deps) : null;
  if (jobRunner) lifecycle.onClose('jobs', () => jobRunner.stop());
  const server = serve({ fetch: app.fetch, port: deps.config.PORT, hostname: deps.config.HOST }, (info) => {
    const url =
      deps.config.PUBLIC_URL ?? `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`;
    deps.logger.info({ url, engine: deps.database.engine }, 'Reloop is running');
    console.log(`\n  Reloop is running at ${url}/\n`);
    for (const line of describeStartup(deps.config, {
      engine: deps.database.engine,
      demo: installation === 'demo',
    }))
      console.log(`  ${line}`);
    console.log('');
    if (demo) {
      console.log('  Demo sign-ins (email / password):');
      for (const a of DEMO_ACCOUNTS) console.log(`    ${a.kind.padEnd(9)} ${a.email} / ${a.password}`);
      console.log(`  Operator console: ${url}/console   Reloop Pro: ${url}/pro/fr-fr`);
      if (!deps.config.SMTP_URL) console.log(`  Emails sent stay in the local mailbox: ${url}/dev/mail\n`);
    }
  });
  lifecycle.serve(server as Server);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
