import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { signInThrottle } from './accounts.schema.ts';
import { afterFailure, type ThrottleKind, type ThrottleState } from './throttle.rules.ts';

export type ThrottleKey = { kind: ThrottleKind; key: string };

export async function throttleStates(db: Db, keys: ThrottleKey[]): Promise<Map<string, ThrottleState>> {
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(
      inArray(
        signInThrottle.key,
        keys.map((k) => k.key),
      ),
    );
  return new Map(rows.map((r) => [r.key, r]));
}

export async function recordFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  const states = await throttleStates(db, keys);
  for (const k of keys) {
    const next = afterFailure(k.kind, states.get(k.key) ?? null, now);
    // Concurrent failures may both compute the same count: the back-off still grows, never shrinks.
    await db
      .insert(signInThrottle)
      .values({ key: k.key, ...next })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          failures: sql`GREATEST(${signInThrottle.failures} + 1, ${next.failures})`,
          lastFailureAt: next.lastFailureAt,
          blockedUntil: sql`GREATEST(${signInThrottle.blockedUntil}, ${next.blockedUntil.toISOString()}::timestamptz)`,
        },
      });
  }
}

export async function clearFailures(db: Db, keys: string[]): Promise<void> {
  if (keys.length) await db.delete(signInThrottle).where(inArray(signInThrottle.key, keys));
}
