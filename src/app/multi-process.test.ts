/**
 * Two Reloop processes on one PostgreSQL database (decision 0018): process A is this test's app,
 * process B a real second process (test/peer-process.ts) with its own pool, caches and cache bus.
 * A write on one is seen by the other's caches within milliseconds, not the caches' TTL; sessions,
 * checkout idempotency and (with Redis) rate limits hold across both.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createActor, csrfPair } from '../../test/actors.ts';
import { createTestApp, TEST_NOW, TEST_SECRET } from '../../test/fixtures.ts';
import { offerPicks } from '../../test/orders.ts';
import { products } from '../modules/catalog/catalog.schema.ts';
import { checkouts } from '../modules/checkout/checkout.schema.ts';
import { buyboxWinners } from '../modules/offers/offers.schema.ts';
import { orders } from '../modules/orders/orders.schema.ts';
import { payments } from '../modules/payments/payments.schema.ts';
import { createApiKey } from '../modules/seller-api/api-keys.ts';
import { RedisRateLimitStore } from '../platform/rate-limit/redis-rate-limit-store.ts';
import { assembleDeps, type Deps } from './deps.ts';
import { buildHttpApp } from './http-app.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const PG = !!process.env.TEST_DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Long enough that only an invalidation, never the TTL, can explain a fresh read. */
const CACHE_TTL = '60000';
const SIZE = { products: 6, sellers: 4, offers: 40 };

async function redisAnswers(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    connectTimeout: 1_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  probe.on('error', () => {});
  const up = await probe.connect().then(
    () => true,
    () => false,
  );
  probe.disconnect();
  return up;
}
const redisUp = PG && (await redisAnswers());

// biome-ignore lint/suspicious/noExplicitAny: test convenience
type Answer = { status: number; text: string; headers: Headers; body: any };
type Call = (
  method: string,
  path: string,
  o?: { headers?: Record<string, string>; body?: unknown },
) => Promise<Answer>;

