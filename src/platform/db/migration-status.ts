import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { MIGRATIONS_DIR } from './migrate.ts';

let shipped: number | undefined;

/** How many migrations this code ships (its journal), read once. */
export function shippedMigrationCount(): number {
  shipped ??= (
    JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;
  return shipped;
}

/** Missing table or schema: nothing was ever migrated. */
const NEVER_MIGRATED = new Set(['42P01', '3F000']);

/**
 * How many of this code's migrations the database lacks. More applied than shipped is fine: during
 * a rolling upgrade the processes still running the previous release serve the migrated schema.
 */
export async function pendingMigrations(database: Database): Promise<number> {
  let applied = 0;
  try {
    const [row] = await database.rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
    );
    applied = row?.n ?? 0;
  } catch (err) {
    const code =
      (err as { code?: string; cause?: { code?: string } }).code ??
      (err as { cause?: { code?: string } }).cause?.code;
    if (!code || !NEVER_MIGRATED.has(code)) throw err;
  }
  return Math.max(0, shippedMigrationCount() - applied);
}
