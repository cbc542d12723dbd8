import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ConsentDeps } from './consent.deps.ts';
import { audienceSalts } from './consent.schema.ts';

const cached = new WeakMap<object, { day: string; salt: string }>();

/**
 * The salt of a UTC day, the same in every process: created at random by the first page view of
 * the day, read from the database after that (and kept in memory for the day).
 */
export async function dailySalt(deps: ConsentDeps, day: string): Promise<string> {
  const hit = cached.get(deps.db);
  if (hit?.day === day) return hit.salt;
  await deps.db
    .insert(audienceSalts)
    .values({ day, salt: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await deps.db
    .select({ salt: audienceSalts.salt })
    .from(audienceSalts)
    .where(eq(audienceSalts.day, day));
  cached.set(deps.db, { day, salt: row!.salt });
  return row!.salt;
}

/** Forget the salt kept in memory (after the purge deleted it). */
export function forgetDailySalt(deps: ConsentDeps): void {
  cached.delete(deps.db);
}