function caller(fetcher: (path: string, init: RequestInit) => Promise<Response> | Response): Call {
  return async (method, p, o = {}) => {
    const form = typeof o.body === 'string';
    const res = await fetcher(p, {
      method,
      headers: {
        'x-forwarded-for': '198.51.100.40',
        ...(o.body === undefined
          ? {}
          : { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' }),
        ...o.headers,
      },
      ...(o.body === undefined ? {} : { body: form ? (o.body as string) : JSON.stringify(o.body) }),
      redirect: 'manual',
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {}
    return { status: res.status, text, headers: res.headers, body };
  };
}

/** Process B: `node test/peer-process.ts` on the same database, until `stop()`. */
async function startPeer(env: Record<string, string>): Promise<{ call: Call; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO, 'test/peer-process.ts')], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH!,
      HOME: process.env.HOME ?? '/tmp',
      PEER_NOW: TEST_NOW,
      PEER_SECRET: TEST_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`peer did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (d) => (output += d));
    child.stdout!.on('data', (d) => {
      output += d;
      const m = /PEER (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`peer exited (${code}):\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    call: caller((p, init) => fetch(`http://127.0.0.1:${port}${p}`, init)),
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

type Setup = { t: Awaited<ReturnType<typeof createTestApp>>; deps: Deps; a: Call; b: Call };

/** A's cached product is fresh again on A within a second of B changing its price. */
async function priceChangedOnB(s: Setup): Promise<void> {
  const { t, a, b } = s;
  const [winner] = await t.deps.db
    .select()
    .from(buyboxWinners)
    .where(and(eq(buyboxWinners.market, 'FR'), sql`${buyboxWinners.priceMinor} > 5000`))
    .limit(1);
  const { token } = await createApiKey(t.deps.db, {
    sellerId: winner!.sellerId,
    name: `multi-process ${randomBytes(3).toString('hex')}`,
    createdBy: null,
    now: t.clock.now(),
  });
  const read = () => a('GET', `/api/v1/products/${winner!.productId}?market=fr-fr`);
  const first = await read();
  expect(first.status).toBe(200);
  expect(first.text).not.toContain('(renamed)');
  // A serves the product from its cache: a change written behind the application's back stays unseen.
  await t.deps.db
    .update(products)
    .set({ name: sql`${products.name} || ' (renamed)'` })
    .where(eq(products.id, winner!.productId));
  expect((await read()).text).not.toContain('(renamed)');

  const newPrice = ((winner!.priceMinor - 1_00) / 100).toFixed(2);
  const changed = await b('POST', `/ws/listings/${winner!.offerId}`, {
    headers: {
      authorization: `Basic ${token}`,
      'user-agent': 'multi-process-test',
      'accept-language': 'fr-fr',
    },
    body: { price: newPrice, min_price: null },
  });
  expect(changed.status).toBe(200);
  const started = Date.now();
  let seen: Answer | undefined;
  while (Date.now() - started < 1_000) {
    const r = await read();
    if (r.text.includes('(renamed)')) {
      seen = r;
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(seen, 'A still served its cached product a second after B changed it').toBeDefined();
  expect(seen!.text).toContain(`"amount":"${newPrice}"`);
}

describe.skipIf(!PG)('two processes, cache invalidations over PostgreSQL LISTEN/NOTIFY', () => {
  let s: Setup;
  let peer: Awaited<ReturnType<typeof startPeer>>;
  beforeAll(async () => {
    const t = await createTestApp('postgres', SIZE, { CATALOG_CACHE_TTL_MS: CACHE_TTL });
    await t.deps.cacheBus.ready;
    peer = await startPeer({
      DATABASE_URL: t.database.url!,
      PEER_CONFIG: JSON.stringify({ CATALOG_CACHE_TTL_MS: CACHE_TTL }),
    });
    s = { t, deps: t.deps, a: caller((p, init) => t.app.request(p, init)), b: peer.call };
  }, 120_000);
  afterAll(async () => {
    await peer?.stop();
    await s?.t.close();
  });

  it('a price changed on B shows on A well before the cache TTL', () => priceChangedOnB(s));

  it('a session opened on A is valid on B; signed out on B, it is gone on A', async () => {
    const { t, a, b } = s;
    const actor = await createActor(t.deps, { email: 'two-processes@example.com' });
    const csrf = csrfPair(t.deps);
    const signIn = await a('POST', '/fr-fr/sign-in', {
      headers: { cookie: csrf.cookie },
      body: new URLSearchParams({
        email: actor.email,
        password: actor.password,
        _csrf: csrf.header,
      }).toString(),
    });
    expect(signIn.status).toBe(303);
    const session = /rl_session=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '')![1]!;
    const cookie = `rl_session=${session}; ${csrf.cookie}`;
    const me = await b('GET', '/api/v1/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(actor.email);
    expect(
      (await b('DELETE', '/api/v1/auth/token', { headers: { cookie, 'x-csrf-token': csrf.header } })).status,
    ).toBe(204);
    expect((await a('GET', '/api/v1/me', { headers: { cookie } })).status).toBe(401);
  });

  it('the same Idempotency-Key sent to A and B at once places one order and charges once', async () => {
    const { t, a, b } = s;
    const picks = await offerPicks(t);
    const card = { number: '4242424242424242', expMonth: 12, expYear: 2030, cvc: '123', holder: 'Ada' };
    const address = {
      name: 'Ada Lovelace',
      line1: '1 rue X',
      postalCode: '75004',
      city: 'Paris',
      country: 'FR',
    };
    for (let round = 0; round < 5; round++) {
      const cart = (await a('POST', '/api/v1/carts', { body: { market: 'fr-fr' } })).body.id as string;
      expect(
        (await a('POST', `/api/v1/carts/${cart}/lines`, { body: { offerId: picks[round]!.id } })).status,
      ).toBe(201);
      const send = (call: Call) =>
        call('POST', `/api/v1/carts/${cart}/checkout`, {
          headers: { 'idempotency-key': `two-processes-${round}-${cart.slice(0, 8)}` },
          body: { email: 'twice@example.com', shippingAddress: address, paymentMethod: 'card', card },
        });
      const answers = await Promise.all([send(a), send(b)]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(answers[0]!.body.checkoutId).toBe(answers[1]!.body.checkoutId);
      expect(answers[0]!.body.orders.map((o: { id: number }) => o.id)).toEqual(
        answers[1]!.body.orders.map((o: { id: number }) => o.id),
      );
      const placed = await t.deps.db.select().from(checkouts).where(eq(checkouts.cartId, cart));
      expect(placed).toHaveLength(1);
      const charged = await t.deps.db.select().from(payments).where(eq(payments.checkoutId, placed[0]!.id));
      expect(charged.map((p) => p.status)).toEqual(['succeeded']);
      const made = await t.deps.db
        .select({ id: orders.id })
        .from(orders)
        .where(eq(orders.checkoutId, placed[0]!.id));
      expect(made).toHaveLength(answers[0]!.body.orders.length);
    }
  });
});

describe.skipIf(!redisUp)('two processes, cache invalidations and rate limits over Redis', () => {
  let s: Setup;
  let peer: Awaited<ReturnType<typeof startPeer>>;
  let store: RedisRateLimitStore;
  const prefix = `reloop-test:multi:${randomBytes(4).toString('hex')}:`;
  const settings = { CATALOG_CACHE_TTL_MS: CACHE_TTL, RATE_LIMIT_AUTH_PER_15_MIN: '6' };
  beforeAll(async () => {
    const t = await createTestApp('postgres', SIZE, settings);
    // Process A again, this time with REDIS_URL: its cache bus and rate-limit counters in Redis.
    const deps = assembleDeps({
      config: { ...t.deps.config, REDIS_URL },
      database: t.database,
      clock: t.clock,
      logger: pino({ level: 'silent' }),
      secret: TEST_SECRET,
    });
    await deps.cacheBus.ready;
    store = RedisRateLimitStore.connect(REDIS_URL, prefix);
    const app = buildHttpApp(deps, { rateLimitStore: store });
    peer = await startPeer({
      DATABASE_URL: t.database.url!,
      REDIS_URL,
      RATE_LIMIT_PREFIX: prefix,
      PEER_CONFIG: JSON.stringify(settings),
    });
    s = { t, deps, a: caller((p, init) => app.request(p, init)), b: peer.call };
  }, 120_000);
  afterAll(async () => {
    await peer?.stop();
    const admin = new Redis(REDIS_URL);
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length) await admin.del(...keys);
    await admin.quit();
    await store?.close();
    await s?.deps.cacheBus.close();
    await s?.t.close();
  });

  it('a price changed on B shows on A well before the cache TTL', () => priceChangedOnB(s));

  it('sign-in attempts are counted once across both processes', async () => {
    const { a, b } = s;
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await (i % 2 ? b : a)('POST', '/api/v1/auth/token', {
        headers: { 'x-forwarded-for': '198.51.100.77' },
        body: { email: `nobody-${i}@example.com`, password: 'not the password at all' },
      });
      statuses.push(r.status);
    }
    // Six attempts an IP, wherever they land; alone, each process would have allowed six.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
  });
});
