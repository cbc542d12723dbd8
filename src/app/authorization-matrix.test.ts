import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../test/actors.ts';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { APP_ERROR_CODES, type AppErrorCode, httpStatusOf } from '../platform/errors.ts';
import {
  ACCESS_DENIED,
  ACCESS_DENIED_HEADER,
  ACCESS_RULE,
  type AccessRule,
} from '../platform/http/access.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type ActorName =
  | 'anonymous'
  | 'consumer'
  | 'business'
  | 'sellerOwn'
  | 'sellerStaff'
  | 'sellerOther'
  | 'support'
  | 'admin';
const ACTORS: ActorName[] = [
  'anonymous',
  'consumer',
  'business',
  'sellerOwn',
  'sellerStaff',
  'sellerOther',
  'support',
  'admin',
];

/**
 * The expected answer, written out by hand per rule and actor (not computed by the code under
 * test). Seller routes are requested for seller 1: `sellerOwn` owns it, `sellerStaff` is its staff
 * without any permission, `sellerOther` owns seller 2.
 */
function expected(rule: AccessRule, actor: ActorName): boolean {
  switch (rule.kind) {
    case 'public':
      return true;
    case 'signedIn':
      return actor !== 'anonymous';
    case 'buyer':
      if (rule.buyerType === 'business') return actor === 'business';
      if (rule.buyerType === 'consumer')
        return ['consumer', 'sellerOwn', 'sellerStaff', 'sellerOther'].includes(actor);
      return ['consumer', 'business', 'sellerOwn', 'sellerStaff', 'sellerOther'].includes(actor);
    case 'sellerMember':
      // Owners pass a role or permission rule; staff without permissions pass the plain rule only.
      if (rule.permission || (rule.roles && !rule.roles.includes('staff'))) return actor === 'sellerOwn';
      return actor === 'sellerOwn' || actor === 'sellerStaff';
    case 'operator':
      return actor === 'admin' || (actor === 'support' && rule.roles.includes('support'));
  }
}

type RouteEntry = { method: string; path: string; handler: unknown };

/** Every registered endpoint (method + path) and the access rule its handlers declare, if any. */
function declaredRoutes(routes: readonly RouteEntry[]) {
  const byRoute = new Map<string, { method: string; path: string; rule: AccessRule | null }>();
  for (const r of routes) {
    if (r.method === 'ALL') continue;
    const key = `${r.method} ${r.path}`;
    const entry = byRoute.get(key) ?? { method: r.method, path: r.path, rule: null };
    const rule = (r.handler as { [ACCESS_RULE]?: AccessRule })[ACCESS_RULE];
    if (rule) entry.rule = rule;
    byRoute.set(key, entry);
  }
  return [...byRoute.values()];
}

const SAMPLES: Record<string, string> = { market: 'fr-fr', sellerId: '1', kind: 'terms', file: 'x.svg' };

/** Replace each `:name` or `:name{regex}` (the regex may nest braces) with a sample value. */
function concretePath(pattern: string, userId: number): string {
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const m = /^:([A-Za-z]+)/.exec(pattern.slice(i));
    if (!m) {
      out += pattern[i++];
      continue;
    }
    i += m[0].length;
    let numeric = false;
    if (pattern[i] === '{') {
      numeric = pattern.startsWith('{[0-9]', i);
      for (let depth = 0; i < pattern.length; i++) {
        if (pattern[i] === '{') depth++;
        if (pattern[i] === '}' && --depth === 0) break;
      }
      i++;
    }
    out += SAMPLES[m[1]!] ?? (m[1] === 'id' ? String(userId) : numeric ? '1' : 'sample');
  }
  return out;
}

