/**
 * ePrivacy Art. 5(3) consent: the purposes that need it, the version of the cookie policy a
 * choice answers, and the `rl_consent` cookie that remembers the choice (strictly necessary: it
 * only stores the answer). Pure: no I/O, no clock.
 */

/**
 * The cookie policy version. A new version (a new purpose, a new cookie of an existing purpose)
 * asks everyone again: a choice made for another version is no choice.
 */
export const CONSENT_POLICY_VERSION = '2026-12';

/** Non-essential purposes, each a real feature that stores something only after opt-in. */
export const CONSENT_PURPOSES = ['personalisation'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const isConsentPurpose = (p: string): p is ConsentPurpose =>
  (CONSENT_PURPOSES as readonly string[]).includes(p);

/** A browser's recorded choice, as its `rl_consent` cookie holds it. */
export type ConsentChoice = { id: string; version: string; purposes: ConsentPurpose[] };

export const CONSENT_COOKIE = 'rl_consent';
/** How long the answer is remembered before the banner asks again (six months, as CNIL advises). */
export const CONSENT_COOKIE_MAX_AGE_S = 182 * 86_400;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `<id>|<version>|<purpose>+<purpose>`: the id of the consent record, its version and purposes. */
export function consentCookieValue(choice: ConsentChoice): string {
  return `${choice.id}|${choice.version}|${[...choice.purposes].sort().join('+')}`;
}

/** The choice in a cookie; null for no cookie, a malformed one or one of another policy version. */
export function parseConsentCookie(
  value: string | undefined,
  version = CONSENT_POLICY_VERSION,
): ConsentChoice | null {
  if (!value || value.length > 200) return null;
  const parts = value.split('|');
  if (parts.length !== 3) return null;
  const [id, v, list] = parts as [string, string, string];
  if (!UUID.test(id) || v !== version) return null;
  const purposes = list === '' ? [] : list.split('+');
  if (!purposes.every(isConsentPurpose)) return null;
  return { id, version: v, purposes: [...new Set(purposes)] as ConsentPurpose[] };
}

/** Whether something of `purpose` may be stored or read: only after an explicit opt-in. */
export function consents(choice: ConsentChoice | null, purpose: ConsentPurpose): boolean {
  return choice?.purposes.includes(purpose) ?? false;
}

/** The banner asks while no choice is recorded, and only when something non-essential exists. */
export function needsBanner(choice: ConsentChoice | null): boolean {
  return CONSENT_PURPOSES.length > 0 && choice === null;
}

export type ConsentAnswer = 'accept_all' | 'reject_all' | 'custom';

/**
 * The purposes a form answer grants: all of them, none, or exactly those ticked (unknown names
 * are ignored, never granted).
 */
export function purposesOf(answer: ConsentAnswer, ticked: readonly string[]): ConsentPurpose[] {
  if (answer === 'accept_all') return [...CONSENT_PURPOSES];
  if (answer === 'reject_all') return [];
  return CONSENT_PURPOSES.filter((p) => ticked.includes(p));
}
