/** Pure rules of operators' second factor: who needs it, the code throttle, recovery code shapes. */

export const TOTP_PERIOD_SECONDS = 30;
/** Failed codes accepted per account in one window, then codes are refused until it ends. */
export const CODE_FAILURE_LIMIT = 5;
export const CODE_FAILURE_WINDOW_MS = 15 * 60_000;
export const RECOVERY_CODE_COUNT = 10;
/** How long the password step of a sign-in waits for its second step. */
export const SECOND_STEP_TTL_MS = 10 * 60_000;

/** Codes checked (and not yet followed by a right one) since the window began. */
export type CodeFailures = { failures: number; failuresSince: Date | null };

/** Milliseconds until codes are checked again for this account (0: open). */
export function codeLockMs(s: CodeFailures, now: Date): number {
  if (s.failures < CODE_FAILURE_LIMIT || !s.failuresSince) return 0;
  return Math.max(0, s.failuresSince.getTime() + CODE_FAILURE_WINDOW_MS - now.getTime());
}

/** An authenticator code: six digits, spaces tolerated. */
export function totpCodeOf(typed: string): string | null {
  const code = typed.replace(/\s+/g, '');
  return /^\d{6}$/.test(code) ? code : null;
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten characters from 10+ random bytes, shown as `xxxxx-xxxxx` (no 0/o, 1/l/i to misread). */
export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length < 10) throw new Error('a recovery code needs 10 random bytes');
  const chars = [...bytes.slice(0, 10)].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A typed recovery code in its stored form, or null when it cannot be one. */
export function recoveryCodeOf(typed: string): string | null {
  const raw = typed.toLowerCase().replace(/[\s-]+/g, '');
  if (raw.length !== 10 || [...raw].some((c) => !RECOVERY_ALPHABET.includes(c))) return null;
  return `${raw.slice(0, 5)}-${raw.slice(5)}`;
}

export type SecondFactorState = { isAdmin: boolean; enrolled: boolean; sessionVerified: boolean };

/**
 * A session of an account with a confirmed second factor counts only once the factor was checked
 * in it: a session opened with the password alone (before enrolment, elsewhere) is not live.
 */
export const sessionCounts = (s: SecondFactorState): boolean => !s.enrolled || s.sessionVerified;

/** Admins must use a second factor: until then only the enrolment page is open to them. */
export const mustEnrolOrVerify = (s: SecondFactorState): boolean =>
  s.isAdmin && !(s.enrolled && s.sessionVerified);
