/**
 * The signed link of a review request: it opens the review form of one order line for its buyer
 * without signing in, and is good for nothing else (its own key, purpose `review-request`). It
 * binds the line and the buyer and expires (60 days after the request). Format:
 * `<lineId>.<buyerUserId>.<expires unix seconds>.<base64url HMAC-SHA256>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from '../../platform/security/keys.ts';

export type ReviewRequestClaim = { orderLineId: number; buyerUserId: number; expiresAt: Date };

const mac = (secret: string, payload: string) =>
  createHmac('sha256', deriveKey(secret, 'review-request')).update(payload).digest();

export function signReviewRequest(secret: string, c: ReviewRequestClaim): string {
  const payload = `${c.orderLineId}.${c.buyerUserId}.${Math.floor(c.expiresAt.getTime() / 1000)}`;
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claim of a valid, unexpired token, or null (forged, altered, malformed or expired). */
export function readReviewRequest(secret: string, token: string, now: Date): ReviewRequestClaim | null {
  const m = /^(\d{1,10})\.(\d{1,10})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const payload = `${m[1]}.${m[2]}.${m[3]}`;
  const given = Buffer.from(m[4]!, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = new Date(Number(m[3]) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { orderLineId: Number(m[1]), buyerUserId: Number(m[2]), expiresAt };
}
