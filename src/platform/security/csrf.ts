import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../errors.ts';
import type { AppEnv } from '../http/app.ts';
import { hmac, randomToken, safeEqual } from './tokens.ts';

export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Signed double-submit (OWASP): every browser gets a random httpOnly cookie; forms and
 * cookie-authenticated API calls must echo HMAC(secret, cookie), which only our pages can
 * render. Cross-site requests announced by Sec-Fetch-Site are refused outright. Requests that
 * authenticate with an Authorization header carry no ambient credentials and are exempt.
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
    const sent = getCookie(c, name);
    let seed = sent && sent.length >= 20 ? sent : undefined;
    // Issued lazily: only pages that render a form set the cookie, so public pages stay cacheable.
    c.set('csrf', () => {
      if (!seed) {
        seed = randomToken(24);
        setCookie(c, name, seed, { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
      }
      return hmac(secret, seed);
    });
    if (SAFE.has(c.req.method) || c.req.header('authorization') || exempt(c)) return next();

    if (c.req.header('sec-fetch-site') === 'cross-site') {
      throw new AppError('FORBIDDEN', 'Cross-site request refused');
    }
    let token = c.req.header(CSRF_HEADER);
    if (!token && (c.req.header('content-type') ?? '').match(/form-urlencoded|multipart\/form-data/)) {
      const body = await c.req.parseBody();
      token = typeof body[CSRF_FIELD] === 'string' ? body[CSRF_FIELD] : undefined;
    }
    if (!seed || !token || !safeEqual(token, hmac(secret, seed))) {
      throw new AppError('FORBIDDEN', 'This form has expired. Reload the page and try again.');
    }
    return next();
  };
}
