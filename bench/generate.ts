/**
 * Benchmark dataset generator.
 *
 *   node bench/generate.ts <S|M|L> [--database-url URL] [--force]
 *
 * Drops and recreates the target database (PostgreSQL from --database-url or DATABASE_URL;
 * otherwise the embedded PGlite directory ./data/bench-<tier>), runs the migrations and loads a
 * deterministic dataset of the tier's size through the application's own seed loader.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { systemClock } from '../src/platform/clock.ts';
import { type Database, openDatabase } from '../src/platform/db/client.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import { generateOffers, generateProducts, generateSellers } from '../src/seed/generate.ts';
import { loadDataset } from '../src/seed/load.ts';
import { formatDuration, ProgressBar } from './progress.ts';
import {
  describeTarget,
  parseArgs,
  parseTier,
  resolveTarget,
  stringFlag,
  type Target,
  TIERS,
} from './tiers.ts';

const USAGE = 'usage: node bench/generate.ts <S|M|L> | --tier <S|M|L> [--database-url URL] [--force]';

const FINALISE = 'popularity+search+analyze';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** DROP + CREATE the database named in the URL, through the `postgres` maintenance database. */
async function recreatePostgres(url: string, force: boolean): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error(`The database URL names no database: ${url}`);
  if (['postgres', 'template0', 'template1'].includes(name)) {
    throw new Error(
      `Refusing to drop the system database "${name}"; name a benchmark database, e.g. /reloop_bench`,
    );
  }
  if (!/bench/i.test(name) && !force) {
    throw new Error(
      `Refusing to drop database "${name}": its name does not contain "bench". ` +
        'Use a dedicated database (e.g. postgres://postgres@127.0.0.1:5432/reloop_bench) or pass --force.',
    );
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

/** Remove a PGlite directory, unless a live process (a running server) holds its lock. */
function wipePglite(dataDir: string): void {
  const lockFile = `${dataDir}/reloop.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    let alive = false;
    try {
      if (pid && pid !== process.pid) {
        process.kill(pid, 0);
        alive = true;
      }
    } catch (e) {
      alive = (e as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (alive) throw new Error(`${dataDir} is in use by process ${pid} (a running server?). Stop it first.`);
  }
  rmSync(dataDir, { recursive: true, force: true });
}

async function countRows(database: Database): Promise<Record<string, number>> {
  const [row] = await database.rows<Record<string, number>>(sql`
    SELECT (SELECT count(*) FROM sellers)::int AS sellers,
           (SELECT count(*) FROM products)::int AS products,
           (SELECT count(*) FROM offers)::int AS offers,
           (SELECT count(*) FROM offer_prices)::int AS offer_prices,
           (SELECT count(*) FROM product_sales)::int AS product_sales,
           (SELECT count(*) FROM buybox_winners)::int AS buybox_winners,
           (SELECT count(*) FROM search_terms)::int AS search_terms`);
  return row ?? {};
}

async function main(): Promise<void> {
  const { positional, flags } = parseArgs(process.argv.slice(2), ['force', 'help']);
  const tierArg = positional[0] ?? stringFlag(flags, 'tier');
  if (flags.has('help') || !tierArg || positional.length > 1) {
    console.error(USAGE);
    process.exit(flags.has('help') ? 0 : 2);
  }
  const tierName = parseTier(tierArg);
  const tier = TIERS[tierName];
  const target: Target = resolveTarget(tierName, stringFlag(flags, 'database-url'));
  const t0 = performance.now();
  const log = (msg: string) => process.stderr.write(`${msg}\n`);

  log(
    `Tier ${tierName}: ${tier.products.toLocaleString('en-US')} products, ${tier.offers.toLocaleString('en-US')} offers, ` +
      `${tier.sellers.toLocaleString('en-US')} sellers, ${tier.sales.days} days × ${tier.sales.unitsPerDay} sales/day` +
      `${tier.maxMarkets ? `, ≤ ${tier.maxMarkets} markets per offer` : ''} → ${describeTarget(target)}`,
  );

  const phases: Array<[string, number]> = [];
  const phase = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await fn();
    phases.push([name, performance.now() - start]);
    return result;
  };

  await phase('recreate', async () => {
    if (target.kind === 'postgres') await recreatePostgres(target.url, flags.has('force'));
    else wipePglite(target.dataDir);
  });
  const database = await phase('open', () =>
    openDatabase(
      target.kind === 'postgres'
        ? { databaseUrl: target.url, dataDir: '', poolSize: 2 }
        : { dataDir: target.dataDir },
    ),
  );
  try {
    await phase('migrate', () => migrate(database));
    const { products, sellers } = await phase('generate', () => ({
      products: generateProducts(tier.products),
      sellers: generateSellers(tier.sellers),
    }));

    const bar = new ProgressBar();
    await phase('load', async () => {
      await loadDataset({
        db: database.db,
        clock: systemClock,
        products,
        sellers,
        offers: generateOffers({ count: tier.offers, products, sellers, maxMarkets: tier.maxMarkets }),
        offerCount: tier.offers,
        sales: tier.sales,
        onProgress: (step, done, total) => {
          // After the buybox, loadDataset refreshes popularity, rebuilds search terms and
          // runs ANALYZE without reporting: show that as its own step, closed by 'done'.
          if (step === 'done') return bar.update(FINALISE, 1, 1);
          bar.update(step, done, total);
          if (step === 'buybox' && done >= total) bar.update(FINALISE, 0, 1);
        },
      });
      bar.finish();
    });

    // A freshly bulk-loaded database has no visibility map and no hint bits: the first queries
    // of a benchmark would pay for them (and autovacuum would run during it). Settle it now.
    await phase('vacuum', () => database.db.execute(sql`VACUUM (ANALYZE)`));

    const counts = await countRows(database);
    const total = performance.now() - t0;
    log('');
    log('Phase timings:');
    for (const [name, ms] of phases) log(`  ${name.padEnd(28)} ${formatDuration(ms)}`);
    log('Load steps:');
    for (const t of bar.timings) log(`  ${t.step.padEnd(28)} ${formatDuration(t.ms)}`);
    log(
      `Rows: ${Object.entries(counts)
        .map(([k, v]) => `${k} ${v.toLocaleString('en-US')}`)
        .join(', ')}`,
    );
    log(`Total time: ${formatDuration(total)} (tier ${tierName}, ${describeTarget(target)})`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${USAGE}\n`);
  process.exit(1);
});
