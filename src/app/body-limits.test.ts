/**
 * Request bodies are bounded before anything reads them, on every path (issue 12, finding 1).
 * The requests go through a real listening server and are streamed in chunks, so the tests see
 * whether the server answers before it has taken the whole body — not what a Request object
 * built in memory would do.
 */

import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../test/actors.ts';
import { ENGINES } from '../../test/db.ts';
import { createTestApp } from '../../test/fixtures.ts';
import { createApiKey } from '../modules/seller-api/api-keys.ts';

type T = Awaited<ReturnType<typeof createTestApp>>;
type Server = ReturnType<typeof serve>;

const MB = 1024 * 1024;
const FORTY_MB = 40 * MB;
const CHUNK = Buffer.alloc(64 * 1024, 'x');
const UA = 'BM-Reloop-TestSuite;qa@example.com';
const BOUNDARY = '----reloop-body-limit';
const WRITES_PER_MIN = 3;
const WS_ANON_PER_MIN = 5;

type Sent = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** Bytes of the body written when the answer's head arrived. */
  sentWhenAnswered: number;
  ms: number;
};

type Post = {
  path: string;
  ip: string;
  /** Body size to stream; the request stops as soon as the server answers. */
  bytes: number;
  /** Announce the size (content-length) or stream it chunked, without a length. */
  chunked?: boolean;
  kind?: 'json' | 'form' | 'multipart';
  headers?: Record<string, string>;
  /** Never finish the body: the server must answer from what it has (headers, a few chunks). */
  endless?: boolean;
};

