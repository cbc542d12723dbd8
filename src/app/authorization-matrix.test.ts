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
});
