/**
 * Session lifetimes (OWASP Session Management): an idle timeout and an absolute one. Operators,
 * whose sessions can close accounts, get much shorter ones than shoppers.
 */
export const SESSION_POLICY = {
  member: { idleMs: 7 * 24 * 3_600_000, absoluteMs: 30 * 24 * 3_600_000 },
  operator: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
  /** lastSeenAt is written at most this often, not on every request. */
  touchEveryMs: 60_000,
} as const;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };

export function sessionPolicyFor(isOperator: boolean) {
  return isOperator ? SESSION_POLICY.operator : SESSION_POLICY.member;
}

/**
 * Live unless revoked, past its stored expiry, idle too long, or older than the lifetime of what
 * its user is now: a session opened before its user became an operator ends at the operator's
 * absolute lifetime, whatever expiry it was stored with.
 */
export function isSessionLive(s: SessionTimes, isOperator: boolean, now: Date): boolean {
  if (s.revokedAt) return false;
  if (now.getTime() >= s.expiresAt.getTime()) return false;
  const policy = sessionPolicyFor(isOperator);
  if (now.getTime() - s.createdAt.getTime() >= policy.absoluteMs) return false;
  return now.getTime() - s.lastSeenAt.getTime() < policy.idleMs;
}

export function needsTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() >= SESSION_POLICY.touchEveryMs;
}

/** Lower-cased and trimmed: one account per mailbox regardless of how it is typed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
