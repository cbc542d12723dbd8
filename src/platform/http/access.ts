import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';
import type { Actor, BuyerType, OperatorRole, SellerRole } from './actor.ts';
import type { AppEnv } from './app.ts';

/**
 * Who may call a route. Every route declares one with `access(rule)`; a test walks the app's
 * routes and fails on any without it, then checks each rule against every kind of actor.
 */
export type AccessRule =
  | { kind: 'public' }
  /** Any signed-in person. */
  | { kind: 'signedIn' }
  | { kind: 'buyer'; buyerType?: BuyerType }
  /** A member of the seller named by the route parameter `param`. */
  | { kind: 'sellerMember'; param: string; roles?: readonly SellerRole[] }
  /** An operator with one of `roles`; admins may do everything operators do. */
  | { kind: 'operator'; roles: readonly OperatorRole[] };

export type AccessVerdict = 'allowed' | 'unauthenticated' | 'forbidden';

export function judge(rule: AccessRule, actor: Actor | null, params: Record<string, string>): AccessVerdict {
  if (rule.kind === 'public') return 'allowed';
  if (!actor) return 'unauthenticated';
  switch (rule.kind) {
    case 'signedIn':
      return 'allowed';
    case 'buyer':
      return actor.buyerType && (!rule.buyerType || rule.buyerType === actor.buyerType)
        ? 'allowed'
        : 'forbidden';
    case 'sellerMember': {
      const role = actor.sellers.get(Number(params[rule.param]));
      return role && (!rule.roles || rule.roles.includes(role)) ? 'allowed' : 'forbidden';
    }
    case 'operator':
      return actor.operatorRoles.has('admin') || rule.roles.some((r) => actor.operatorRoles.has(r))
        ? 'allowed'
        : 'forbidden';
  }
}

export const ACCESS_RULE = Symbol('accessRule');
export const ACCESS_DENIED = {
  unauthenticated: 'Sign in to continue',
  forbidden: 'You are not allowed to do this',
} as const;
export type AccessMiddleware = MiddlewareHandler<AppEnv> & { [ACCESS_RULE]: AccessRule };

export const isApiRequest = (c: Context) => c.req.path.startsWith('/api/');

/** Where a signed-out visitor of an HTML page is sent to sign in, keeping the page's storefront. */
export function signInPathFor(path: string): string {
  const pro = /^\/pro\/([a-z]{2}-[a-z]{2})(\/|$)/.exec(path);
  if (pro) return `/pro/${pro[1]}/sign-in`;
  const shop = /^\/([a-z]{2}-[a-z]{2})(\/|$)/.exec(path);
  return `/${shop?.[1] ?? 'fr-fr'}/sign-in`;
}

export function access(rule: AccessRule): AccessMiddleware {
  const mw: MiddlewareHandler<AppEnv> = async (c, next) => {
    const verdict = judge(rule, c.get('actor') ?? null, c.req.param() as Record<string, string>);
    if (verdict === 'allowed') return next();
    if (verdict === 'unauthenticated') {
      if (!isApiRequest(c) && c.req.method === 'GET') {
        const next = `${c.req.path}${new URL(c.req.url).search}`;
        return c.redirect(`${signInPathFor(c.req.path)}?next=${encodeURIComponent(next)}`, 303);
      }
      throw new AppError('UNAUTHORIZED', ACCESS_DENIED.unauthenticated);
    }
    throw new AppError('FORBIDDEN', ACCESS_DENIED.forbidden);
  };
  return Object.assign(mw, { [ACCESS_RULE]: rule });
}

export const PUBLIC = access({ kind: 'public' });
export const SIGNED_IN = access({ kind: 'signedIn' });
