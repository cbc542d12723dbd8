import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { WindowCounts } from './rate-limit.rules.ts';
import { mergeHits, type RateLimitStore, type WindowHit } from './rate-limit-store.ts';

/**
 * Counters in `rate_limit_counters`, shared by every process on the same database (and the only
 * choice in embedded PGlite mode). One statement per round trip: an upsert that adds the cost and
 * returns the new total, with a read of the previous window's row from the statement's snapshot.
 * Expired rows are deleted by `purgeExpired`, run as a recurring job.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  readonly #db: Db;

  constructor(db: Db) {
    this.#db = db;
  }

  async hit(key: string, windowStart: Date, windowMs: number, cost = 1): Promise<WindowCounts> {
    const start = windowStart.getTime();
    const at = (ms: number) => sql`${new Date(ms).toISOString()}::timestamptz`;
    const { rows } = (await this.#db.execute(sql`
      WITH bumped AS (
        INSERT INTO rate_limit_counters AS c (key, window_start, hits, expires_at)
        VALUES (${key}, ${at(start)}, ${cost}::int, ${at(start + 2 * windowMs)})
        ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + excluded.hits
        RETURNING c.hits
      )
      SELECT (SELECT hits FROM bumped) AS current,
        coalesce(
          (SELECT hits FROM rate_limit_counters WHERE key = ${key} AND window_start = ${at(start - windowMs)}),
          0
        ) AS previous`)) as unknown as { rows: Array<{ current: number; previous: number }> };
    return { current: Number(rows[0]!.current), previous: Number(rows[0]!.previous) };
  }

  async hitMany(hits: readonly WindowHit[]): Promise<WindowCounts[]> {
    if (hits.length === 0) return [];
    const { unique, indexOf } = mergeHits(hits);
    const column = (type: string, value: (h: WindowHit) => unknown) =>
      sql`${sql.param(unique.map(value))}::${sql.raw(type)}[]`;
    const at = (ms: number) => new Date(ms).toISOString();
    const columns = sql.join(
      [
        column('text', (h) => h.key),
        column('timestamptz', (h) => at(h.windowStart.getTime())),
        column('int', (h) => h.cost),
        column('timestamptz', (h) => at(h.windowStart.getTime() + 2 * h.windowMs)),
        column('timestamptz', (h) => at(h.windowStart.getTime() - h.windowMs)),
      ],
      sql`, `,
    );
    // Rows are upserted in (key, window_start) order so two concurrent batches lock them in the
    // same order and cannot deadlock. The previous window is read from the statement's snapshot,
    // or from this batch's own upsert when the batch also touches it.
    const query = sql`
      WITH input AS (
        SELECT * FROM unnest(${columns})
          WITH ORDINALITY AS i(key, window_start, cost, expires_at, previous_start, n)
      ), bumped AS (
        INSERT INTO rate_limit_counters AS c (key, window_start, hits, expires_at)
        SELECT key, window_start, cost, expires_at FROM input ORDER BY key, window_start
        ON CONFLICT (key, window_start) DO UPDATE SET hits = c.hits + excluded.hits
        RETURNING c.key, c.window_start, c.hits
      )
      SELECT i.n::int AS n, b.hits AS current, coalesce(bp.hits, p.hits, 0) AS previous
      FROM input i
      JOIN bumped b ON b.key = i.key AND b.window_start = i.window_start
      LEFT JOIN bumped bp ON bp.key = i.key AND bp.window_start = i.previous_start
      LEFT JOIN rate_limit_counters p ON p.key = i.key AND p.window_start = i.previous_start
      ORDER BY i.n`;
    const { rows } = (await this.#db.execute(query)) as unknown as {
      rows: Array<{ n: number; current: number; previous: number }>;
    };
    const counts = rows.map((r) => ({ current: Number(r.current), previous: Number(r.previous) }));
    return indexOf.map((i) => counts[i]!);
  }

  /** Delete counters that can no longer count (past their window and the next); returns how many. */
  async purgeExpired(now: Date): Promise<number> {
    const { rows } = (await this.#db.execute(sql`
      WITH gone AS (
        DELETE FROM rate_limit_counters WHERE expires_at <= ${now.toISOString()}::timestamptz RETURNING 1
      )
      SELECT count(*)::int AS n FROM gone`)) as unknown as { rows: Array<{ n: number }> };
    return Number(rows[0]?.n ?? 0);
  }
}
