import { deriveKey } from '../../platform/security/keys.ts';
import { hmac, randomToken, safeEqual } from '../../platform/security/tokens.ts';

/** A device is recognised for this long after the sign-in that issued its cookie (each sign-in renews it). */
export const DEVICE_COOKIE_MAX_AGE_MS = 180 * 86_400_000;
/** Clocks of several processes may differ a little: an issue time this far ahead is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

const TOKEN = /^([A-Za-z0-9_-]{16,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: string, id: string, userId: number, issuedAt: string): string {
  return hmac(deriveKey(secret, 'device-cookie'), `${id}:${userId}:${issuedAt}`);
}

/**
 * A device cookie (OWASP): proof that this browser signed in to this account before. Failures
 * from a recognised device are throttled per device, so an attacker hammering the account from
 * elsewhere cannot lock its owner out. `<id>.<issued at, s>.<MAC>` with its own key: the server
 * decides when it expires, whatever the browser keeps.
 */
export function issueDeviceToken(secret: string, userId: number, now: Date): string {
  const id = randomToken(16);
  const issuedAt = String(Math.floor(now.getTime() / 1000));
  return `${id}.${issuedAt}.${mac(secret, id, userId, issuedAt)}`;
}

/** The device id if the token was issued for this user less than 180 days ago, else null. */
export function deviceIdFor(
  secret: string,
  token: string | undefined,
  userId: number,
  now: Date,
): string | null {
  const m = TOKEN.exec(token ?? '');
  if (!m) return null;
  const [, id, issuedAt, sig] = m as unknown as [string, string, string, string];
  if (!safeEqual(sig, mac(secret, id, userId, issuedAt))) return null;
  const age = now.getTime() - Number(issuedAt) * 1000;
  return age >= -CLOCK_SKEW_MS && age <= DEVICE_COOKIE_MAX_AGE_MS ? id : null;
}
