/**
 * The signed links of a data-subject request, each good for one purpose only (its own key):
 * `verify` (the requester owns the email address; 7 days) and `download` (a copy of the data,
 * built when the link is opened; 7 days). Format:
 * `<requestId>.<expires unix seconds>.<base64url HMAC-SHA256>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../../platform/security/keys.ts';

export type RequestLinkPurpose = 'verify' | 'download';
export const REQUEST_LINK_DAYS = 7;

const mac = (secret: string, purpose: RequestLinkPurpose, payload: string) =>
  createHmac('sha256', deriveKey(secret, `privacy-request-${purpose}`))
    .update(payload)
    .digest();

export function signRequestLink(
  secret: string,
  purpose: RequestLinkPurpose,
  c: { requestId: number; expiresAt: Date },
): string {
  const payload = `${c.requestId}.${Math.floor(c.expiresAt.getTime() / 1000)}`;
  return `${payload}.${mac(secret, purpose, payload).toString('base64url')}`;
}

/** The request of a valid, unexpired link of this purpose, or null. */
export function readRequestLink(
  secret: string,
  purpose: RequestLinkPurpose,
  token: string,
  now: Date,
): { requestId: number; expiresAt: Date } | null {
  const m = /^(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const payload = `${m[1]}.${m[2]}`;
  const given = Buffer.from(m[3]!, 'base64url');
  const expected = mac(secret, purpose, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = new Date(Number(m[2]) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { requestId: Number(m[1]), expiresAt };
}
