/**
 * Authentication, market and rate limits of the seller API (domain-rules §1.2):
 * - `Authorization: Basic <token>` — Back Market sends the token verbatim after "Basic "; standard
 *   HTTP Basic (base64 of `user:token`) is accepted too, the token being the password;
 * - `User-Agent` is mandatory (400 without one), e.g. `BM-Company-Integration;contact@domain`;
 * - `Accept-Language` (fr-fr, de-de, en-gb…) selects the market, fr-fr by default;
 * - per key: 200 requests / 10 s overall, 20 / 10 s on the catalog (/ws/category/*), 2 000 listing
 *   lines / hour written (POST /ws/listings*), 2 / s on /ws/backbox/v1/competitors, and BackBox
 *   snapshots (/ws/listings_bi, first page) twice an hour per market. A refused request gets 429
 *   with Retry-After and the RateLimit-* headers, in Back Market's error shape;
 * - requests without a valid key are answered before their body is read, and counted per client
 *   address (never against a key): past the limit they get 429 instead of 401.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { authenticateApiKeyCached } from '../modules/seller-api/api-keys.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/client.ts';
import type { AppEnv } from '../platform/http/app.ts';
import { type Market, marketFromAcceptLanguage } from '../platform/markets.ts';
import { rateLimit } from '../platform/rate-limit/rate-limit.middleware.ts';
import type { RateLimit } from '../platform/rate-limit/rate-limit.rules.ts';
import type { RateLimiter } from '../platform/rate-limit/rate-limiter.ts';
import { WS_ONLY_CODES, wsErrorOf, wsErrorResponse } from './ws-errors.ts';

export type WsAuth = { sellerId: number; keyId: number; market: Market };

const authOf = new WeakMap<Request, WsAuth>();

/** The authenticated seller of a /ws request (set by wsAuthenticate). */
export function wsAuthOf(c: Context): WsAuth {
  const a = authOf.get(c.req.raw);
  if (!a) throw new Error('wsAuthenticate must run before the /ws handlers');
  return a;
}

/** The authenticated seller of a /ws request, if wsAuthenticate has accepted its key. */
export function wsAuthIfAny(c: Context): WsAuth | undefined {
  return authOf.get(c.req.raw);
}

/** Token candidates from an Authorization header: the raw Basic value, and the password of base64 `user:token`. */
export function tokenCandidates(header: string | undefined): string[] {
  const m = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m) return [];
  const raw = m[1]!;
  const out = [raw];
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(raw)) {
    const decoded = Buffer.from(raw, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    // Printable ASCII only: random bytes that happen to decode are not a user:password pair.
    if (i >= 0 && /^[\x21-\x7e]*:[\x21-\x7e]+$/.test(decoded)) out.push(decoded.slice(i + 1));
  }
  return out;
}

/** How requests without a valid key are counted: per client address. */
export type WsAnonymousLimit = { limiter: RateLimiter; limit: RateLimit; key: (c: Context) => string };

/**
 * Check User-Agent and the API key, pick the market; answers 400 / 401 itself, before the body is
 * read. With `anonymous`, refused requests are counted per address: past the limit, 429.
 */
export function wsAuthenticate(
  deps: { db: Db; clock: Clock },
  anonymous?: WsAnonymousLimit,
): MiddlewareHandler<AppEnv> {
  const countRefusal = anonymous
    ? rateLimit<AppEnv>({
        limiter: anonymous.limiter,
        limit: anonymous.limit,
        key: anonymous.key,
        renderPage: (c, _status, message) => wsErrorResponse(c, wsErrorOf(c, 'RATE_LIMITED', message)),
      })
    : null;
  return async (c, next) => {
    const ua = c.req.header('user-agent')?.trim() ?? '';
    if (!ua) {
      return wsErrorResponse(c, {
        status: 400,
        code: WS_ONLY_CODES.missingUserAgent,
        message:
          'A User-Agent header naming your integration is required, e.g. "BM-Company-Integration;contact@example.com"',
      });
    }
    const candidates = tokenCandidates(c.req.header('authorization'));
    const auth = candidates.length
      ? await authenticateApiKeyCached(deps.db, candidates, deps.clock.now())
      : null;
    if (!auth) {
      const refuse = () =>
        wsErrorResponse(
          c,
          wsErrorOf(
            c,
            'UNAUTHORIZED',
            candidates.length
              ? 'Invalid or revoked API token'
              : 'Missing credentials: send "Authorization: Basic <your API token>"',
          ),
          { 'www-authenticate': 'Basic realm="seller-api"' },
        );
      if (!countRefusal) return refuse();
      const limited = await countRefusal(c, async () => {
        c.res = refuse();
      });
      return limited ?? c.res;
    }
    authOf.set(c.req.raw, { ...auth, market: marketFromAcceptLanguage(c.req.header('accept-language')) });
    return next();
  };
}

