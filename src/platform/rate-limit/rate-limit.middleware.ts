import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Env, MiddlewareHandler } from 'hono';
import { problem, sendProblem } from '../http/problem.ts';
import type { Decision, RateLimit } from './rate-limit.rules.ts';
import type { RateLimiter } from './rate-limiter.ts';

export type RateLimitPageRenderer<E extends Env> = (
  c: Context<E>,
  status: number,
  message: string,
) => Response | Promise<Response>;

export type RateLimitOptions<E extends Env> = {
  limiter: RateLimiter;
  limit: RateLimit;
  /** The subject to count (client IP, account id, email); null skips limiting for this request. */
  key: (c: Context<E>) => string | null | Promise<string | null>;
  cost?: number;
  /** The page shown outside /api/ (e.g. the storefront's error page); a bare page by default. */
  renderPage?: RateLimitPageRenderer<E>;
};

/**
 * Count each request against `limit`. Every limited response carries the IETF draft headers
 * RateLimit-Limit / -Remaining / -Reset / -Policy; a refused one is answered here with 429 and
 * Retry-After (problem+json with code RATE_LIMITED under /api/, an HTML page elsewhere), without
 * reaching the handler.
 * The 429 is returned, not thrown: the app's onError would build a response of its own.
 */
export function rateLimit<E extends Env>({
  limiter,
  limit,
  key,
  cost = 1,
  renderPage = plainPage,
}: RateLimitOptions<E>): MiddlewareHandler<E> {
  return async (c, next) => {
    const subject = await key(c);
    if (subject === null) return next();
    const decision = await limiter.consume(limit, subject, cost);
    if (decision.allowed) {
      await next();
      // Set on the finished response's own headers: c.header() after next() would copy the
      // response (and turn its body into a stream) once per header.
      for (const [name, value] of Object.entries(rateLimitHeaders(limit, decision)))
        c.res.headers.set(name, value);
      return;
    }
    const seconds = decision.retryAfterSeconds;
    const message = `Too many requests — try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
    const headers = { ...rateLimitHeaders(limit, decision), 'retry-after': String(seconds) };
    if (c.req.path.startsWith('/api/')) {
      return sendProblem(c, problem(429, message, undefined, c.req.path, 'RATE_LIMITED'), headers);
    }
    const page = await renderPage(c, 429, message);
    const res = new Response(page.body, { status: 429, headers: page.headers });
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    return res;
  };
}

export function rateLimitHeaders(limit: RateLimit, decision: Decision): Record<string, string> {
  return {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(decision.remaining),
    'ratelimit-reset': String(decision.resetAfterSeconds),
    'ratelimit-policy': `${limit.limit};w=${Math.ceil(limit.windowMs / 1000)}`,
  };
}

function plainPage(_c: Context, _status: number, message: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests</title></head><body><h1>Too many requests</h1><p>${message}</p></body></html>`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=UTF-8' } });
}

export type ClientIpOptions = {
  /**
   * Trust `X-Forwarded-For` from this many reverse proxies in front of the app (true = 1). The
   * address is taken that many entries from the right: the one the outermost trusted proxy saw.
   * Entries further left are written by the client and would let it pick any address.
   */
  trustProxy?: boolean | number;
};

/** The client's address: from trusted proxies' X-Forwarded-For, else the socket, else 'unknown'. */
export function clientIp(c: Context, { trustProxy = false }: ClientIpOptions = {}): string {
  const hops = trustProxy === true ? 1 : trustProxy === false ? 0 : trustProxy;
  if (hops > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const ip = chain[Math.max(0, chain.length - hops)];
    if (ip) return ip;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // no socket, e.g. app.request() in tests
  }
}

/**
 * The rate-limit subject of an address: IPv4 as is, IPv6 by its /64 (one subscriber's network,
 * whose addresses a client can rotate through freely), IPv4-mapped IPv6 as the IPv4 address.
 */
export function ipSubject(ip: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  const prefix = groups.slice(0, 4).map((g) => Number.parseInt(g, 16));
  if (prefix.length < 4 || prefix.some((n) => !Number.isInteger(n) || n < 0 || n > 0xffff)) return ip;
  return `${prefix.map((n) => n.toString(16)).join(':')}::/64`;
}

/** Key requests by client address (see clientIp and ipSubject). */
export function byClientIp(options: ClientIpOptions = {}): (c: Context) => string {
  return (c) => ipSubject(clientIp(c, options));
}
