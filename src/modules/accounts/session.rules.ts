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

export function isSessionLive(s: SessionTimes, isOperator: boolean, now: Date): boolean {
  if (s.revokedAt) return false;
  if (now.getTime() >= s.expiresAt.getTime()) return false;
  return now.getTime() - s.lastSeenAt.getTime() < sessionPolicyFor(isOperator).idleMs;
}

export function needsTouch(s: SessionTimes, now: Date): boolean {
  return now.getTime() - s.lastSeenAt.getTime() >= SESSION_POLICY.touchEveryMs;
}

/** Lower-cased and trimmed: one account per mailbox regardless of how it is typed. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
