import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { acquireDirectoryLock, type DirectoryLock } from './lock.ts';

// biome-ignore lint/suspicious/noExplicitAny: both drivers' query-result kinds share this shape.
export type Db = PgDatabase<any>;
export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /** Raw SQL returning rows, for the few hand-tuned queries (search, facets). */
  rows<T>(query: SQL): Promise<T[]>;
  close(): Promise<void>;
  /** The PostgreSQL pool's use now (for /metrics); null on PGlite (one connection, no pool). */
  poolStats(): PoolStats | null;
  /** PostgreSQL only: where to open a connection of one's own (LISTEN, platform/cache-bus). */
  url?: string;
};

export type PoolStats = { total: number; idle: number; waiting: number; max: number };

export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };

// Return timestamps and bigints the same way on both engines.
pg.types.setTypeParser(20, (v) => Number(v)); // int8 → number (counts; ids stay < 2^53)

function wrap(
  db: Db,
  engine: Engine,
  close: () => Promise<void>,
  poolStats: () => PoolStats | null = () => null,
): Database {
  return {
    db,
    engine,
    async rows<T>(query: SQL) {
      const res = (await db.execute(query)) as { rows: T[] };
      return res.rows;
    },
    close,
    poolStats,
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection closed by the server (restart, failover, admin) is reported here; the pool
  // drops it and opens a new one on demand. Without a listener it would crash the process.
  pool.on('error', (err) => {
    if ((err as { code?: string }).code !== '57P01')
      console.error('PostgreSQL idle connection error:', err.message);
  });
  const db = drizzlePg(pool) as unknown as Db;
  const stats = () => ({
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: poolSize,
  });
  return { ...wrap(db, 'postgres', () => pool.end(), stats), url };
}

export async function openPglite(client: PGlite): Promise<Database> {
  const db = drizzlePglite(client) as unknown as Db;
  return wrap(db, 'pglite', () => client.close());
}

export type OpenOptions = { databaseUrl?: string; dataDir: string; poolSize?: number };

/**
 * PostgreSQL when a URL is given, otherwise PGlite in `<dataDir>/pg`. A PGlite directory
 * belongs to one process: a lock file refuses a second one with a clear message.
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize);
  mkdirSync(opts.dataDir, { recursive: true });
  const lock: DirectoryLock = acquireDirectoryLock(opts.dataDir);
  try {
    const client = await PGlite.create({
      dataDir: path.join(opts.dataDir, 'pg'),
      extensions: PGLITE_EXTENSIONS,
      // Do not wait for the file system after every query; PostgreSQL's WAL still protects the data.
      relaxedDurability: true,
    });
    const database = await openPglite(client);
    return {
      ...database,
      async close() {
        await database.close();
        lock.release();
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}
