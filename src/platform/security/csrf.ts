import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/app.ts';
import { bearerToken } from './bearer.ts';
import { deriveKey } from './keys.ts';
import { hmac, randomToken, safeEqual } from './tokens.ts';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const SEED = /^([A-Za-z0-9_-]{20,64})\.([A-Za-z0-9_-]{43})$/;

/** A new seed cookie value: `<random>.<MAC(csrf-seed key, random)>`, so a seed the browser made up is ignored. */
export function issueCsrfSeed(secret: string, random: string = randomToken(24)): string {
  return `${random}.${hmac(deriveKey(secret, 'csrf-seed'), random)}`;
}

/** The token forms echo for a seed cookie, or null when the server did not issue that seed. */
export function csrfTokenFor(secret: string, seed: string | undefined): string | null {
  const m = SEED.exec(seed ?? '');
  if (!m || !safeEqual(m[2]!, hmac(deriveKey(secret, 'csrf-seed'), m[1]!))) return null;
  return hmac(deriveKey(secret, 'csrf-token'), seed!);
}

/**
 * Signed double-submit (OWASP): every browser gets a random httpOnly cookie signed by the server;
 * forms and cookie-authenticated API calls must echo HMAC(key, cookie), which only our pages can
 * render. Cross-site requests announced by Sec-Fetch-Site are refused outright. Requests with a
 * well-formed bearer token are exempt: the session layer then never reads cookies for them.
 */
export function csrfProtection({
  secret,
  secure,
  exempt = () => false,
}: {
  secret: string;
  secure: boolean;
  /** Requests that carry no ambient credential (an API call without the session cookie). */
  exempt?: (c: Context) => boolean;
}): MiddlewareHandler<AppEnv> {
  const name = secure ? '__Host-rl_csrf' : 'rl_csrf';
  return async (c, next) => {
    // A seed the server did not sign is ignored, as if the browser had sent none.
    const valid = csrfTokenFor(secret, getCookie(c, name));
    let rendered = valid;
    // Issued lazily: only pages that render a form set the cookie, so public pages stay cacheable.
    c.set('csrf', () => {
      if (!rendered) {
        const seed = issueCsrfSeed(secret);
        rendered = csrfTokenFor(secret, seed)!;
        setCookie(c, name, seed, { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
      }
      return rendered;
    });
    if (SAFE.has(c.req.method) || bearerToken(c.req.header('authorization')) || exempt(c)) return next();

    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AppError('FORBIDDEN', 'Cross-site request refused');
    }
    let token = c.req.header(CSRF_HEADER);
    if (!token && (c.req.header('content-type') ?? '').match(/form-urlencoded|multipart\/form-data/)) {
      const body = await c.req.parseBody();
      token = typeof body[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : undefined;
    }
    if (!valid || !token || !safeEqual(token, valid)) {
      throw new AppError('FORBIDDEN', 'This form has expired. Reload the page and try again.');
    }
    return next();
  };
}
