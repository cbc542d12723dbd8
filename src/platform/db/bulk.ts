import { type SQL, sql } from 'drizzle-orm';
import type { Db } from './client.ts';

export type ColumnType = 'int' | 'bigint' | 'text' | 'uuid' | 'bool' | 'date' | 'timestamptz' | 'jsonb';

/**
 * Insert many rows with one array parameter per column (`INSERT … SELECT * FROM unnest(…)`):
 * a constant number of parameters, and no per-value SQL building in JS (4–5× faster than a
 * multi-row VALUES for bulk loads). jsonb values are passed as JSON text.
 */
export async function bulkInsert<R extends Record<string, unknown>>(
  db: Db,
  table: string,
  columns: Record<string, ColumnType>,
  rows: Array<Record<string, unknown>>,
  returning?: string[],
  /** e.g. sql`ON CONFLICT (…) DO UPDATE SET …`, placed before RETURNING. */
  onConflict?: SQL,
): Promise<R[]> {
  if (rows.length === 0) return [];
  const names = Object.keys(columns);
  const arrays = names.map((name) => {
    const type = columns[name]!;
    const values = rows.map((r) => {
      const v = r[name];
      if (v === undefined || v === null) return null;
      if (type === 'jsonb') return JSON.stringify(v);
      if (type === 'timestamptz' && v instanceof Date) return v.toISOString();
      return v;
    });
    return sql`${sql.param(values)}::${sql.raw(type)}[]`;
  });
  const query = sql`INSERT INTO ${sql.identifier(table)} (${sql.join(
    names.map((n) => sql.identifier(n)),
    sql`, `,
  )}) SELECT * FROM unnest(${sql.join(arrays, sql`, `)})${onConflict ? sql` ${onConflict}` : sql``}${
    returning
      ? sql` RETURNING ${sql.join(
          returning.map((n) => sql.identifier(n)),
          sql`, `,
        )}`
      : sql``
  }`;
  const res = (await db.execute(query)) as unknown as { rows: R[] };
  return res.rows ?? [];
}
