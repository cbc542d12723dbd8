/**
 * Throttling of the current-password check that guards email changes, password changes and
 * closure (require-password.ts), per account: a few free failures, then each failure blocks the
 * check for a while. Failures are forgotten after a quiet day or a success. Same state shape as
 * sign-in throttling (throttle.rules.ts), stored in the same table under its own key.
 */
import type { ThrottleState } from './throttle.rules.ts';

export const PASSWORD_CHECK = {
  freeFailures: 5,
  blockMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

/** The throttle key of one account's password checks (sign-in's keys are `account:`, `ip:`, `device:`). */
export const passwordCheckKey = (userId: number) => `password-check:user:${userId}`;

/** The state after one more wrong password at `now`. */
export function afterPasswordCheckFailure(prev: ThrottleState | null, now: Date): ThrottleState {
  const stale = !prev || now.getTime() - prev.lastFailureAt.getTime() > PASSWORD_CHECK.forgetAfterMs;
  const failures = (stale ? 0 : prev.failures) + 1;
  const blocked = failures >= PASSWORD_CHECK.freeFailures;
  return {
    failures,
    lastFailureAt: now,
    blockedUntil: new Date(now.getTime() + (blocked ? PASSWORD_CHECK.blockMs : 0)),
  };
}
