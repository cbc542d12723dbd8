import { serve } from '@hono/node-server';
import { assembleDeps, type Deps } from './app/deps.ts';
import { buildHttpApp } from './app/http-app.ts';
import { jobsFor } from './app/jobs.ts';
import { loadConfig } from './config.ts';
import { createOperatorCommand } from './modules/accounts/operator/create-operator.cli.ts';
import { adjustableClock, systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import { startJobs } from './platform/jobs.ts';
import { createLogger } from './platform/logger.ts';
import { loadSecret } from './platform/security/secret.ts';
import { DEMO_ACCOUNTS } from './seed/demo-accounts.ts';
import { seedDemoOrders } from './seed/demo-orders.ts';
import { seedDemo } from './seed/seed-demo.ts';

const USAGE = `Usage: node src/main.ts <command>
  serve [--seed]   migrate, optionally load the demo data, and serve HTTP (jobs run in-process on PGlite)
  worker           run background jobs (PostgreSQL only: PGlite belongs to the serve process)
  migrate          apply database migrations
  seed             load the demo data (idempotent)
  create-operator --email E --name N [--role admin]
                   create the first operator (asks for the password on stdin, or OPERATOR_PASSWORD)`;

async function boot() {
  const config = loadConfig();
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

async function seed(deps: Deps) {
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
  const deps = await boot();
  const shutdown = async (code = 0) => {
    await deps.database.close().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  await migrate(deps.database);
  if (command === 'migrate') {
    deps.logger.info('migrations applied');
    return shutdown();
  }
  if (command === 'create-operator') return shutdown(await createOperatorCommand(deps, flags));
  if (command === 'seed' || flags.includes('--seed')) await seed(deps);
  if (command === 'seed') return shutdown();

  if (command === 'worker') {
    if (deps.database.engine === 'pglite') {
      deps.logger.error(
        'The worker needs PostgreSQL (set DATABASE_URL). With the embedded database, jobs run inside `serve`.',
      );
      return shutdown(1);
    }
    startJobs(jobsFor(deps), deps.logger);
    deps.logger.info('worker started');
    return;
  }

  const app = buildHttpApp(deps);
  if (deps.database.engine === 'pglite') startJobs(jobsFor(deps), deps.logger);
  serve({ fetch: app.fetch, port: deps.config.PORT, hostname: deps.config.HOST }, (info) => {
    const url =
      deps.config.PUBLIC_URL ?? `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`;
    deps.logger.info({ url, engine: deps.database.engine }, 'Reloop is running');
    console.log(`\n  Reloop is running at ${url}/\n`);
    if (flags.includes('--seed')) {
      console.log('  Demo sign-ins (email / password):');
      for (const a of DEMO_ACCOUNTS) console.log(`    ${a.kind.padEnd(9)} ${a.email} / ${a.password}`);
      console.log(`  Operator console: ${url}/console   Reloop Pro: ${url}/pro/fr-fr`);
      if (!deps.config.SMTP_URL) console.log(`  Emails sent stay in the local mailbox: ${url}/dev/mail\n`);
    }
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
