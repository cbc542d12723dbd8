import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../test/db.ts';
import { DEMO_PLATFORM_IDENTITY } from './config.ts';
import { openDatabase } from './platform/db/client.ts';

const REPO = path.resolve(import.meta.dirname, '..');

/** A complete production configuration: only the demo data is wrong about this start. */
const PRODUCTION_ENV = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'production-start-test-secret-0123456789abcdef',
  PAYMENT_PROVIDER: 'stripe',
  STRIPE_SECRET_KEY: 'sk_test_not_used',
  STRIPE_WEBHOOK_SECRET: 'whsec_not_used',
  SMTP_URL: 'smtp://127.0.0.1:1',
  LOG_LEVEL: 'warn',
  PORT: '0',
  ...DEMO_PLATFORM_IDENTITY,
};

/** Runs `npm start` until it exits (or 4 minutes pass: it would be serving the demo), with its output. */
function npmStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start'], {
      cwd: REPO,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 240_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const DEMO_FOOTPRINT = sql`SELECT
  (SELECT count(*) FROM users WHERE email LIKE '%@reloop.example')::int AS "demoAccounts",
  (SELECT count(*) FROM users)::int AS accounts,
  (SELECT count(*) FROM sellers)::int AS sellers,
  (SELECT count(*) FROM seller_api_keys)::int AS "apiKeys"`;

describe.each(ENGINES)('issue 12 finding 4: `npm start` with NODE_ENV=production (%s)', (engine) => {
  it('refuses the demo data, says why, and leaves no demo account, key or seller', {
    timeout: 400_000,
  }, async () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    let dbUrl: string | undefined;
    let dataDir = '';
    if (engine === 'postgres') {
      const admin = new URL(process.env.TEST_DATABASE_URL!);
      const name = `reloop_prodstart_${randomBytes(5).toString('hex')}`;
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      admin.pathname = `/${name}`;
      dbUrl = admin.toString();
      env = { ...PRODUCTION_ENV, DATABASE_URL: dbUrl };
      cleanup = async () => {
        const d = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL! });
        await d.connect();
        await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await d.end();
      };
    } else {
      dataDir = mkdtempSync(path.join(tmpdir(), 'reloop-prodstart-'));
      env = { ...PRODUCTION_ENV, DATA_DIR: dataDir };
      cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
    }
    try {
      const run = await npmStart(env);
      expect(run.output).toMatch(/Refusing to load the demo data: NODE_ENV=production/);
      expect(run.output).toMatch(/npm run create-operator/);
      expect(run.code).not.toBe(0);

      const database = await openDatabase({ databaseUrl: dbUrl, dataDir, poolSize: 1 });
      try {
        const [footprint] = await database.rows(DEMO_FOOTPRINT);
        expect(footprint).toEqual({ demoAccounts: 0, accounts: 0, sellers: 0, apiKeys: 0 });
      } finally {
        await database.close();
      }
    } finally {
      await cleanup();
    }
  });
});