describe.each(ENGINES)('authorization of every route on %s', (engine) => {
  let t: T;
  const cookies = new Map<ActorName, () => Promise<string>>();
  let subjectUserId = 0;
  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 6, sellers: 3, offers: 20 },
      {
        RATE_LIMIT_ANON_PER_MIN: '0',
        RATE_LIMIT_WRITES_PER_MIN: '0',
        RATE_LIMIT_AUTH_PER_15_MIN: '0',
        DEV_TOOLS: 'true',
        BENCHMARK: 'true',
      },
    );
    const d = t.deps;
    const specs = {
      consumer: { email: 'consumer@example.com' },
      business: { email: 'business@example.com', buyerType: 'business' as const },
      sellerOwn: { email: 'own@example.com', sellers: [{ sellerId: 1, role: 'owner' as const }] },
      sellerStaff: { email: 'staff@example.com', sellers: [{ sellerId: 1, role: 'staff' as const }] },
      sellerOther: { email: 'other@example.com', sellers: [{ sellerId: 2, role: 'owner' as const }] },
      support: { email: 'support@example.com', buyerType: null, operator: ['support' as const] },
      admin: { email: 'admin@example.com', buyerType: null, operator: ['admin' as const] },
    };
    for (const [name, spec] of Object.entries(specs)) {
      const a = await createActor(d, spec);
      cookies.set(name as ActorName, a.cookie);
      if (name === 'consumer') subjectUserId = a.userId;
    }
  });
  afterAll(() => t.close());

  it('every route declares who may call it', () => {
    const routes = declaredRoutes(t.app.routes);
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !r.rule).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('each kind of actor gets exactly what the rule allows', async () => {
    const csrf = csrfPair(t.deps);
    const failures: string[] = [];
    let checked = 0;
    for (const route of declaredRoutes(t.app.routes)) {
      const path = concretePath(route.path, subjectUserId);
      for (const actor of ACTORS) {
        // Elsewhere a staff member is any signed-in consumer: only seller rules tell it apart.
        if (actor === 'sellerStaff' && route.rule?.kind !== 'sellerMember') continue;
        const session = actor === 'anonymous' ? '' : await cookies.get(actor)!();
        const res = await t.app.request(path, {
          method: route.method,
          headers: {
            cookie: [session, csrf.cookie].filter(Boolean).join('; '),
            'x-csrf-token': csrf.header,
            'x-forwarded-for': '198.51.100.1',
            ...(route.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          },
          body: route.method === 'GET' ? undefined : '',
        });
        const location = res.headers.get('location') ?? '';
        // Denials by the access rule, told apart from a handler's own 401/403 (a wrong password).
        const text = await res.text();
        const denied =
          ([401, 403].includes(res.status) &&
            (res.headers.get(ACCESS_DENIED_HEADER) !== null ||
              text.includes(ACCESS_DENIED.unauthenticated) ||
              text.includes(ACCESS_DENIED.forbidden))) ||
          (res.status === 303 && location.includes('/sign-in?next='));
        // Every JSON error, whoever asks, carries a code of the closed list whose status it has.
        if (res.status >= 400 && path.startsWith('/api/')) {
          const code = (JSON.parse(text) as { code?: string }).code as AppErrorCode;
          if (!APP_ERROR_CODES.includes(code) || httpStatusOf(code) !== res.status)
            failures.push(`${route.method} ${path} as ${actor}: ${res.status} with code ${code}`);
        }
        const want = expected(route.rule!, actor);
        checked++;
        if (denied === want)
          failures.push(
            `${route.method} ${path} as ${actor}: ${res.status} ${location}, expected ${want ? 'allowed' : 'denied'}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(280);
  }, 180_000);

  // Reviews, display side (issue 15): anyone may read published reviews and published photos.
  it.each([
    ['GET', '/api/v1/products/:idOrSlug/reviews'],
    ['GET', '/api/v1/sellers/:slug/reviews'],
    ['GET', '/api/v1/review-photos/:id'],
  ])('%s %s is public', (method, path) => {
    const route = declaredRoutes(t.app.routes).find((r) => r.method === method && r.path === path);
    expect(route?.rule?.kind).toBe('public');
  });
  // Reviews, writing side (issue 15): the buyer API needs a buyer; the pages a signed-in person,
  // except the emailed link (its token is the credential) and the licence terms.
  const SHOP = '/:market{[a-z]{2}-[a-z]{2}}';
  it.each([
    ['POST', '/api/v1/me/reviews', 'buyer'],
    ['GET', '/api/v1/me/reviews', 'buyer'],
    ['PATCH', '/api/v1/me/reviews/:id', 'buyer'],
    ['DELETE', '/api/v1/me/reviews/:id', 'buyer'],
    ['POST', '/api/v1/me/reviews/:id/photos', 'buyer'],
    ['GET', `${SHOP}/orders/:checkoutId/lines/:lineId/review`, 'signedIn'],
    ['POST', `${SHOP}/orders/:checkoutId/lines/:lineId/review`, 'signedIn'],
    ['GET', `${SHOP}/reviews/write`, 'public'],
    ['POST', `${SHOP}/reviews/write`, 'public'],
    ['GET', `${SHOP}/account/reviews`, 'signedIn'],
    ['GET', `${SHOP}/account/reviews/:reviewId`, 'signedIn'],
    ['POST', `${SHOP}/account/reviews/:reviewId`, 'signedIn'],
    ['POST', `${SHOP}/account/reviews/:reviewId/photos`, 'signedIn'],
    ['POST', `${SHOP}/account/reviews/:reviewId/delete`, 'signedIn'],
    ['GET', `${SHOP}/legal/review-licence`, 'public'],
  ])('%s %s is %s', (method, path, kind) => {
    const route = declaredRoutes(t.app.routes).find((r) => r.method === method && r.path === path);
    expect(route?.rule?.kind).toBe(kind);
  });
  // Reviews, moderation side (issue 15): moderators (and admins) decide; anyone may report or
  // appeal (the use case keeps a signed-in third party off someone else's decision); a seller's
  // members reply from the portal.
  const MOD = (r: { rule: AccessRule | null }) =>
    r.rule?.kind === 'operator' ? r.rule.roles.join(',') : (r.rule?.kind ?? 'none');
  it.each([
    ['GET', '/api/v1/console/reviews/queue', 'moderator'],
    ['POST', '/api/v1/console/reviews/:id/photos', 'moderator'],
    ['POST', '/api/v1/console/reviews/:id/remove', 'moderator'],
    ['POST', '/api/v1/console/reviews/:id/reply/remove', 'moderator'],
    ['POST', '/api/v1/console/reviews/notices/:id/decision', 'moderator'],
    ['POST', '/api/v1/console/reviews/appeals/:id/decision', 'moderator'],
    ['POST', '/api/v1/console/reviews/blocks', 'moderator'],
    ['GET', '/console/reviews', 'moderator'],
    ['GET', '/console/reviews/:id{[0-9]+}', 'moderator'],
    ['GET', '/console/reviews/photos/:photoId{[0-9]+}', 'moderator'],
    ['POST', '/console/reviews/:id{[0-9]+}/photos', 'moderator'],
    ['POST', '/console/reviews/:id{[0-9]+}/remove', 'moderator'],
    ['POST', '/console/reviews/:id{[0-9]+}/reply/remove', 'moderator'],
    ['POST', '/console/reviews/notices/:id{[0-9]+}/decide', 'moderator'],
    ['POST', '/console/reviews/appeals/:id{[0-9]+}/decide', 'moderator'],
    ['POST', '/console/reviews/blocks', 'moderator'],
    ['POST', '/api/v1/reviews/:id/notices', 'public'],
    ['POST', '/api/v1/reviews/appeals', 'public'],
    ['GET', `${SHOP}/reviews/:id{[0-9]+}/report`, 'public'],
    ['POST', `${SHOP}/reviews/:id{[0-9]+}/report`, 'public'],
    ['GET', `${SHOP}/reviews/appeal`, 'public'],
    ['POST', `${SHOP}/reviews/appeal`, 'public'],
    ['GET', '/seller/:sellerId{[0-9]+}/reviews', 'sellerMember'],
    ['POST', '/seller/:sellerId{[0-9]+}/reviews/:reviewId{[0-9]+}/reply', 'sellerMember'],
  ])('%s %s is for %s', (method, path, who) => {
    const route = declaredRoutes(t.app.routes).find((r) => r.method === method && r.path === path);
    expect(route && MOD(route)).toBe(who);
  });

  // Insurance claims (issue 14): only a signed-in person reaches the claim form; the order's buyer
  // only gets further (anyone else: 404, insurance-claims.routes.test.ts).
  it.each([
    ['GET', '/:market{[a-z]{2}-[a-z]{2}}/orders/:checkoutId/lines/:lineId/insurance'],
    ['POST', '/:market{[a-z]{2}-[a-z]{2}}/orders/:checkoutId/lines/:lineId/insurance'],
    ['GET', '/pro/:market{[a-z]{2}-[a-z]{2}}/orders/:checkoutId/lines/:lineId/insurance'],
    ['POST', '/pro/:market{[a-z]{2}-[a-z]{2}}/orders/:checkoutId/lines/:lineId/insurance'],
  ])('%s %s is signedIn', (method, path) => {
    const route = declaredRoutes(t.app.routes).find((r) => r.method === method && r.path === path);
    expect(route?.rule?.kind).toBe('signedIn');
  });
});
