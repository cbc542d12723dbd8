import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';
import type { Actor, BuyerType, OperatorRole, SellerPermission, SellerRole } from './actor.ts';
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
  /**
   * A member of the seller named by the route parameter `param`, with one of `roles` if given;
   * with `permission`, an owner or a staff member an owner granted it to.
   */
  | { kind: 'sellerMember'; param: string; roles?: readonly SellerRole[]; permission?: SellerPermission }
  /**
   * An operator with one of `roles`; admins may do everything operators do, once their session
   * passed a second factor (`beforeSecondFactor`: the enrolment page, open before that).
   */
  | { kind: 'operator'; roles: readonly OperatorRole[]; beforeSecondFactor?: true };

export type AccessVerdict = 'allowed' | 'unauthenticated' | 'forbidden' | 'secondFactorRequired';

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
      const sellerId = Number(params[rule.param]);
      const role = actor.sellers.get(sellerId);
      if (!role || (rule.roles && !rule.roles.includes(role))) return 'forbidden';
      if (!rule.permission || role === 'owner') return 'allowed';
      return actor.sellerPermissions?.get(sellerId)?.has(rule.permission) ? 'allowed' : 'forbidden';
    }
    case 'operator':
      if (!actor.operatorRoles.has('admin') && !rule.roles.some((r) => actor.operatorRoles.has(r)))
        return 'forbidden';
      return actor.needsSecondFactor && !rule.beforeSecondFactor ? 'secondFactorRequired' : 'allowed';
  }
}

export const ACCESS_RULE = Symbol('accessRule');
export const ACCESS_DENIED = {
  unauthenticated: 'Sign in to continue',
  forbidden: 'You are not allowed to do this',
  secondFactorRequired: 'Set up two-factor authentication (required for admins) to continue',
} as const;
/**
 * Set on a refusal by an access rule (its verdict), whatever language the error page speaks: a
 * client or a test tells it apart from a handler's own 401/403 (a wrong password).
 */
export const ACCESS_DENIED_HEADER = 'x-access-denied';
/** Where an admin without a second factor is sent (the console's security page). */
export const SECOND_FACTOR_PAGE = '/console/security';
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
      c.header(ACCESS_DENIED_HEADER, verdict);
      throw new AppError('UNAUTHORIZED', ACCESS_DENIED.unauthenticated);
    }
    if (verdict === 'secondFactorRequired') {
      if (!isApiRequest(c) && c.req.method === 'GET') return c.redirect(SECOND_FACTOR_PAGE, 303);
      c.header(ACCESS_DENIED_HEADER, verdict);
      throw new AppError('SECOND_FACTOR_REQUIRED', ACCESS_DENIED.secondFactorRequired);
    }
    c.header(ACCESS_DENIED_HEADER, verdict);
    throw new AppError('FORBIDDEN', ACCESS_DENIED.forbidden);
  };
  return Object.assign(mw, { [ACCESS_RULE]: rule });
}

export const PUBLIC = access({ kind: 'public' });
export const SIGNED_IN = access({ kind: 'signedIn' });
