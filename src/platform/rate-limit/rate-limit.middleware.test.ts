import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINES } from '../../../test/db.ts';
import { fixedClock } from '../clock.ts';
import type { Database } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.ts';
import { byClientIp, clientIp, ipSubject, rateLimit } from './rate-limit.middleware.ts';
import type { RateLimit } from './rate-limit.rules.ts';
import type { RateLimitStore } from './rate-limit-store.ts';
import { createRateLimiter, type RateLimiter } from './rate-limiter.ts';

const W = 60_000;
const T0 = '2026-11-21T12:00:00Z'; // a window boundary
const rule: RateLimit = { name: 'pages', limit: 3, windowMs: W };

/** A tiny app: one process of the deployment, limited by client IP behind one trusted proxy. */
function appWith(limiter: RateLimiter) {
  const handled: string[] = [];
  const app = new Hono();
  app.onError((err, c) => c.json({ error: err.message }, err instanceof AppError ? 404 : 500));
  app.use('*', rateLimit({ limiter, limit: rule, key: byClientIp({ trustProxy: true }) }));
  app.get('/api/items', (c) => {
    handled.push('items');
    return c.json({ items: [] });
  });
  app.get('/shop', (c) => c.html('<p>shop</p>'));
  app.get('/api/missing', () => {
    throw AppError.notFound('Item');
  });
  const get = (path: string, ip = '203.0.113.7') => app.request(path, { headers: { 'x-forwarded-for': ip } });
  return { app, get, handled };
}

describe.each(ENGINES)('rateLimit middleware over PostgresRateLimitStore on %s', (engine) => {
  let database: Database;
  let store: RateLimitStore;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    store = new PostgresRateLimitStore(database.db);
  });
  afterAll(async () => database?.close());

  it('allows `limit` requests with RateLimit headers, then answers 429 with Retry-After until the window has passed', async () => {
    const clock = fixedClock(T0);
    const { get, handled } = appWith(createRateLimiter({ store, clock }));
    for (const remaining of [2, 1, 0]) {
      const res = await get('/api/items', '198.51.100.1');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-limit')).toBe('3');
      expect(res.headers.get('ratelimit-remaining')).toBe(String(remaining));
      expect(res.headers.get('ratelimit-reset')).toBe('120');
      expect(res.headers.get('ratelimit-policy')).toBe('3;w=60');
      expect(res.headers.get('retry-after')).toBeNull();
    }
    const refused = await get('/api/items', '198.51.100.1');
    expect(refused.status).toBe(429);
    // 4 hits this window: 4 × (60 − e)/60 + 1 ≤ 3 from 30 s into the next one.
    expect(refused.headers.get('retry-after')).toBe('90');
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(await refused.json()).toEqual({
      type: '/errors/rate-limited',
      code: 'RATE_LIMITED',
      title: 'Too many requests',
      status: 429,
      detail: 'Too many requests — try again in 90 seconds.',
      instance: '/api/items',
    });
    expect(handled).toHaveLength(3);
    // Another client is not affected.
    expect((await get('/api/items', '198.51.100.2')).status).toBe(200);

    clock.advance(89_000);
    expect((await get('/api/items', '198.51.100.1')).status).toBe(429);
    clock.advance(61_000); // 150 s: past the 90 s announced by the first refusal
    const again = await get('/api/items', '198.51.100.1');
    expect(again.status).toBe(200);
    clock.advance(2 * W); // two quiet windows: the full limit is back
    const fresh = await get('/api/items', '198.51.100.1');
    expect(fresh.headers.get('ratelimit-remaining')).toBe('2');
  });

  it('answers a refused page outside /api/ with a short HTML page', async () => {
    const clock = fixedClock(T0);
    const { get } = appWith(createRateLimiter({ store, clock }));
    for (let i = 0; i < 3; i++) expect((await get('/shop', '198.51.100.3')).status).toBe(200);
    const refused = await get('/shop', '198.51.100.3');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect(refused.headers.get('retry-after')).toBe('90');
    expect(await refused.text()).toContain('Too many requests — try again in 90 seconds.');
  });

  it('shares the count between two processes using the same store', async () => {
    const clock = fixedClock(T0);
    const one = appWith(createRateLimiter({ store, clock }));
    const two = appWith(createRateLimiter({ store, clock }));
    expect((await one.get('/api/items', '198.51.100.4')).status).toBe(200);
    expect((await two.get('/api/items', '198.51.100.4')).status).toBe(200);
    expect((await one.get('/api/items', '198.51.100.4')).headers.get('ratelimit-remaining')).toBe('0');
    expect((await two.get('/api/items', '198.51.100.4')).status).toBe(429);
    expect((await one.get('/api/items', '198.51.100.4')).status).toBe(429);
  });

  it('keeps its headers on error responses built downstream', async () => {
    const { get } = appWith(createRateLimiter({ store, clock: fixedClock(T0) }));
    const res = await get('/api/missing', '198.51.100.5');
    expect(res.status).toBe(404);
    expect(res.headers.get('ratelimit-remaining')).toBe('2');
  });
});

