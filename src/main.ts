import { serve } from '@hono/node-server';
import { loadConfig } from './config.ts';
import { createCatalogReads } from './modules/catalog/catalog-reads.ts';
import { rebuildSearchTerms, refreshPopularity } from './modules/catalog/refresh-popularity.ts';
import { CachedSearchProvider, PostgresSearchProvider } from './modules/catalog/search.ts';
import { systemClock } from './platform/clock.ts';
import { openDatabase } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import type { Deps } from './platform/deps.ts';
import { buildHttpApp } from './platform/http/server.ts';
import { type Job, startJobs } from './platform/jobs.ts';
import { createLogger } from './platform/logger.ts';
import { seedDemo } from './seed/seed-demo.ts';

const USAGE = `Usage: node src/main.ts <command>
  serve [--seed]   migrate, optionally load the demo data, and serve HTTP (jobs run in-process on PGlite)
  worker           run background jobs (PostgreSQL only: PGlite belongs to the serve process)
  migrate          apply database migrations
  seed             load the demo data (idempotent)`;

async function boot() {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolSize: config.DB_POOL_SIZE,
  });
  const deps: Deps = {
    config,
    database,
    db: database.db,
    clock: systemClock,
    logger,
    search: new CachedSearchProvider(new PostgresSearchProvider(database), config.CATALOG_CACHE_TTL_MS),
    reads: createCatalogReads(database.db, config.CATALOG_CACHE_TTL_MS),
  };
  return deps;
}

function jobs(deps: Deps): Job[] {
  return [
    {
      name: 'refresh-popularity',
      everyMs: 15 * 60_000,
      run: () => refreshPopularity({ db: deps.db, clock: deps.clock }),
    },
    { name: 'rebuild-search-terms', everyMs: 60 * 60_000, run: () => rebuildSearchTerms({ db: deps.db }) },
  ];
}

async function seed(deps: Deps) {
  const started = performance.now();
  const loaded = await seedDemo({ db: deps.db, clock: deps.clock });
  deps.logger.info(
    { loaded, ms: Math.round(performance.now() - started) },
    loaded ? 'demo data loaded' : 'demo data already present',
  );
}

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  if (!command || !['serve', 'worker', 'migrate', 'seed'].includes(command)) {
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
  if (command === 'seed' || flags.includes('--seed')) await seed(deps);
  if (command === 'seed') return shutdown();

  if (command === 'worker') {
    if (deps.database.engine === 'pglite') {
      deps.logger.error(
        'The worker needs PostgreSQL (set DATABASE_URL). With the embedded database, jobs run inside `serve`.',
      );
      return shutdown(1);
    }
    startJobs(jobs(deps), deps.logger);
    deps.logger.info('worker started');
    return;
  }

  const app = buildHttpApp(deps);
  if (deps.database.engine === 'pglite') startJobs(jobs(deps), deps.logger);
  serve({ fetch: app.fetch, port: deps.config.PORT, hostname: deps.config.HOST }, (info) => {
    const url =
      deps.config.PUBLIC_URL ?? `http://${info.address === '::' ? 'localhost' : info.address}:${info.port}`;
    deps.logger.info({ url, engine: deps.database.engine }, 'Reloop is running');
    console.log(`\n  Reloop is running at ${url}/\n`);
  });
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
