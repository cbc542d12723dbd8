/**
 * Sign-in throttling: after a few free failures, each further failure doubles the wait, capped.
 * Keys are the account (by the email typed, known or not, so the answer never tells whether an
 * account exists), the IP, and — for a browser where the owner signed in before — a device cookie
 * that replaces the account key, so an attacker elsewhere cannot lock the owner out (OWASP
 * "device cookies").
 */
export type ThrottleKind = 'account' | 'ip' | 'device';

export const THROTTLE = {
  account: { freeFailures: 5 },
  device: { freeFailures: 5 },
  ip: { freeFailures: 20 },
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  /** Failures older than this are forgotten. */
  forgetAfterMs: 24 * 60 * 60_000,
} as const;

/** How long sign-in is refused for a key after its `failures`-th consecutive failure. */
export function backoffMs(kind: ThrottleKind, failures: number): number {
  const over = failures - THROTTLE[kind].freeFailures;
  if (over < 0) return 0;
  return Math.min(THROTTLE.firstDelayMs * 2 ** Math.min(over, 30), THROTTLE.maxDelayMs);
}

export type ThrottleState = { failures: number; lastFailureAt: Date; blockedUntil: Date };

/** The state after one more failure at `now`. */
export function afterFailure(kind: ThrottleKind, prev: ThrottleState | null, now: Date): ThrottleState {
  const stale = !prev || now.getTime() - prev.lastFailureAt.getTime() > THROTTLE.forgetAfterMs;
  const failures = (stale ? 0 : prev.failures) + 1;
  return { failures, lastFailureAt: now, blockedUntil: new Date(now.getTime() + backoffMs(kind, failures)) };
}

/** Milliseconds still to wait, 0 when an attempt is allowed now. */
export function waitMs(state: ThrottleState | null, now: Date): number {
  return state ? Math.max(0, state.blockedUntil.getTime() - now.getTime()) : 0;
}
