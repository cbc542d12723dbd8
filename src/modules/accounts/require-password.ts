import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { verifyPassword } from '../../platform/security/password.ts';
import { signInThrottle } from './accounts.schema.ts';
import { findUser, type UserRow } from './accounts.store.ts';
import { afterPasswordCheckFailure, passwordCheckKey } from './password-check.rules.ts';
import { waitMs } from './throttle.rules.ts';

/**
 * Sensitive changes ask for the current password again. The check is throttled per account
 * (password-check.rules.ts): whoever holds a session cannot guess the password at full speed.
 */
export async function requirePassword(
  deps: { db: Db; clock: Clock },
  userId: number,
  password: unknown,
  field = 'currentPassword',
): Promise<UserRow> {
  const user = await findUser(deps.db, userId);
  if (user?.status !== 'active') throw new AppError('UNAUTHORIZED', 'Sign in to continue');
  const key = passwordCheckKey(user.id);
  const now = deps.clock.now();
  const [state] = await deps.db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
  const wait = waitMs(state ?? null, now);
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    throw AppError.rateLimited(
      `Too many wrong passwords. Try again in ${Math.ceil(seconds / 60)} minutes, or reset your password.`,
      seconds,
    );
  }
  if (
    typeof password !== 'string' ||
    password.length > 512 ||
    !(await verifyPassword(password, user.passwordHash))
  ) {
    const next = afterPasswordCheckFailure(state ?? null, now);
    // Concurrent failures may compute the same count: the count still grows, never shrinks.
    await deps.db
      .insert(signInThrottle)
      .values({ key, ...next })
      .onConflictDoUpdate({
        target: signInThrottle.key,
        set: {
          failures: sql`GREATEST(${signInThrottle.failures} + 1, ${next.failures})`,
          lastFailureAt: next.lastFailureAt,
          blockedUntil: sql`GREATEST(${signInThrottle.blockedUntil}, ${next.blockedUntil.toISOString()}::timestamptz)`,
        },
      });
    throw AppError.invalid([{ field, message: 'is not your current password' }]);
  }
  if (state) await deps.db.delete(signInThrottle).where(eq(signInThrottle.key, key));
  return user;
}
