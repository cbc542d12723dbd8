/**
 * NIST SP 800-63B / OWASP: length is what matters. At least 12 characters, up to 128 accepted,
 * no composition rules; refuse passwords found in breaches and trivial patterns instead.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// The commonest breached passwords that are 12+ characters long (from public breach corpora).
const BREACHED = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789123',
  '111111111111',
  '000000000000',
  '123123123123',
  'qwertyuiopas',
  'qwertyuiop123',
  'qwerty123456',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'password1234',
  'password123456',
  'passwordpassword',
  'iloveyou1234',
  'abcdefghijkl',
  'abc123abc123',
  'azertyuiop123',
  'motdepasse123',
  'passwort1234',
  'welcome12345',
  'letmein12345',
  'administrator',
  'changeme1234',
  'football1234',
  'baseball1234',
  'princess1234',
  'sunshine1234',
  'superman1234',
  'trustno1trustno1',
  'correcthorsebatterystaple',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'breached' | 'contains_email' | 'repetitive';

export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  if (BREACHED.has(lower) || BREACHED.has(lower.replace(/[!.?]+$/, ''))) return 'breached';
  if (new Set(lower).size <= 2) return 'repetitive';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'contains_email';
  return null;
}

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `must be at least ${PASSWORD_MIN_LENGTH} characters long`,
  too_long: `must be at most ${PASSWORD_MAX_LENGTH} characters long`,
  breached: 'appears in lists of leaked passwords: choose another',
  contains_email: 'must not contain your email address',
  repetitive: 'is too repetitive: use a phrase of several words',
};
