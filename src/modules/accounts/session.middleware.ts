import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../platform/errors.ts';
import type { AppEnv } from '../../platform/http/app.ts';
import { bearerToken, isBearerScheme } from '../../platform/security/bearer.ts';
import type { AccountsDeps } from './accounts.deps.ts';
import { resolveActor } from './resolve-actor.ts';
import { readSessionCookies } from './session-cookie.ts';

/** Resolve the session cookie to `c.var.actor` (null when signed out). */
export function sessionMiddleware(
  deps: Pick<AccountsDeps, 'db' | 'clock'>,
  secure: boolean,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // The seller API authenticates by API key only, in its own error shapes (src/ws).
    if (c.req.path.startsWith('/ws/')) {
      c.set('actor', null);
      return next();
    }
    // A bearer token (from POST /api/v1/auth/token) is a session too, sent without cookies. A
    // request in the Bearer scheme is exempt from the CSRF checks, so it is judged by its token
    // alone: a malformed, unknown or expired one is refused, never replaced by the session cookie.
    const authorization = c.req.header('authorization');
    if (isBearerScheme(authorization)) {
      const bearer = bearerToken(authorization);
      const actor = bearer ? await resolveActor(deps, bearer) : null;
      if (!actor) throw new AppError('UNAUTHORIZED', 'The bearer token is invalid, expired or revoked');
      c.set('actor', actor);
      return next();
    }
    const token = readSessionCookies(c, secure).session;
    c.set('actor', token ? await resolveActor(deps, token) : null);
    return next();
  };
}

const TERMS_FREE =
  /^(\/pro)?\/[a-z]{2}-[a-z]{2}\/(account(\/terms|\/close)?|legal\/.*)$|^\/(sign-out|assets\/.*|images\/.*|healthz)$/;

/**
 * A signed-in user who has not accepted the terms now in force is sent to accept them (or close
 * the account) before anything else; API writes are refused until then.
 */
export function termsGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    if (!actor?.pendingTerms || TERMS_FREE.test(c.req.path)) return next();
    if (c.req.path.startsWith('/api/')) {
      if (c.req.method === 'GET') return next();
      throw new AppError('FORBIDDEN', 'Accept the updated terms of use before continuing');
    }
    if (c.req.method !== 'GET')
      throw new AppError('FORBIDDEN', 'Accept the updated terms of use before continuing');
    const m = /^(\/pro)?\/([a-z]{2}-[a-z]{2})(\/|$)/.exec(c.req.path);
    return c.redirect(`${m?.[1] ?? ''}/${m?.[2] ?? 'fr-fr'}/account/terms`, 303);
  };
}
