import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures in Stripe's scheme: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
 * Reloop signs what it sends to sellers' endpoints with it, and checks what carriers send it.
 */

/** Hex HMAC-SHA256 of `<t>.<body>`. */
export function computeSignature(secret: string, t: number, body: string): string {
  return createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
}

/** The `Reloop-Signature` header value for a body sent at `now`. */
export function signatureHeader(secret: string, body: string, now: Date): string {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${computeSignature(secret, t, body)}`;
}

/**
 * Check a `Reloop-Signature` header (for integrators and tests): one of its `v1` signatures must
 * match and its timestamp be within `toleranceS` seconds of `now` (replays are refused).
 */
export function verifySignature(
  secret: string,
  header: string | null | undefined,
  body: string,
  now: Date = new Date(),
  toleranceS = 300,
): boolean {
  if (!header) return false;
  let t: number | undefined;
  const sigs: string[] = [];
  for (const part of header.split(',')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    if (k === 't' && /^\d{1,12}$/.test(v)) t = Number(v);
    else if (k === 'v1' && /^[0-9a-f]{64}$/i.test(v)) sigs.push(v.toLowerCase());
  }
  if (t === undefined || sigs.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - t) > toleranceS) return false;
  const expected = Buffer.from(computeSignature(secret, t, body), 'hex');
  return sigs.some((s) => {
    const got = Buffer.from(s, 'hex');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
}
