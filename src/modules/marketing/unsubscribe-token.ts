/**
 * The signed token of a marketing email's unsubscribe link (`/u/<token>`, List-Unsubscribe):
 * it names one person and one list, opens the unsubscribe page without signing in, and is good
 * for nothing else (its own key, purpose `marketing-unsubscribe`). It does not expire: an old
 * email's link must still unsubscribe. Forging one needs the server secret. Format:
 * `<userId>.<list>.<base64url HMAC-SHA256>` (the MAC truncated to 128 bits).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../../platform/security/keys.ts';

/** The lists a person can leave by one click: today the newsletter (every marketing email). */
export const UNSUBSCRIBE_LISTS = ['newsletter'] as const;
export type UnsubscribeList = (typeof UNSUBSCRIBE_LISTS)[number];

export type UnsubscribeClaim = { userId: number; list: UnsubscribeList };

const mac = (secret: string, payload: string) =>
  createHmac('sha256', deriveKey(secret, 'marketing-unsubscribe')).update(payload).digest().subarray(0, 16);

export function signUnsubscribe(secret: string, c: UnsubscribeClaim): string {
  const payload = `${c.userId}.${c.list}`;
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claim of a genuine token, or null (forged, altered, malformed). */
export function readUnsubscribe(secret: string, token: string): UnsubscribeClaim | null {
  const m = /^([1-9]\d{0,9})\.([a-z_]{1,30})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m || !(UNSUBSCRIBE_LISTS as readonly string[]).includes(m[2]!)) return null;
  const given = Buffer.from(m[3]!, 'base64url');
  const expected = mac(secret, `${m[1]}.${m[2]}`);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId: Number(m[1]), list: m[2] as UnsubscribeList };
}

/**
 * The header fields of a marketing email (RFC 2369 and RFC 8058): mail clients show an
 * "Unsubscribe" button that POSTs `List-Unsubscribe=One-Click` to the HTTPS link.
 */
export function listUnsubscribeHeaders(
  link: string,
  mailtoAddress: string,
  token: string,
): Record<string, string> {
  return {
    'List-Unsubscribe': `<${link}>, <mailto:${mailtoAddress}?subject=unsubscribe%20${token}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