describe('rateLimit middleware options', () => {
  const memoryLimiter = (store?: RateLimitStore) =>
    createRateLimiter({
      store: store ?? {
        hit: async () => ({ current: 99, previous: 0 }),
      },
      clock: fixedClock(T0),
    });

  it('skips limiting when the key is null', async () => {
    const app = new Hono();
    app.use('*', rateLimit({ limiter: memoryLimiter(), limit: rule, key: () => null }));
    app.get('/', (c) => c.text('ok'));
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-limit')).toBeNull();
  });

  it('renders refusals outside /api/ with the given page, keeping status and headers', async () => {
    const app = new Hono();
    app.use(
      '*',
      rateLimit({
        limiter: memoryLimiter(),
        limit: rule,
        key: async () => 'someone',
        renderPage: (c, status, message) => c.html(`<main>${status}: ${message}</main>`, 200),
      }),
    );
    app.get('/', (c) => c.text('ok'));
    const res = await app.request('/');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('119');
    expect(await res.text()).toBe('<main>429: Too many requests — try again in 119 seconds.</main>');
  });

  it('fails closed by default and open when asked, when the store is down', async () => {
    const down: RateLimitStore = {
      hit: async () => {
        throw new Error('store down');
      },
    };
    const errors: unknown[] = [];
    await expect(
      createRateLimiter({ store: down, clock: fixedClock(T0) }).consume(rule, 'x'),
    ).rejects.toThrow('store down');
    const open = createRateLimiter({
      store: down,
      clock: fixedClock(T0),
      failOpen: true,
      onStoreError: (e) => errors.push(e),
    });
    expect(await open.consume(rule, 'x')).toMatchObject({ allowed: true, remaining: 2 });
    expect(errors).toHaveLength(1);
  });
});

describe('clientIp', () => {
  const ipOf = async (headers: Record<string, string>, trustProxy?: boolean | number) => {
    const app = new Hono();
    app.get('/', (c) => c.text(clientIp(c, { trustProxy })));
    return (await app.request('/', { headers })).text();
  };

  it('trusts X-Forwarded-For only when told, taking the address the trusted proxy saw', async () => {
    const xff = { 'x-forwarded-for': '10.9.9.9, 203.0.113.9' }; // first entry written by the client
    expect(await ipOf(xff)).toBe('unknown'); // no socket under app.request()
    expect(await ipOf(xff, true)).toBe('203.0.113.9');
    expect(await ipOf(xff, 2)).toBe('10.9.9.9');
    expect(await ipOf(xff, 5)).toBe('10.9.9.9');
    expect(await ipOf({ 'x-forwarded-for': ' 203.0.113.10 ' }, true)).toBe('203.0.113.10');
    expect(await ipOf({}, true)).toBe('unknown');
  });

  it('reads the socket address when served by @hono/node-server', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(clientIp(c)));
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': '10.0.0.1' } });
      expect(ipSubject(await res.text())).toBe('127.0.0.1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('groups IPv6 clients by /64 and unwraps IPv4-mapped addresses', () => {
    expect(ipSubject('203.0.113.7')).toBe('203.0.113.7');
    expect(ipSubject('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(ipSubject('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(ipSubject('2001:0DB8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(ipSubject('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipSubject('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(ipSubject('::1')).toBe('0:0:0:0::/64');
    expect(ipSubject('unknown')).toBe('unknown');
    expect(ipSubject('not:an:ip')).toBe('not:an:ip');
  });
});
