import { pino } from 'pino';
import { assembleDeps, type Deps } from '../src/app/deps.ts';
import { buildHttpApp } from '../src/app/http-app.ts';
import { loadConfig } from '../src/config.ts';
import { fixedClock } from '../src/platform/clock.ts';
import type { Database, Engine } from '../src/platform/db/client.ts';
import { loadGeneratedMarketplace } from '../src/seed/seed-demo.ts';
import { createTestDatabase } from './db.ts';

export const TEST_NOW = '2026-11-21T12:00:00Z';
/** The server secret of test apps (and of test/peer-process.ts, their second process). */
export const TEST_SECRET = 'test-secret-test-secret-test-secret';

/** A migrated database with a small generated marketplace, the deps and the HTTP app over it. */
export async function createTestApp(
  engine: Engine,
  size = { products: 80, sellers: 10, offers: 700 },
  configOverrides: Record<string, string> = {},
) {
  const database: Database = await createTestDatabase(engine);
  const clock = fixedClock(TEST_NOW);
  await loadGeneratedMarketplace({ db: database.db, clock, size, sales: { days: 45, unitsPerDay: 40 } });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DB_POOL_SIZE: '5',
    PUBLIC_URL: 'http://reloop.test',
    TRUST_PROXY: 'true',
    ...configOverrides,
  });
  const deps: Deps = assembleDeps({
    config,
    database,
    clock,
    logger: pino({ level: 'silent' }),
    secret: TEST_SECRET,
  });
  const app = buildHttpApp(deps);
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await app.request(path, { headers });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    // biome-ignore lint/suspicious/noExplicitAny: test convenience
    return { status: res.status, headers: res.headers, body: body as any, text };
  };
  const close = async () => {
    await deps.cacheBus.close();
    await database.close();
  };
  return { database, deps, app, get, clock, close };
}