const CONTENT_TYPES = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  multipart: `multipart/form-data; boundary=${BOUNDARY}`,
};
const MULTIPART_HEAD = Buffer.from(
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="catalog.csv"\r\nContent-Type: text/csv\r\n\r\n`,
);

/** POST `bytes` bytes in 64 KiB chunks, reusing one buffer (the client adds no memory of its own). */
function post(port: number, p: Post): Promise<Sent> {
  const kind = p.kind ?? 'json';
  const started = performance.now();
  return new Promise<Sent>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({
      host: '127.0.0.1',
      agent: false, // a new connection each time: no reuse of one the server is closing
      port,
      method: 'POST',
      path: p.path,
      headers: {
        'content-type': CONTENT_TYPES[kind],
        'x-forwarded-for': p.ip,
        ...(p.chunked || p.endless
          ? { 'transfer-encoding': 'chunked' }
          : { 'content-length': String(p.bytes) }),
        ...p.headers,
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve({
        status: 0,
        headers: {},
        text: 'no answer',
        sentWhenAnswered: sent,
        ms: performance.now() - started,
      });
    }, 20_000);
    req.on('response', (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        if (text.length < 20_000) text += d;
      });
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text,
          sentWhenAnswered,
          ms: performance.now() - started,
        });
      });
    });
    req.on('error', (err) => {
      // The server may close the connection once it has answered: not a failure of the test.
      if (!answered) {
        clearTimeout(timer);
        reject(err);
      }
    });
    const pump = async () => {
      if (kind === 'multipart') {
        req.write(MULTIPART_HEAD);
        sent += MULTIPART_HEAD.length;
      }
      while ((p.endless || sent < p.bytes) && !answered && !req.destroyed) {
        const piece = p.endless ? CHUNK : CHUNK.subarray(0, Math.min(CHUNK.length, p.bytes - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          await new Promise<void>((done) => {
            const settle = () => {
              req.off('drain', settle);
              req.off('close', settle);
              clearInterval(poll);
              done();
            };
            const poll = setInterval(() => answered && settle(), 20);
            req.once('drain', settle);
            req.once('close', settle);
          });
        }
        if (p.endless && sent >= 4 * CHUNK.length) return; // a few chunks, and never the end
      }
      if (!answered && !req.destroyed && !p.endless) req.end();
    };
    pump().catch(() => {});
  });
}

/** Garbage collection on demand, so memory before and after compares live objects. */
function collectGarbage(): void {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

const problemCode = (s: Sent) => (JSON.parse(s.text) as { code?: string }).code;

describe.each(ENGINES)('request body limits before authentication on %s', (engine) => {
  let t: T;
  let server: Server;
  let port: number;
  let sellerId: number;
  let sellerCookie: string;
  let apiKey: string;
  let ipSeq = 0;
  const nextIp = () => `198.51.100.${++ipSeq}`;

  beforeAll(async () => {
    t = await createTestApp(
      engine,
      { products: 4, sellers: 2, offers: 10 },
      {
        RATE_LIMIT_WRITES_PER_MIN: String(WRITES_PER_MIN),
        RATE_LIMIT_WS_ANON_PER_MIN: String(WS_ANON_PER_MIN),
      },
    );
    sellerId = 1;
    const member = await createActor(t.deps, {
      email: 'body-limits@example.com',
      sellers: [{ sellerId, role: 'owner' }],
    });
    sellerCookie = await member.cookie();
    apiKey = (
      await createApiKey(t.deps.db, { sellerId, name: 'limits', createdBy: null, now: t.clock.now() })
    ).token;
    server = await new Promise<Server>((resolve) => {
      const s = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
    await t.close();
  });

  const targets: Array<{
    name: string;
    p: Omit<Post, 'ip' | 'bytes'>;
    expect: number[];
    shape: 'ws' | 'api' | 'html';
  }> = [
    {
      name: '/ws/listings JSON',
      p: { path: '/ws/listings', kind: 'json', headers: { 'user-agent': UA } },
      expect: [401, 413],
      shape: 'ws',
    },
    {
      name: '/ws/listings multipart',
      p: { path: '/ws/listings', kind: 'multipart', headers: { 'user-agent': UA } },
      expect: [401, 413],
      shape: 'ws',
    },
    {
      name: '/ws/listings chunked JSON',
      p: { path: '/ws/listings', kind: 'json', chunked: true, headers: { 'user-agent': UA } },
      expect: [401, 413],
      shape: 'ws',
    },
    {
      name: '/ws/listings chunked multipart',
      p: { path: '/ws/listings', kind: 'multipart', chunked: true, headers: { 'user-agent': UA } },
      expect: [401, 413],
      shape: 'ws',
    },
    { name: 'the store API (cart)', p: { path: '/api/v1/carts', kind: 'json' }, expect: [413], shape: 'api' },
    {
      name: 'the store API (cart), chunked',
      p: { path: '/api/v1/carts', kind: 'json', chunked: true },
      expect: [413],
      shape: 'api',
    },
    {
      name: 'a page form (sign-in)',
      p: { path: '/fr-fr/sign-in', kind: 'form' },
      expect: [413],
      shape: 'html',
    },
    {
      name: 'a page form (sign-in), chunked multipart',
      p: { path: '/fr-fr/sign-in', kind: 'multipart', chunked: true },
      expect: [413],
      shape: 'html',
    },
    {
      name: 'the CSV import upload',
      p: { path: `/seller/1/imports`, kind: 'multipart' },
      expect: [413],
      shape: 'html',
    },
    {
      name: 'the CSV import upload, chunked',
      p: { path: `/seller/1/imports`, kind: 'multipart', chunked: true },
      expect: [413],
      shape: 'html',
    },
    {
      name: 'the seller application',
      p: { path: '/fr-fr/sell', kind: 'multipart' },
      expect: [413],
      shape: 'html',
    },
    {
      name: 'the seller application, chunked',
      p: { path: '/fr-fr/sell', kind: 'multipart', chunked: true },
      expect: [413],
      shape: 'html',
    },
    {
      name: 'the seller invoice upload, chunked',
      p: { path: '/seller/1/orders/1/invoice', kind: 'multipart', chunked: true },
      expect: [413],
      shape: 'html',
    },
  ];

  it.each(targets)(
    'refuses 40 MB without credentials to $name quickly, without taking the body',
    async (target) => {
      const res = await post(port, { ...target.p, ip: nextIp(), bytes: FORTY_MB });
      expect(target.expect).toContain(res.status);
      expect(res.sentWhenAnswered).toBeLessThan(16 * MB);
      expect(res.ms).toBeLessThan(10_000);
      const type = String(res.headers['content-type'] ?? '');
      if (target.shape === 'ws') {
        expect(type).toContain('application/json');
        expect(JSON.parse(res.text)).toHaveProperty('error');
      } else if (target.shape === 'api') {
        expect(type).toContain('application/problem+json');
        expect(problemCode(res)).toBe('PAYLOAD_TOO_LARGE');
      } else {
        expect(type).toContain('text/html');
      }
    },
  );

  it('never answers 500 to a 40 MB multipart body, with or without a length', async () => {
    for (const path of ['/ws/listings', '/ws/orders/1/invoice', '/fr-fr/sign-in', '/api/v1/carts']) {
      for (const chunked of [false, true]) {
        const res = await post(port, {
          path,
          ip: nextIp(),
          bytes: FORTY_MB,
          chunked,
          kind: 'multipart',
          headers: { 'user-agent': UA },
        });
        expect(res.status, `${path} chunked=${chunked}: ${res.text.slice(0, 300)}`).not.toBe(500);
        // 400: the store API takes JSON only, and says so without reading the body.
        expect([400, 401, 413], `${path} chunked=${chunked}`).toContain(res.status);
      }
    }
  });

  it('answers a small malformed multipart body 400, not 500', async () => {
    for (const path of ['/fr-fr/sign-in', '/ws/listings']) {
      const res = await post(port, { path, ip: nextIp(), bytes: 2048, kind: 'multipart' });
      expect(res.status, `${path}: ${res.text.slice(0, 200)}`).not.toBe(500);
      expect([400, 401], path).toContain(res.status);
    }
  });

  it('keeps the server’s memory flat over five 40 MB posts', async () => {
    const send = (path: string, kind: Post['kind'], chunked: boolean) =>
      post(port, { path, ip: nextIp(), bytes: FORTY_MB, kind, chunked, headers: { 'user-agent': UA } });
    // Warm up the code paths first, so what follows measures bodies, not lazily loaded modules.
    await send('/ws/listings', 'multipart', false);
    collectGarbage();
    const before = process.memoryUsage();
    const results = [
      await send('/ws/listings', 'multipart', false),
      await send('/ws/listings', 'form', false),
      await send('/ws/listings', 'multipart', true),
      await send('/fr-fr/sign-in', 'multipart', false),
      await send('/seller/1/imports', 'multipart', true),
    ];
    collectGarbage();
    const after = process.memoryUsage();
    for (const r of results) expect([401, 413]).toContain(r.status);
    // The process's resident size also holds this test's own sender and the allocator's slack: it
    // must stay well under what the five bodies would take if read (200 MB); live memory after a
    // collection (heap and buffers) is the tight check.
    expect(after.rss - before.rss).toBeLessThan(120 * MB);
    expect(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers).toBeLessThan(20 * MB);
  });

  it('answers an anonymous /ws call 401 before reading its body', async () => {
    const res = await post(port, {
      path: '/ws/listings',
      ip: nextIp(),
      bytes: 0,
      endless: true,
      headers: { 'user-agent': UA },
    });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toContain('Basic');
  });

  it('limits unauthenticated /ws calls per IP, without touching an API key’s quota', async () => {
    const ip = nextIp();
    const anon = (headers: Record<string, string> = {}) =>
      t.app.request('/ws/listings', { headers: { 'user-agent': UA, 'x-forwarded-for': ip, ...headers } });
    for (let i = 0; i < WS_ANON_PER_MIN; i++) expect((await anon()).status).toBe(401);
    const refused = await anon({ authorization: 'Basic not-a-real-token' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toHaveProperty('error');
    // Another address is not affected.
    const other = await t.app.request('/ws/listings', {
      headers: { 'user-agent': UA, 'x-forwarded-for': nextIp() },
    });
    expect(other.status).toBe(401);
    // The seller's integration, from the same address, still works and its quota is untouched.
    const keyed = await anon({ authorization: `Basic ${apiKey}` });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('ratelimit-remaining')).toBe('199');
  });

  it('counts anonymous posts to the upload routes before their bodies are read', async () => {
    for (const path of ['/seller/1/imports', '/fr-fr/sell']) {
      const ip = nextIp();
      for (let i = 0; i < WRITES_PER_MIN; i++) {
        const res = await post(port, { path, ip, bytes: 1024, kind: 'multipart' });
        expect(res.status, `${path} #${i + 1}`).not.toBe(429);
      }
      // The next one is refused from its head alone: the body never ends.
      const refused = await post(port, { path, ip, bytes: 0, kind: 'multipart', endless: true });
      expect(refused.status, path).toBe(429);
      expect(refused.headers['retry-after']).toBeDefined();
    }
  });

  it('still takes a signed-in seller’s CSV import of more than 256 KiB, streamed without a length', async () => {
    const csrf = csrfPair(t.deps);
    const csv = `sku,price,quantity\n${`${'x'.repeat(995)},1,1\n`.repeat(300)}`; // ~300 KB
    const body = Buffer.concat([
      MULTIPART_HEAD,
      Buffer.from(csv),
      Buffer.from(
        `\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="market"\r\n\r\nfr-fr\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="delimiter"\r\n\r\n,\r\n--${BOUNDARY}--\r\n`,
      ),
    ]);
    const res = await new Promise<{ status: number; location?: string; text: string }>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1',
        agent: false, // a new connection each time: no reuse of one the server is closing
        port,
        method: 'POST',
        path: `/seller/${sellerId}/imports`,
        headers: {
          'content-type': CONTENT_TYPES.multipart,
          'transfer-encoding': 'chunked',
          'x-forwarded-for': nextIp(),
          cookie: `${sellerCookie}; ${csrf.cookie}`,
          'x-csrf-token': csrf.header,
        },
      });
      req.on('response', (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (d: string) => {
          text += d;
        });
        r.on('end', () => resolve({ status: r.statusCode ?? 0, location: r.headers.location, text }));
      });
      req.on('error', reject);
      for (let i = 0; i < body.length; i += CHUNK.length) req.write(body.subarray(i, i + CHUNK.length));
      req.end();
    });
    expect(res.status, res.text.replace(/\s+/g, ' ').slice(0, 4000)).toBe(303);
    expect(res.location).toMatch(/\/imports\/\d+/);
  });

  it('refuses a signed-in seller’s import above its own limit', async () => {
    const csrf = csrfPair(t.deps);
    const res = await post(port, {
      path: `/seller/${sellerId}/imports`,
      ip: nextIp(),
      bytes: FORTY_MB,
      kind: 'multipart',
      chunked: true,
      headers: { cookie: `${sellerCookie}; ${csrf.cookie}`, 'x-csrf-token': csrf.header },
    });
    expect(res.status).toBe(413);
    expect(res.sentWhenAnswered).toBeLessThan(30 * MB);
  });
});