const SECOND = 1000;
const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

export const WS_LIMITS = {
  general: { name: 'ws', limit: 200, windowMs: 10 * SECOND },
  catalog: { name: 'ws-catalog', limit: 20, windowMs: 10 * SECOND },
  listingUpdates: { name: 'ws-listing-lines', limit: 2000, windowMs: HOUR },
  competitors: { name: 'ws-competitors', limit: 2, windowMs: SECOND },
  listingsBi: { name: 'ws-listings-bi', limit: 2, windowMs: HOUR },
} as const satisfies Record<string, RateLimit>;

/**
 * The Care API's own limits per key, as the reference documents each operation ("rate limited to
 * 520 requests per minute and 4000 per day"): a minute and a day window each.
 */
const SAV_OPERATIONS: ReadonlyArray<{
  name: string;
  method: string;
  path: RegExp;
  perMinute?: number;
  perDay: number;
}> = [
  { name: 'sav-list', method: 'GET', path: /^\/ws\/sav\/?$/, perMinute: 520, perDay: 4_000 },
  { name: 'sav-details', method: 'GET', path: /^\/ws\/sav\/\d+\/?$/, perMinute: 600, perDay: 40_000 },
  {
    name: 'sav-problem',
    method: 'POST',
    path: /^\/ws\/sav\/\d+\/problem\/?$/,
    perMinute: 750,
    perDay: 1_000,
  },
  { name: 'sav-refund', method: 'POST', path: /^\/ws\/sav\/refund\/?$/, perDay: 500 },
  { name: 'sav-message', method: 'POST', path: /^\/ws\/sav\/\d+\/msg\/?$/, perMinute: 560, perDay: 40_000 },
  {
    name: 'sav-item-transfer',
    method: 'POST',
    path: /^\/ws\/sav\/\d+\/item-transfer\/?$/,
    perMinute: 292,
    perDay: 500,
  },
];

export const SAV_LIMITS: ReadonlyArray<{ limit: RateLimit; method: string; path: RegExp }> =
  SAV_OPERATIONS.flatMap((o) => [
    ...(o.perMinute
      ? [
          {
            limit: { name: `ws-${o.name}-min`, limit: o.perMinute, windowMs: MINUTE },
            method: o.method,
            path: o.path,
          },
        ]
      : []),
    { limit: { name: `ws-${o.name}-day`, limit: o.perDay, windowMs: DAY }, method: o.method, path: o.path },
  ]);

const keyOf = (c: Context) => `key:${wsAuthOf(c).keyId}`;

const RATE_HEADERS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit-policy'];

/**
 * Each limiter writes its RateLimit-* headers on the way out; an outer one would overwrite the
 * headers of the limit that actually refused the request. Keep the refusing limit's headers.
 */
function keepRefusalHeaders(mw: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let refused: Headers | undefined;
    const res = await mw(c, async () => {
      await next();
      if (c.res.status === 429) refused = new Headers(c.res.headers);
    });
    if (refused) {
      for (const h of RATE_HEADERS) {
        const v = refused.get(h);
        if (v !== null) c.res.headers.set(h, v);
      }
    }
    return res;
  };
}

/**
 * The per-key limits, most specific first (so a successful answer carries the tightest limit's
 * headers). Run after wsAuthenticate.
 */
export function wsRateLimits(limiter: RateLimiter): MiddlewareHandler<AppEnv>[] {
  const renderPage = (c: Context<AppEnv>, _status: number, message: string) =>
    wsErrorResponse(c, wsErrorOf(c, 'RATE_LIMITED', message));
  const limited = (limit: RateLimit, when: (c: Context<AppEnv>) => boolean, key = keyOf) =>
    keepRefusalHeaders(
      rateLimit<AppEnv>({ limiter, limit, renderPage, key: (c) => (when(c) ? key(c) : null) }),
    );
  return [
    limited(
      WS_LIMITS.listingsBi,
      (c) => /^\/ws\/listings_bi\/?$/.test(c.req.path) && (c.req.query('page') ?? '1') === '1',
      (c) => `${keyOf(c)}:${wsAuthOf(c).market.code}`,
    ),
    limited(WS_LIMITS.competitors, (c) => c.req.path.startsWith('/ws/backbox/v1/competitors/')),
    limited(WS_LIMITS.listingUpdates, (c) => c.req.method === 'POST' && isListingWrite(c.req.path)),
    limited(WS_LIMITS.catalog, (c) => c.req.path.startsWith('/ws/category/')),
    ...SAV_LIMITS.map((l) => limited(l.limit, (c) => c.req.method === l.method && l.path.test(c.req.path))),
    limited(WS_LIMITS.general, () => true),
  ];
}

export function isListingWrite(path: string): boolean {
  return /^\/ws\/listings(\/[^/]+)?\/?$/.test(path) && !path.startsWith('/ws/listings/detail');
}
