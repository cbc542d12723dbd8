import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DerivedKey } from './keys.ts';

/** 256 random bits, URL-safe: session ids, emailed links, API keys. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** What is stored for a token: a leaked table does not give working links or sessions. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** MAC with a key derived for one purpose (keys.ts), never with the server secret itself. */
export function hmac(key: DerivedKey, value: string): string {
  return createHmac('sha256', key).update(value).digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
