import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../src/platform/db/client.ts';

/**
 * Every statement a Database sends, in order (BEGIN and COMMIT included): one entry is one round
 * trip to PostgreSQL. Wraps the driver under Drizzle (PGlite's instance, or the pg pool's clients).
 */
export type StatementLog = {
  /** The statements sent since the last call, and a fresh start. */
  take(): string[];
};

export function logStatements(database: Database): StatementLog {
  let sent: string[] = [];
  const note = (text: unknown) => {
    const sqlText = typeof text === 'string' ? text : (text as { text?: string })?.text;
    sent.push(String(sqlText ?? text).trim());
  };
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.engine === 'pglite') wrapPglite(client as PGlite, note);
  else wrapPool(client as pg.Pool, note);
  return {
    take() {
      const out = sent;
      sent = [];
      return out;
    },
  };
}

function wrapPglite(client: PGlite, note: (text: unknown) => void): void {
  const wrap = <T extends PGlite | Transaction>(target: T): T => {
    const query = target.query.bind(target);
    const exec = target.exec.bind(target);
    target.query = ((text: string, ...rest: unknown[]) => {
      note(text);
      return (query as (...a: unknown[]) => unknown)(text, ...rest);
    }) as T['query'];
    target.exec = ((text: string, ...rest: unknown[]) => {
      note(text);
      return (exec as (...a: unknown[]) => unknown)(text, ...rest);
    }) as T['exec'];
    return target;
  };
  wrap(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (async (callback: (tx: Transaction) => Promise<unknown>) => {
    note('BEGIN');
    try {
      const result = await transaction((tx) => callback(wrap(tx)));
      note('COMMIT');
      return result;
    } catch (e) {
      note('ROLLBACK');
      throw e;
    }
  }) as PGlite['transaction'];
}

function wrapPool(pool: pg.Pool, note: (text: unknown) => void): void {
  const wrapped = new WeakSet<object>();
  const connect = pool.connect.bind(pool) as (...a: unknown[]) => unknown;
  const wrapClient = (c: pg.PoolClient) => {
    if (wrapped.has(c)) return c;
    wrapped.add(c);
    const query = c.query.bind(c) as (...a: unknown[]) => unknown;
    c.query = ((text: unknown, ...rest: unknown[]) => {
      note(text);
      return query(text, ...rest);
    }) as typeof c.query;
    return c;
  };
  // pool.query() checks a client out through this.connect(callback), so this sees both kinds.
  pool.connect = ((cb?: (err: Error | undefined, c: pg.PoolClient, done: () => void) => void) => {
    if (cb)
      return connect((err: Error | undefined, c: pg.PoolClient, done: () => void) =>
        cb(err, c && wrapClient(c), done),
      );
    return (connect() as Promise<pg.PoolClient>).then(wrapClient);
  }) as typeof pool.connect;
}
