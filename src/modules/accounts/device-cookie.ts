import { hmac, randomToken, safeEqual } from '../../platform/security/tokens.ts';

/**
 * A device cookie (OWASP): proof that this browser signed in to this account before. Failures
 * from a recognised device are throttled per device, so an attacker hammering the account from
 * elsewhere cannot lock its owner out.
 */
export function issueDeviceToken(secret: string, userId: number): string {
  const id = randomToken(16);
  return `${id}.${hmac(secret, `${id}:${userId}`)}`;
}

/** The device id if the token was issued for this user, else null. */
export function deviceIdFor(secret: string, token: string | undefined, userId: number): string | null {
  if (!token) return null;
  const [id, sig] = token.split('.');
  if (!id || !sig) return null;
  return safeEqual(sig, hmac(secret, `${id}:${userId}`)) ? id : null;
}
