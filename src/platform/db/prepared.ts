import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/**
 * A query built and prepared once per database handle, then run with placeholder values
 * (`sql.placeholder`): Drizzle does not build its SQL again, and on PostgreSQL the statement is
 * named, so each connection parses and plans it once — a join costs more to plan than to run. A
 * transaction is a handle of its own: the query is prepared there again, under the same name.
 */
export function preparedPerDb<Q>(prepare: (db: Db) => Q): (db: Pick<Db, 'select'>) => Q {
  const prepared = new WeakMap<object, Q>();
  return (db) => {
    let q = prepared.get(db);
    if (!q) {
      q = prepare(db as Db);
      prepared.set(db, q);
    }
    return q;
  };
}

const dialect = new PgDialect();

/**
 * `db.execute(query)` as a named statement, for a hot statement Drizzle's builders cannot write
 * (a data-modifying CTE): parsed and planned once per connection. One name, one SQL text.
 */
export async function executeNamed<T>(db: Db, name: string, query: SQL): Promise<T[]> {
  const result = await db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute();
  return (result as { rows: T[] }).rows;
}
